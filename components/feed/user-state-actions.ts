import type { UpdateUserState } from '@/lib/messaging';
import { sendMessage } from '@/lib/messaging-client';

/** Save/unsave, tags or note: written by the background (pages never write the store themselves). */
export async function setUserState(change: UpdateUserState): Promise<boolean> {
  const reply = await sendMessage('updateUserState', change);
  if (!reply?.ok) console.error('[crossfeed:feed] could not update the post', change.postId, reply);
  return reply?.ok === true;
}
