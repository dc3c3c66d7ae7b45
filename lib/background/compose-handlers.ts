import type { CrossfeedDB } from '../db';
import type { composeMessages } from '../messages/compose';
import type { HandlerTable } from '../router';

/** Handlers of the composer's messages (lib/messages/compose.ts). */
export function createComposeHandlers(_db: CrossfeedDB): HandlerTable<keyof typeof composeMessages> {
  return {};
}
