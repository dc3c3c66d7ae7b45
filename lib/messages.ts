import { captureMessages } from './capture/protocol';
import { composeMessages } from './compose/protocol';
import type { HandlersOf, RequestOf, ResponseOf } from './protocol/spec';
import { dataMessages } from './store/protocol';
import { syncMessages } from './sync/protocol';

/**
 * The one table of messages: each feature's protocol module joined. The background routes by it
 * (protocol/router.ts); senders use lib/send-message.ts, typed by it.
 */
export const MESSAGES = { ...captureMessages, ...dataMessages, ...composeMessages, ...syncMessages };

export type Messages = typeof MESSAGES;
export type MessageName = keyof Messages;
export type MessageRequest<Name extends MessageName> = RequestOf<Messages[Name]>;
export type MessageResponse<Name extends MessageName> = ResponseOf<Messages[Name]>;
/** The background's one complete table of handlers. */
export type Handlers = HandlersOf<Messages>;
