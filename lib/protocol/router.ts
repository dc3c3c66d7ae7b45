import type { z } from 'zod';
import { describeError } from '../kit/log';
import { envelopeSchema, type Reply } from './envelope';
import { checkSender, type SenderInfo, type SenderPolicy } from './sender';
import type { HandlerContext, HandlersOf, MessageTable } from './spec';

export interface RouterOptions extends SenderPolicy {
  /** Called with every refused message's reason (counted and logged by the caller). */
  onRejected?: (reason: string, name: string | undefined) => void;
}

/**
 * Routes one message: checks the envelope, the sender, the name, the channel and the payload, in
 * that order, and runs the handler. Every message gets a reply; a refused one `{ ok: false, error }`.
 */
export async function routeMessage<Table extends MessageTable>(
  table: Table,
  handlers: HandlersOf<Table>,
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
  const who = await checkSender(sender, options);
  if ('rejected' in who) return refuse(`sender-${who.rejected}`, name);
  if (!Object.prototype.hasOwnProperty.call(table, name)) return refuse('unknown-message', name);
  const spec = table[name]!;
  if (spec.channel !== who.channel) return refuse('wrong-channel', name);
  const parsed = (spec.request as z.ZodType).safeParse(payload);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return refuse(`invalid-payload: ${issue ? `${issue.path.join('.')} ${issue.message}` : 'unknown'}`, name);
  }
  const context: HandlerContext = {
    channel: who.channel,
    platform: 'platform' in who ? who.platform : undefined,
    tabId: sender.tab?.id,
  };
  try {
    const handler = handlers[name] as (payload: unknown, context: HandlerContext) => Promise<unknown>;
    return { ok: true, data: await handler(parsed.data, context) };
  } catch (error) {
    return { ok: false, error: `handler-failed: ${describeError(error)}` };
  }
}
