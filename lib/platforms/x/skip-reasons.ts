/**
 * Why an X post could not be stored: short, stable, countable keys (capture health counts them,
 * so renaming one is a data change). Every row the parser could not build is exactly one of these.
 */
export const X_SKIP = {
  /** An ad (promotedMetadata / promoted-tweet entry): never stored, by design. */
  promoted: 'promoted',
  /** X sent a TweetTombstone (deleted, withheld, from a suspended account, age-gated…). */
  tombstone: 'tombstone',
  /** A tweet slot without a tweet: TweetUnavailable, an empty result, a visibility wrapper with nothing inside. */
  unavailable: 'unavailable',
  /** A tweet whose author object is missing or has no usable handle. */
  noAuthor: 'no-author',
  /** A tweet object missing what every post needs (id, text, time) — or one that failed the Post schema. */
  invalidPost: 'invalid-post',
  /** A tweet slot holding a `__typename` this parser does not know. */
  unknownTypename: 'unknown-typename',
  /** Quotes nested deeper than X ever sends (a guard against recursion, not a real case). */
  tooDeep: 'nested-too-deep',
  /** The response held no timeline instructions and no tweet result: X changed its container, or an error response. */
  noTimeline: 'no-timeline',
  /** A bug: the parser threw. Counted instead of crashing the capture. */
  parserError: 'parser-error',
} as const;

export type XSkipReason = (typeof X_SKIP)[keyof typeof X_SKIP];
