import { z } from 'zod';
import { httpUrlSchema, postIdSchema } from '../post';

/**
 * The records Crossfeed syncs, as this browser's ledger holds them (lib/db.ts `syncLedger`, one row
 * per record) and, field by field, as they travel (lib/sync/wire.ts). Every field a user edits
 * carries the time of its edit (`t`, epoch ms): merging keeps the newer one (lib/sync/merge.ts).
 */

/** A value with the time it was set. t = 0: never set by anyone (a default): loses to any edit. */
export interface Stamped<T> {
  v: T;
  t: number;
}

/**
 * The kinds of record and their key prefixes (in the ledger's keys and the area's item keys).
 * Identity links, deck columns and the composer's defaults are settings (lib/settings.ts) and
 * travel as such; a later kind of record takes a new letter, and this version counts its items as
 * `unknown-item` and leaves them alone.
 */
export const RECORD_PREFIX = { setting: 's', savedPost: 'p' } as const;

/** One setting (a key of lib/settings.ts), its value as a whole: a list of mute words is one value. */
export interface SettingEntry {
  kind: 'setting';
  /** `s:<setting key>`. */
  key: string;
  value: Stamped<unknown>;
}

/** What the user did to one post, and a short copy of the post so another browser can show it. */
export interface SavedPostEntry {
  kind: 'savedPost';
  /** `p:<post id>`. */
  key: string;
  /** The saved time; null: unsaved (a tombstone, see lib/sync/README.md). */
  saved: Stamped<number | null>;
  tags?: Stamped<string[]>;
  /** null: no note. */
  note?: Stamped<string | null>;
  copy?: CompactPost;
}

export type LedgerEntry = SettingEntry | SavedPostEntry;

export const settingKey = (name: string) => `${RECORD_PREFIX.setting}:${name}`;
export const savedPostKey = (postId: string) => `${RECORD_PREFIX.savedPost}:${postId}`;
export const postIdOfKey = (key: string) => key.slice(RECORD_PREFIX.savedPost.length + 1);

/** Characters of a post's text the copy keeps (a long post's opening; the permalink has the rest). */
export const COPY_TEXT_MAX = 200;

const epochMs = z.number().int().nonnegative().max(8.64e15);

/**
 * The compact copy of a saved post (one-letter names: it is paid for in sync bytes). Network and
 * native id come from the post id.
 */
export const compactPostSchema = z
  .object({
    /** Author handle. */
    h: z.string().min(1).max(300),
    /** Author display name. */
    a: z.string().max(200),
    /** The text's opening, COPY_TEXT_MAX characters at most. */
    x: z.string().max(COPY_TEXT_MAX + 1),
    /** Permalink. */
    u: httpUrlSchema,
    /** When it was written. */
    at: epochMs,
    /** A still of the first medium: the photo, or a video's poster. */
    m: httpUrlSchema.optional(),
    /** Content warning ('' when the post is only marked sensitive): its media stay hidden. */
    w: z.string().max(1000).optional(),
  })
  .strict();
export type CompactPost = z.infer<typeof compactPostSchema>;

/** The same limits as a tag or note edit from the side panel (lib/store/protocol.ts). */
export const tagsSchema = z.array(z.string().trim().min(1).max(50)).max(50);
export const noteSchema = z.string().min(1).max(10_000);

/** A saved post on the wire: `st`, the saved stamp, is left out when it equals the saved time. */
export const postWireSchema = z
  .object({
    i: postIdSchema,
    s: epochMs.nullable(),
    st: epochMs.optional(),
    g: tagsSchema.optional(),
    gt: epochMs.optional(),
    n: noteSchema.nullable().optional(),
    nt: epochMs.optional(),
    c: compactPostSchema.optional(),
  })
  .strict()
  .refine((wire) => wire.s !== null || wire.st !== undefined, 'an unsave needs its time')
  .refine((wire) => (wire.g === undefined) === (wire.gt === undefined), 'tags need their time')
  .refine((wire) => (wire.n === undefined) === (wire.nt === undefined), 'a note needs its time');
export type PostWire = z.infer<typeof postWireSchema>;

export { epochMs };
