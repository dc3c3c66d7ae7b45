import { z } from 'zod';
import type { CrossfeedDB } from './db';
import { PLATFORMS } from './platforms/registry';
import { HANDLE_PATTERN } from './search/handle';

/**
 * The user's settings: one zod schema with a default for every field, stored one row per key in
 * the `settings` table. Reads always give a complete, valid object (a broken or missing row falls
 * back to its default, never to undefined).
 */
export const savedSearchSchema = z.object({
  id: z.string().min(1).max(64),
  /** Shown as the view's (column's) title. */
  name: z.string().trim().min(1).max(60),
  /** In the search syntax of lib/search/query.ts. */
  query: z.string().max(500),
});
export type SavedSearch = z.infer<typeof savedSearchSchema>;

/** A deck column's width in CSS pixels (the deck's resize handle keeps it in this range). */
export const DECK_COLUMN_WIDTH = { min: 240, max: 800, initial: 340 } as const;

const deckColumnBase = {
  id: z.string().min(1).max(64),
  width: z.number().int().min(DECK_COLUMN_WIDTH.min).max(DECK_COLUMN_WIDTH.max),
};

/**
 * One column of the deck (TweetDeck's model): every post, the saved ones, a saved search (by id,
 * so renaming or editing the search shows in its column), one network, or a list of authors.
 * The network is a plain string, not the registry's enum: a stored deck must stay readable after a
 * network leaves the registry (its column is then skipped, not the whole deck lost).
 */
export const deckColumnSchema = z.discriminatedUnion('kind', [
  z.object({ ...deckColumnBase, kind: z.literal('all') }),
  z.object({ ...deckColumnBase, kind: z.literal('saved') }),
  z.object({ ...deckColumnBase, kind: z.literal('search'), searchId: z.string().min(1).max(64) }),
  z.object({ ...deckColumnBase, kind: z.literal('platform'), platform: z.string().min(1).max(40) }),
  z.object({
    ...deckColumnBase,
    kind: z.literal('authors'),
    name: z.string().trim().min(1).max(60),
    handles: z.array(z.string().regex(HANDLE_PATTERN)).min(1).max(50),
  }),
]);
export type DeckColumn = z.infer<typeof deckColumnSchema>;

/** An account across networks: `<platform>:<handle, lowercased>` (lib/feed/collapse/identity.ts). */
const accountKeySchema = z
  .string()
  .max(320)
  .regex(new RegExp(`^(${PLATFORMS.join('|')}):[^\\sA-Z]{1,300}$`));

/**
 * A link or unlink the user made between two accounts from a card's menu: `same` true says they
 * are one person (their cross-posts collapse), false that they are not (undoes an automatic join).
 * The newest word on a pair wins, so the list is a log: undo appends nothing, it removes the entry.
 */
export const identityLinkSchema = z.object({
  a: accountKeySchema,
  b: accountKeySchema,
  same: z.boolean(),
  at: z.number().int().nonnegative(),
});
export type IdentityLinkSetting = z.infer<typeof identityLinkSchema>;
export const MAX_IDENTITY_LINKS = 2000;

/** Each setting's rule, without its default (see settingsChangeSchema for why they are kept apart). */
const settingFields = {
  /** What the toolbar button opens in Chrome: the side panel (feed) or the quick popup. */
  toolbarAction: z.enum(['sidepanel', 'popup']),
  /** Posts containing any of these (same matching as search words) are hidden everywhere. */
  muteWords: z.array(z.string().trim().min(1).max(100)).max(500),
  /** Named views: a query each, shown as the columns/tabs of the feed. */
  savedSearches: z.array(savedSearchSchema).max(50),
  /** Retention: keep posts this many days / at most this many posts (null: no limit). Saved posts are never pruned. */
  retentionDays: z.number().int().min(1).max(36_500).nullable(),
  retentionMaxPosts: z.number().int().min(100).max(10_000_000).nullable(),
  /** Composer: on the X/Threads intent page, press the page's own Post button once the text is in place. */
  sendForMe: z.boolean(),
  /** The deck's columns, left to right; null until the user first changes them (the deck then shows a starter set). */
  deckColumns: z.array(deckColumnSchema).max(30).nullable(),
  /** The feed places a reposted post at its latest repost, or at the time it was written. */
  repostPlacement: z.enum(['latest-repost', 'original-time']),
  /** The feed leaves every repost out (a reposted post still shows when it is in the feed itself). */
  hideReposts: z.boolean(),
  /** The feed leaves out the reposts of these accounts (lowercased handles, as the reposter's network spells them). */
  hideRepostsBy: z.array(z.string().trim().toLowerCase().min(1).max(300)).max(1000),
  /** The user's links and unlinks between accounts across networks (newest word on a pair wins). */
  identityLinks: z.array(identityLinkSchema).max(MAX_IDENTITY_LINKS),
};

export const settingsSchema = z.object({
  toolbarAction: settingFields.toolbarAction.default('sidepanel'),
  muteWords: settingFields.muteWords.default([]),
  savedSearches: settingFields.savedSearches.default([]),
  retentionDays: settingFields.retentionDays.default(null),
  retentionMaxPosts: settingFields.retentionMaxPosts.default(null),
  sendForMe: settingFields.sendForMe.default(false),
  deckColumns: settingFields.deckColumns.default(null),
  repostPlacement: settingFields.repostPlacement.default('latest-repost'),
  hideReposts: settingFields.hideReposts.default(false),
  hideRepostsBy: settingFields.hideRepostsBy.default([]),
  identityLinks: settingFields.identityLinks.default([]),
});
export type Settings = z.infer<typeof settingsSchema>;
export type SettingKey = keyof Settings;

export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});

/**
 * A change: only the keys sent, each by its rule; unknown keys are refused. Built from the rules
 * without defaults: in zod 4 `settingsSchema.partial()` keeps each field's default, so parsing
 * `{ muteWords }` would come back with every other key at its default and one change would reset
 * all the others.
 */
export const settingsChangeSchema = z.object(settingFields).partial().strict();
export type SettingsChange = z.infer<typeof settingsChangeSchema>;

export async function readSettings(db: CrossfeedDB): Promise<Settings> {
  const rows = await db.settings.bulkGet(Object.keys(DEFAULT_SETTINGS));
  const settings: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const row of rows) {
    if (!row || !(row.key in DEFAULT_SETTINGS)) continue;
    const field = settingsSchema.shape[row.key as SettingKey].safeParse(row.value);
    if (field.success) settings[row.key] = field.data;
  }
  return settings as Settings;
}

export async function writeSettings(db: CrossfeedDB, change: SettingsChange): Promise<Settings> {
  const valid = settingsChangeSchema.parse(change);
  await db.settings.bulkPut(Object.entries(valid).map(([key, value]) => ({ key, value })));
  return readSettings(db);
}
