import type { CrossfeedDB } from '../db';
import type { dataMessages } from '../messages/data';
import type { HandlerTable } from '../router';
import { DEFAULT_SETTINGS, writeSettings } from '../settings';
import { deleteEverything } from '../store/delete-all';
import { pruneByRetention } from '../store/retention';
import { applyToolbarAction } from './toolbar';

/** Handlers of the data-management messages (lib/messages/data.ts). */
export function createDataHandlers(
  db: CrossfeedDB,
  now: () => number = Date.now,
): HandlerTable<keyof typeof dataMessages> {
  return {
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
