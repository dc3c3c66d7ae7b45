import type { UserStateChange } from '@/lib/store/protocol';
import { sendMessage } from '@/lib/send-message';

/** Save/unsave, tags or note: written by the background (pages never write the store themselves). */
export async function setUserState(change: UserStateChange): Promise<boolean> {
  const reply = await sendMessage('updateUserState', change);
  if (!reply?.ok) console.error('[crossfeed:feed] could not update the post', change.postId, reply);
  return reply?.ok === true;
}
