import type { Post, Repost } from '../../post';
import { postId, type Skipped } from '../../parse-result';
import type { XCollector } from './collector';
import { X_SKIP } from './skip-reasons';
import { buildXPost } from './build-post';
import { parseTwitterDate, snowflakeTime } from './dates';
import { parseXUser } from './user';
import { path, rec, str, type JsonRecord } from '../../kit/json-read';
import { restId } from './ids';

/**
 * One tweet slot — the `{ result }` object X puts under `tweet_results`, `retweeted_status_result`
 * and `quoted_status_result` — becomes exactly one stored row or exactly one counted skip, and its
 * embedded slots (the retweeted original, the quoted post) are read the same way, even when the
 * outer tweet itself is unreadable: a broken post does not take its embedded posts down with it.
 */
export type SlotOutcome = { post: Post } | { skipped: Skipped };

/** X nests a quote inside a retweet at most; deeper would be a malformed or hostile document. */
const MAX_DEPTH = 4;

export function readTweetSlot(slot: unknown, out: XCollector, depth = 0): SlotOutcome {
  if (depth > MAX_DEPTH) return skip(out, X_SKIP.tooDeep);
  const result = rec(slot, 'result');
  if (!result) return skip(out, X_SKIP.unavailable, 'empty tweet result');
  const resolved = resolveTweet(result);
  const tweet = 'tweet' in resolved ? resolved.tweet : (rec(result, 'tweet') ?? result);

  const legacy = rec(tweet, 'legacy');
  const original =
    legacy && 'retweeted_status_result' in legacy
      ? readTweetSlot(legacy.retweeted_status_result, out, depth + 1)
      : undefined;
  const quoted =
    'quoted_status_result' in tweet ? readTweetSlot(tweet.quoted_status_result, out, depth + 1) : undefined;

  if ('reason' in resolved) return skip(out, resolved.reason, resolved.detail);
  if (original) {
    // A repost row copies the original; without the original there is nothing to show.
    if ('skipped' in original)
      return skip(out, original.skipped.reason, `repost of: ${original.skipped.detail ?? ''}`);
    return keep(out, repostRow(tweet, original.post, out));
  }
  const quotedPostId = quotedId(tweet, quoted);
  return keep(out, buildXPost(tweet, out, quotedPostId));
}

type Resolved = { tweet: JsonRecord } | { reason: string; detail?: string };

/** Unwraps the visibility wrapper and sorts out what is not a readable tweet. */
function resolveTweet(result: JsonRecord): Resolved {
  const typename = result.__typename;
  const id = str(result, 'rest_id');
  switch (typename) {
    case undefined:
    case 'Tweet':
      return { tweet: result };
    case 'TweetWithVisibilityResults': {
      // Limited-visibility posts (replies restricted, "sensitive" interstitials): the tweet is inside.
      const inner = rec(result, 'tweet');
      if (!inner) return { reason: X_SKIP.unavailable, detail: 'visibility wrapper without tweet' };
      const innerType = inner.__typename;
      return innerType === undefined || innerType === 'Tweet' ? { tweet: inner } : resolveTweet(inner);
    }
    case 'TweetTombstone':
      return { reason: X_SKIP.tombstone, detail: tombstoneText(result) };
    case 'TweetUnavailable':
      return { reason: X_SKIP.unavailable, detail: str(result, 'reason') ?? id };
    default:
      return {
        reason: X_SKIP.unknownTypename,
        detail: typeof typename === 'string' ? typename : typeof typename,
      };
  }
}

function tombstoneText(result: JsonRecord): string | undefined {
  const value = path(result, ['tombstone', 'text', 'text']);
  return typeof value === 'string' ? value.slice(0, 200) : undefined;
}

function quotedId(tweet: JsonRecord, quoted: SlotOutcome | undefined): string | undefined {
  if (quoted && 'post' in quoted) return quoted.post.id;
  const id =
    restId(path(tweet, ['quotedRefResult', 'result']), 'rest_id') ??
    restId(rec(tweet, 'legacy'), 'quoted_status_id_str');
  return id ? postId('x', id) : undefined;
}

/**
 * A retweet as its own row: the original's content under the retweet's id, with who reposted it
 * and when; sorted by the repost time, which is when it entered the reader's feed. Its `url` stays
 * the original's permalink: the content is the original's (and X redirects the retweet's own
 * status URL there anyway).
 */
function repostRow(retweet: JsonRecord, original: Post, out: XCollector): Post | Skipped {
  const legacy = rec(retweet, 'legacy');
  const id = restId(retweet, 'rest_id') ?? restId(legacy, 'id_str');
  if (!id) return { reason: X_SKIP.invalidPost, detail: 'repost without rest_id' };
  const by = parseXUser(path(retweet, ['core', 'user_results', 'result']));
  if (!by) return { reason: X_SKIP.noAuthor, detail: id };
  const at = parseTwitterDate(str(legacy, 'created_at')) ?? snowflakeTime(id);
  const repost: Repost = { originalId: original.id, by: { handle: by.handle, name: by.name } };
  if (by.id) repost.by.id = by.id;
  if (at !== undefined) repost.at = at;
  return {
    ...original,
    id: postId('x', id),
    nativeId: id,
    sortAt: at ?? original.createdAt,
    repost,
    capture: out.capture,
  };
}

function keep(out: XCollector, built: Post | Skipped): SlotOutcome {
  if ('reason' in built) {
    out.skipped.push(built);
    return { skipped: built };
  }
  out.posts.push(built);
  return { post: built };
}

function skip(out: XCollector, reason: string, detail?: string): SlotOutcome {
  const skipped: Skipped = detail === undefined ? { reason } : { reason, detail };
  out.skipped.push(skipped);
  return { skipped };
}
