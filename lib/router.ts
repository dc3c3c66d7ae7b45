import type { z } from 'zod';
import { describeError } from './log';
import {
  checkSender,
  envelopeSchema,
  messageSchemas,
  type MessageName,
  type MessageRequest,
  type MessageResponses,
  type Reply,
  type SenderInfo,
} from './messaging';
import type { Platform } from './post';

/** What a handler learns about who sent its message (from `sender`, never from the payload). */
export interface HandlerContext {
  channel: 'capture' | 'page';
  /** For captures: the platform of the sending page. */
  platform?: Platform;
  tabId?: number;
}

/** Handlers for some of the messages (a feature's own table). */
export type HandlerTable<Names extends MessageName> = {
  [N in Names]: (payload: MessageRequest<N>, context: HandlerContext) => Promise<MessageResponses[N]>;
};

/** The background's one complete table. */
export type Handlers = HandlerTable<MessageName>;

export interface RouterOptions {
  ownId: string;
  ownOrigin: string;
  /** Called with every refused message's reason (counted and logged by the caller). */
  onRejected?: (reason: string, name: string | undefined) => void;
}

function isMessageName(name: string): name is MessageName {
  return Object.prototype.hasOwnProperty.call(messageSchemas, name);
}

/**
 * Routes one message: checks the sender, the name, the channel and the payload, in that order, and
 * runs the handler. Every message gets a reply; a refused one gets `{ ok: false, error }`.
 */
export async function routeMessage(
  handlers: Handlers,
  message: unknown,
  sender: SenderInfo,
  options: RouterOptions,
): Promise<Reply<unknown>> {
  const refuse = (reason: string, name?: string): Reply<unknown> => {
    options.onRejected?.(reason, name);
    return { ok: false, error: reason };
  };
  const envelope = envelopeSchema.safeParse(message);
  if (!envelope.success) return refuse('malformed-envelope');
  const { name, payload } = envelope.data;
  const who = checkSender(sender, options.ownId, options.ownOrigin);
  if ('rejected' in who) return refuse(`sender-${who.rejected}`, name);
  if (!isMessageName(name)) return refuse('unknown-message', name);
  const spec = messageSchemas[name];
  if (spec.channel !== who.channel) return refuse('wrong-channel', name);
  const parsed = (spec.request as z.ZodType).safeParse(payload);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return refuse(`invalid-payload: ${issue ? `${issue.path.join('.')} ${issue.message}` : 'unknown'}`, name);
  }
  const context: HandlerContext = {
    channel: who.channel,
    platform: who.channel === 'capture' ? who.platform : undefined,
    tabId: sender.tab?.id,
  };
  try {
    const handler = handlers[name] as (payload: unknown, context: HandlerContext) => Promise<unknown>;
    return { ok: true, data: await handler(parsed.data, context) };
  } catch (error) {
    return { ok: false, error: `handler-failed: ${describeError(error)}` };
  }
}
