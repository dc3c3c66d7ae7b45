import type { CrossfeedDB } from '../db';
import type { Handlers } from '../router';
import { createComposeHandlers } from './compose-handlers';
import { createDataHandlers } from './data-handlers';
import { createLogger } from '../log';
import { ingestBatch } from '../store/ingest';
import { maybePruneAfterIngest } from '../store/retention';
import { updateUserState } from '../store/user-state';

const log = createLogger('background');

/** The background's one table of message handlers. The router has checked sender and payload. */
export function createHandlers(db: CrossfeedDB, now: () => number = Date.now): Handlers {
  return {
    ...createDataHandlers(db),
    ...createComposeHandlers(db),
    async ingest(payload, context) {
      if (!context.platform) throw new Error('capture without a platform');
      const ack = await ingestBatch(db, payload, context.platform, now());
      // Retention runs at most every few minutes, after the ack's write, never delaying the ack.
      maybePruneAfterIngest(db, now()).catch((error) => log.error('retention failed', error));
      return ack;
    },
    async updateUserState(payload) {
      const state = await updateUserState(db, payload, now());
      return { postId: state.postId, savedAt: state.savedAt };
    },
  };
}
