import { z } from 'zod';
import { settingsSchema, type Settings } from '../settings';
import type { DeleteEverythingResult } from '../store/delete-all';
import type { MessageSpec } from './spec';

/**
 * Messages of data management (settings, retention, storage, export/import, delete everything).
 * Feature-owned: each feature's table is merged into the one protocol in lib/messaging.ts.
 * Export and import do not travel as messages: they read and write the store from the options page
 * (see lib/export/import-write.ts for why).
 */

const fields = settingsSchema.shape;
/**
 * A settings change: only the keys sent, each checked by its settings rule. Not
 * `settingsSchema.partial()`: in zod 4 a partial keeps each field's `.default()`, so parsing
 * `{ muteWords }` would come back with every other key at its default and saving one setting
 * would reset all the others.
 */
export const settingsPatchSchema = z
  .object({
    toolbarAction: fields.toolbarAction.unwrap().optional(),
    muteWords: fields.muteWords.unwrap().optional(),
    savedSearches: fields.savedSearches.unwrap().optional(),
    retentionDays: fields.retentionDays.unwrap().optional(),
    retentionMaxPosts: fields.retentionMaxPosts.unwrap().optional(),
    sendForMe: fields.sendForMe.unwrap().optional(),
  } satisfies Record<keyof Settings, z.ZodType>)
  .strict();
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

/** The payload must carry the word the user typed, so no stray or replayed call can wipe the store. */
export const deleteEverythingSchema = z.object({
  confirm: z.literal('delete'),
  /** Also reset settings to their defaults. */
  includeSettings: z.boolean(),
});

export const dataMessages = {
  /** Changes the settings sent; a retention change also prunes at once (the reply comes after). */
  updateSettings: { channel: 'page', request: settingsPatchSchema },
  /** Deletes posts, user state, health and the ingest log (and settings when asked). */
  deleteEverything: { channel: 'page', request: deleteEverythingSchema },
} as const satisfies Record<string, MessageSpec>;

/** Reply type of each message above, by name. */
export interface DataResponses {
  updateSettings: Settings;
  deleteEverything: DeleteEverythingResult;
}
