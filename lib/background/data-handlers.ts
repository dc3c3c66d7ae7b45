import type { CrossfeedDB } from '../db';
import type { dataMessages, SettingsPatch } from '../messages/data';
import type { HandlerTable } from '../router';
import { DEFAULT_SETTINGS, readSettings, type Settings } from '../settings';
import { deleteEverything } from '../store/delete-all';
import { pruneByRetention } from '../store/retention';
import { applyToolbarAction } from './toolbar';

/**
 * Writes exactly the keys of a checked change (settingsPatchSchema) and reads the whole settings
 * back. Not writeSettings(): it re-parses with settingsChangeSchema, which fills every absent key
 * with its default (see lib/messages/data.ts).
 */
async function writePatch(db: CrossfeedDB, patch: SettingsPatch): Promise<Settings> {
  const rows = Object.entries(patch)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => ({ key, value: value as unknown }));
  await db.settings.bulkPut(rows);
  return readSettings(db);
}

/** Handlers of the data-management messages (lib/messages/data.ts). */
export function createDataHandlers(
  db: CrossfeedDB,
  now: () => number = Date.now,
): HandlerTable<keyof typeof dataMessages> {
  return {
    async updateSettings(change) {
      const settings = await writePatch(db, change);
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
