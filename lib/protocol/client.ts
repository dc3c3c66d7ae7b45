import { browser } from 'wxt/browser';
import type { Reply } from './envelope';
import type { MessageTable, RequestOf, ResponseOf } from './spec';

/**
 * A typed sender for a message table (lib/send-message.ts makes the one for the whole protocol).
 * Resolves `undefined` when no answer came (the worker was stopped mid-message): the caller treats
 * that as "not done" and may retry.
 */
export function createSender<Table extends MessageTable>() {
  return async function sendMessage<Name extends keyof Table & string>(
    name: Name,
    payload: RequestOf<Table[Name]>,
  ): Promise<Reply<ResponseOf<Table[Name]>> | undefined> {
    const reply: unknown = await browser.runtime.sendMessage({ crossfeed: 1, name, payload });
    return asReply<ResponseOf<Table[Name]>>(reply);
  };
}

/** An answer as a Reply, or undefined when it is none (no answer came: the caller may retry). */
export function asReply<T>(reply: unknown): Reply<T> | undefined {
  if (reply === undefined || reply === null || typeof reply !== 'object' || !('ok' in reply))
    return undefined;
  return reply as Reply<T>;
}
