import type { CrossfeedDB } from '../db';
import type { HandlersOf } from '../protocol/spec';
import { DEFAULT_SETTINGS, writeSettings } from '../settings';
import { applyToolbarAction } from './toolbar';
import { deleteEverything } from './delete-all';
import type { dataMessages } from './protocol';
import { pruneByRetention } from './retention';
import { updateUserState } from './user-state';

/** Handlers of the user's data messages (lib/store/protocol.ts). */
export function createDataHandlers(
  db: CrossfeedDB,
  now: () => number = Date.now,
): HandlersOf<typeof dataMessages> {
  return {
    async updateUserState(change) {
      const state = await updateUserState(db, change, now());
      return { postId: state.postId, savedAt: state.savedAt };
    },
    async updateSettings(change) {
      const settings = await writeSettings(db, change);
      if (change.toolbarAction) await applyToolbarAction(settings.toolbarAction);
      // A new limit applies at once, so the storage figures the user sees next are already true.
      if (change.retentionDays !== undefined || change.retentionMaxPosts !== undefined) {
        await pruneByRetention(db, settings, now());
      }
      return settings;
    },
    async deleteEverything(request) {
      const result = await deleteEverything(db, { includeSettings: request.includeSettings });
      if (request.includeSettings) await applyToolbarAction(DEFAULT_SETTINGS.toolbarAction);
      return result;
    },
  };
}
