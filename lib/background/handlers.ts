import { createCaptureHandlers } from '../capture/worker/handlers';
import { createComposeHandlers } from '../compose/worker/handlers';
import type { CrossfeedDB } from '../db';
import type { Handlers } from '../messages';
import { createDataHandlers } from '../store/handlers';
import type { SyncEngine } from '../sync/worker/engine';
import { createSyncHandlers, withSync } from '../sync/worker/handlers';

/** The background's one table of message handlers: each feature's own, joined. The router has checked sender and payload. */
export function createHandlers(db: CrossfeedDB, sync: SyncEngine, now: () => number = Date.now): Handlers {
  return {
    ...createCaptureHandlers(db, now),
    ...withSync(createDataHandlers(db, now), sync),
    ...createComposeHandlers(db),
    ...createSyncHandlers(sync),
  };
}
