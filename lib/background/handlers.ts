import type { CrossfeedDB } from '../db';
import type { Handlers } from '../router';
import { createComposeHandlers } from './compose-handlers';
import { createDataHandlers } from './data-handlers';
import { ingestBatch } from '../store/ingest';
import { updateUserState } from '../store/user-state';

/** The background's one table of message handlers. The router has checked sender and payload. */
export function createHandlers(db: CrossfeedDB, now: () => number = Date.now): Handlers {
  return {
    ...createDataHandlers(db),
    ...createComposeHandlers(db),
    async ingest(payload, context) {
      if (!context.platform) throw new Error('capture without a platform');
      return ingestBatch(db, payload, context.platform, now());
    },
    async updateUserState(payload) {
      const state = await updateUserState(db, payload, now());
      return { postId: state.postId, savedAt: state.savedAt };
    },
  };
}
