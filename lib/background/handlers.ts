import { createCaptureHandlers } from '../capture/worker/handlers';
import { createComposeHandlers } from '../compose/worker/handlers';
import type { CrossfeedDB } from '../db';
import type { Handlers } from '../messages';
import { createDataHandlers } from '../store/handlers';

/** The background's one table of message handlers: each feature's own, joined. The router has checked sender and payload. */
export function createHandlers(db: CrossfeedDB, now: () => number = Date.now): Handlers {
  return {
    ...createCaptureHandlers(db, now),
    ...createDataHandlers(db, now),
    ...createComposeHandlers(db),
  };
}
