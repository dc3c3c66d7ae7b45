import type { ParseResult } from '../../parse-result';
import type { ThreadsRoot } from './roots';

/** A ParseResult plus how many thread items each data root held (for capture health). */
export interface ThreadsParseResult extends ParseResult {
  roots: Partial<Record<ThreadsRoot, number>>;
}

/**
 * Every skip reason the Threads parsers emit (stable, countable keys). `invalid-post` comes from
 * finishParse() and should stay at zero: the normaliser only builds rows the schema accepts.
 */
export const THREADS_SKIP_REASONS = [
  // GraphQL / embedded JSON
  'not-json-object',
  'graphql-error',
  'no-posts-root',
  'bad-embedded-json',
  'no-post',
  'post-unavailable',
  'no-pk',
  'no-author',
  'no-created-at',
  'no-permalink',
  'repost-without-reposter',
  'invalid-post',
  // DOM
  'dom-no-permalink',
  'dom-bad-shortcode',
  'dom-bad-time',
] as const;

export type ThreadsSkipReason = (typeof THREADS_SKIP_REASONS)[number];
