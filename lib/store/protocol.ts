import { z } from 'zod';
import { settingsChangeSchema, type Settings } from '../settings';
import { message } from '../protocol/spec';

/**
 * Messages of the user's data (saved posts, settings, retention, delete everything): extension
 * pages ask, the background writes. Export and import do not travel as messages: they read and
 * write the store from the options page (see lib/export/import-write.ts for why).
 */

/** A change of what the user did to a post: absent fields stay as they are. */
export interface UserStateChange {
  postId: string;
  saved?: boolean;
  tags?: string[];
  note?: string;
}

/** What delete everything removed, rows per table. */
export interface DeleteEverythingResult {
  posts: number;
  userState: number;
  health: number;
  ingestLog: number;
  /** Settings rows removed (0 unless includeSettings). */
  settings: number;
}

/** Save/unsave, tag or annotate a post. Absent fields stay as they are. */
export const updateUserStateSchema = z.object({
  postId: z.string().min(3).max(520),
  saved: z.boolean().optional(),
  tags: z.array(z.string().trim().min(1).max(50)).max(50).optional(),
  note: z.string().max(10_000).optional(),
}) satisfies z.ZodType<UserStateChange, unknown>;

/** The payload must carry the word the user typed, so no stray or replayed call can wipe the store. */
export const deleteEverythingSchema = z.object({
  confirm: z.literal('delete'),
  /** Also reset settings to their defaults. */
  includeSettings: z.boolean(),
});

export const dataMessages = {
  updateUserState: message<{ postId: string; savedAt?: number }>()('page', updateUserStateSchema),
  /** Changes the settings sent; a retention change also prunes at once (the reply comes after). */
  updateSettings: message<Settings>()('page', settingsChangeSchema),
  /** Deletes posts, user state, health and the ingest log (and settings when asked). */
  deleteEverything: message<DeleteEverythingResult>()('page', deleteEverythingSchema),
};
