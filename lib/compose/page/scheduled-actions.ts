import { sendMessage } from '../../send-message';

/* The queue view's buttons, as messages to the background; each resolves the error in words, or undefined. */

const noAnswer = 'Crossfeed did not answer; try again.';

export async function cancelScheduled(crosspostId: string): Promise<string | undefined> {
  const reply = await sendMessage('cancelScheduled', { crosspostId });
  if (!reply?.ok) return reply?.error ?? noAnswer;
  return reply.data.error;
}

export async function postScheduledNow(crosspostId: string): Promise<string | undefined> {
  const reply = await sendMessage('postScheduledNow', { crosspostId });
  if (!reply?.ok) return reply?.error ?? noAnswer;
  return reply.data.started ? undefined : 'Nothing of it was left to post.';
}

/** Takes it back into the composer (the newest unposted draft is the one the composer opens). */
export async function editScheduled(crosspostId: string): Promise<string | undefined> {
  const reply = await sendMessage('editScheduled', { crosspostId });
  if (!reply?.ok) return reply?.error ?? noAnswer;
  return reply.data.error;
}
