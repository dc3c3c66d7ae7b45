import { createLogger } from '@/lib/kit/log';
import type { UserStateChange } from '@/lib/store/protocol';
import { sendMessage } from '@/lib/send-message';

const log = createLogger('feed');

/** Save/unsave, tags or note: written by the background (pages never write the store themselves). */
export async function setUserState(change: UserStateChange): Promise<boolean> {
  const reply = await sendMessage('updateUserState', change);
  if (!reply?.ok) log.error('could not update a post', { postId: change.postId, reply });
  return reply?.ok === true;
}
