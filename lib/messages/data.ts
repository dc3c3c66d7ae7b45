import { z } from 'zod';
import { settingsChangeSchema, type Settings } from '../settings';
import type { DeleteEverythingResult } from '../store/delete-all';
import type { MessageSpec } from './spec';

/**
 * Messages of data management (settings, retention, storage, export/import, delete everything).
 * Feature-owned: each feature's table is merged into the one protocol in lib/messaging.ts.
 * Export and import do not travel as messages: they read and write the store from the options page
 * (see lib/export/import-write.ts for why).
 */

/** The payload must carry the word the user typed, so no stray or replayed call can wipe the store. */
export const deleteEverythingSchema = z.object({
  confirm: z.literal('delete'),
  /** Also reset settings to their defaults. */
  includeSettings: z.boolean(),
});

export const dataMessages = {
  /** Changes the settings sent; a retention change also prunes at once (the reply comes after). */
  updateSettings: { channel: 'page', request: settingsChangeSchema },
  /** Deletes posts, user state, health and the ingest log (and settings when asked). */
  deleteEverything: { channel: 'page', request: deleteEverythingSchema },
} as const satisfies Record<string, MessageSpec>;

/** Reply type of each message above, by name. */
export interface DataResponses {
  updateSettings: Settings;
  deleteEverything: DeleteEverythingResult;
}
