import type { z } from 'zod';
import type { Platform } from '../platforms/registry';

/**
 * Who may send a message, decided from `sender` alone (protocol/sender.ts):
 * - capture: a content script of ours on a network's page (sends what it read);
 * - intent: a content script of ours on a network's compose page, in a tab the composer opened;
 * - page: a document of our own extension (side panel, popup, options, deck).
 */
export type Channel = 'capture' | 'intent' | 'page';

/**
 * One message: the channel allowed to send it, its payload schema and (as a type only) its
 * reply. A feature's protocol module is a table of these (lib/capture/protocol.ts,
 * lib/store/protocol.ts, lib/compose/protocol.ts); lib/messages.ts joins them.
 */
export interface MessageSpec<Request extends z.ZodType = z.ZodType, Response = unknown> {
  readonly channel: Channel;
  readonly request: Request;
  /** Never set: carries the reply's type. */
  readonly response?: Response;
}

/** `message<Reply>()('page', schema)`: a spec whose reply type is `Reply`. */
export function message<Response>() {
  return <Request extends z.ZodType>(channel: Channel, request: Request): MessageSpec<Request, Response> => ({
    channel,
    request,
  });
}

export type MessageTable = Record<string, MessageSpec>;

export type RequestOf<Spec> = Spec extends MessageSpec<infer Request, unknown> ? z.output<Request> : never;
export type ResponseOf<Spec> = Spec extends MessageSpec<z.ZodType, infer Response> ? Response : never;

/** What a handler learns about who sent its message (from `sender`, never from the payload). */
export interface HandlerContext {
  channel: Channel;
  /** For capture and intent messages: the network of the sending page. */
  platform?: Platform;
  tabId?: number;
}

/** The handlers of a table: each takes the checked payload and resolves its reply. */
export type HandlersOf<Table extends MessageTable> = {
  [Name in keyof Table]: (
    payload: RequestOf<Table[Name]>,
    context: HandlerContext,
  ) => Promise<ResponseOf<Table[Name]>>;
};
