import { z } from 'zod';
import { message } from '../protocol/spec';
import type { SyncOptions, SyncStatus } from './status';

/**
 * Messages of sync across the user's browsers: the options page asks, the background's sync
 * worker (lib/sync/worker/handlers.ts) acts. Status is read live from the store (lib/sync/status.ts).
 */

/** Turn syncing of settings and/or saved posts on or off in this browser. */
export const setSyncOptionsSchema = z
  .object({ settings: z.boolean().optional(), savedPosts: z.boolean().optional() })
  .strict();

export const syncMessages = {
  setSyncOptions: message<SyncOptions>()('page', setSyncOptionsSchema),
  /**
   * Read the sync area and merge it now, then write what changed (as soon as the write-rate budget
   * allows). Also sent after an import, which writes the store from the options page.
   */
  syncNow: message<SyncStatus>()('page', z.object({}).strict()),
};
