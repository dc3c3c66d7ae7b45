/**
 * Why something of a Bluesky response was not stored, or stored without a part: short, stable,
 * countable keys (capture health counts them, so renaming one is a data change).
 *
 * Most are a row that could not be built. Some are NOT: `unsupported-embed`, `bad-embed`,
 * `facet-dropped`, `unknown-reason` and `bad-repost-uri` are counted while the post itself IS still
 * emitted (without that embed, media item, text range or reason, or under a derived id) — the skip
 * list is where a parser reports what it could not read, and health must show a new embed type the
 * day Bluesky ships one. `notification-post` is a post this response names but leaves to the
 * getPosts response the app makes for it (see operations.ts).
 */
export const BLUESKY_SKIP = {
  /** The response held none of feed[], posts[], thread, thread[], bookmarks[], notifications[]. */
  noPostsRoot: 'no-posts-root',
  /** An XRPC error body ({ error, message }) instead of data. */
  xrpcError: 'xrpc-error',
  /** A list entry that is not an object, or a feed item / bookmark without its post view. */
  noPost: 'no-post',
  /** A post view whose `uri` is not an at://did…/app.bsky.feed.post/<rkey> URI. */
  badUri: 'bad-uri',
  /** A post view whose author has no usable DID. */
  noAuthor: 'no-author',
  /** A post view without its record (`record` on a postView, `value` on a quoted viewRecord). */
  noRecord: 'no-record',
  /** The record's createdAt is missing or not an RFC 3339 datetime (or before 1970). */
  badCreatedAt: 'bad-created-at',
  /** A post the AppView reports as deleted or never found (notFoundPost, viewNotFound, threadItemNotFound). */
  notFound: 'not-found-post',
  /** A post hidden by a block between the viewer and its author (blockedPost, viewBlocked, threadItemBlocked). */
  blocked: 'blocked-post',
  /** A quote its quoted author detached (viewDetached). */
  detached: 'detached-quote',
  /** A post the author shows only to signed-in viewers, seen signed out (threadItemNoUnauthenticated). */
  noUnauthenticated: 'no-unauthenticated',
  /** A thread slot that is none of post / not found / blocked. */
  unknownThreadItem: 'unknown-thread-item',
  /** A feed item's `reason` that is neither a repost nor a pin (the post itself is kept). */
  unknownReason: 'unknown-reason',
  /** A reasonRepost without a readable reposter: the original is kept, the repost row is not. */
  repostWithoutReposter: 'repost-without-reposter',
  /** Row kept: a reasonRepost whose `uri` is not a repost record's at-uri (the row gets the derived id). */
  badRepostUri: 'bad-repost-uri',
  /** The repost row of a feed item whose original post could not be built (one more row lost). */
  repostOfSkipped: 'repost-of-skipped-post',
  /** A reply/mention/quote notification: its post is stored from the app's getPosts call instead. */
  notificationPost: 'notification-post',
  /** Post kept: an embed view whose $type this parser does not know. */
  unsupportedEmbed: 'unsupported-embed',
  /** Post kept: a known embed type without what makes it usable (no http(s) URL, no valid record URI). */
  badEmbed: 'bad-embed',
  /** Post kept: a facet out of range, overlapping, inside a multi-byte character, or with no readable feature. */
  facetDropped: 'facet-dropped',
  /** Quotes of quotes nested deeper than the AppView ever sends (a guard, not a real case). */
  tooDeep: 'nested-too-deep',
  /** A bug: the parser threw. Counted instead of losing the page's capture. */
  parserError: 'parser-error',
} as const;

export type BlueskySkipReason = (typeof BLUESKY_SKIP)[keyof typeof BLUESKY_SKIP];

/**
 * Counted for a part of a row that is still emitted and never for a lost row: a dropped facet only
 * costs a link or mention in the text, a bad repost uri only the repost row's own id (it is kept
 * under the derived one). The embed reasons are not here: an unreadable embed may hold quotes.
 */
export const BLUESKY_PART_REASONS: ReadonlySet<string> = new Set([
  BLUESKY_SKIP.facetDropped,
  BLUESKY_SKIP.badRepostUri,
]);
