import { z } from 'zod';
import type { UserState } from '../db';

/**
 * The Crossfeed export file: one JSON object, versioned, holding the captured posts and the user's
 * own state (saved, tags, notes) as they are stored, and the accounts the user linked or unlinked
 * across networks (`identityLinks`, optional: files made before it simply have none; an older
 * Crossfeed ignores it). Tokens and accounts (browser.storage.local), other settings, capture
 * health and the ingest log are never part of it.
 */
export const EXPORT_FORMAT = 'crossfeed-export';
export const EXPORT_VERSION = 1;

/** The envelope's fields other than the two row lists (checked before any row is read). */
export const exportHeaderSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.number().int(),
  exportedAt: z.number().int().nonnegative(),
  posts: z.array(z.unknown()),
  userState: z.array(z.unknown()),
  identityLinks: z.array(z.unknown()).optional(),
});

/**
 * One user-state row as stored (lib/db.ts UserState), with the same limits the `updateUserState`
 * message enforces, so an imported row is one the extension could have written itself.
 */
export const userStateSchema = z.object({
  postId: z.string().min(3).max(100),
  savedAt: z.number().int().nonnegative().optional(),
  tags: z.array(z.string().trim().min(1).max(50)).max(50),
  note: z.string().max(10_000).optional(),
  updatedAt: z.number().int().nonnegative(),
}) satisfies z.ZodType<UserState>;

/** File name for an export made at `at`: crossfeed-2025-06-05T0930.json. */
export function exportFileName(at: number, extension: string): string {
  const stamp = new Date(at).toISOString().slice(0, 16).replace(':', '');
  return `crossfeed-${stamp}.${extension}`;
}
