import type { CrossfeedDB } from '../db';
import type { dataMessages } from '../messages/data';
import type { HandlerTable } from '../router';
import { writeSettings } from '../settings';
import { applyToolbarAction } from './toolbar';

/** Handlers of the data-management messages (lib/messages/data.ts). */
export function createDataHandlers(db: CrossfeedDB): HandlerTable<keyof typeof dataMessages> {
  return {
    async updateSettings(change) {
      const settings = await writeSettings(db, change);
      if (change.toolbarAction) await applyToolbarAction(settings.toolbarAction);
      return settings;
    },
  };
}
