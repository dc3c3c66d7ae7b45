/**
 * Why a Mastodon status (or a part of one) was not stored: short, stable, countable keys (capture
 * health counts them, so renaming one is a data change). A lost row is exactly one of the first
 * group; the second group marks a part dropped from a post that was kept.
 */
export const MASTODON_SKIP = {
  /** A slot that should hold a status holds something else (null, a string, an array). */
  notAStatus: 'not-a-status',
  /** No usable ActivityPub `uri` (the global id every row is keyed by). */
  noUri: 'no-uri',
  /** No account, or one without a usable `acct` / host. */
  noAuthor: 'no-author',
  /** `created_at` missing or not an ISO date. */
  noCreatedAt: 'no-created-at',
  /** Neither `url` nor `uri` is an http(s) link to open. */
  noPermalink: 'no-permalink',
  /** A boost whose boosted status could not be read: the boost row has nothing to show. */
  reblogUnreadable: 'reblog-unreadable',
  /** Boosts/quotes nested deeper than Mastodon ever sends (a recursion guard). */
  tooDeep: 'nested-too-deep',
  /** The response holds no statuses in any shape this parser knows. */
  noStatuses: 'no-statuses',
  /** The server answered with an error body (`{ error }`). */
  apiError: 'api-error',
  /** A bug: the parser threw. Counted instead of crashing the capture. */
  parserError: 'parser-error',

  /** A media attachment Mastodon could not fetch from the remote server (`type: unknown`): post kept without it. */
  unknownMedia: 'unknown-media',
  /** A media type newer than this parser: post kept without it. */
  unsupportedMedia: 'unsupported-media',
  /** A media attachment without an http(s) file URL: post kept without it. */
  mediaWithoutUrl: 'media-without-url',
  /** A poll without readable options (or more than a Post holds): post kept without it. */
  pollUnreadable: 'poll-unreadable',
  /** A quote in a `state` this parser does not know: post kept without the quote. */
  unknownQuoteState: 'unknown-quote-state',

  /** A streaming frame that is not text / not JSON / has no usable payload. */
  streamBadFrame: 'stream-bad-frame',
  /** A streaming event that carries no status (delete, filters_changed, announcement…). */
  streamEventIgnored: 'stream-event-ignored',
} as const;

/** The reasons that mark a part dropped from a post that was kept (not a lost row). */
export const MASTODON_PART_SKIPS: ReadonlySet<string> = new Set([
  MASTODON_SKIP.unknownMedia,
  MASTODON_SKIP.unsupportedMedia,
  MASTODON_SKIP.mediaWithoutUrl,
  MASTODON_SKIP.pollUnreadable,
  MASTODON_SKIP.unknownQuoteState,
]);

export type MastodonSkipReason = (typeof MASTODON_SKIP)[keyof typeof MASTODON_SKIP];
