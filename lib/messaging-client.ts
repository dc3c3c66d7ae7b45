import { browser } from 'wxt/browser';
import type { MessageName, MessageRequest, MessageResponses, Reply } from './messaging';

/**
 * Sends one message to the background. Resolves `undefined` when no answer came (the worker was
 * stopped mid-message): the caller treats that as "not done" and may retry.
 */
export async function sendMessage<N extends MessageName>(
  name: N,
  payload: MessageRequest<N>,
): Promise<Reply<MessageResponses[N]> | undefined> {
  const reply: unknown = await browser.runtime.sendMessage({ crossfeed: 1, name, payload });
  if (reply === undefined || reply === null || typeof reply !== 'object' || !('ok' in reply))
    return undefined;
  return reply as Reply<MessageResponses[N]>;
}
