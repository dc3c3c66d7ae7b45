import { describe, expect, it } from 'vitest';
import { needsCaptures, listCaptures } from '../../helpers/captures';
import { parseFixture, reasonCounts } from './fixture';

/**
 * Posts and skips per real capture, derived by reading each file with jq, independently of the
 * parser (run in ../shared/fixtures/x):
 *
 *   jq -c -f count.jq <file>   where count.jq is
 *
 *   def unwrap: if .__typename == "TweetWithVisibilityResults" then .tweet else . end;
 *   def ids: unwrap | select(. != null) | .rest_id,
 *     (.legacy.retweeted_status_result.result // empty | ids),
 *     (.quoted_status_result.result // empty | ids);
 *   [ .. | objects | select(has("itemContent")) | .itemContent | select(has("tweet_results")) ] as $items
 *   | ($items | map(select(has("promotedMetadata") | not))) as $organic
 *   | { posts: ([ ($organic[] | .tweet_results.result | ids),
 *                 (.data.tweetResult?.result // empty | ids) ] | unique | length),
 *       promoted: ($items | map(select(has("promotedMetadata"))) | length),
 *       unavailable: ([ $organic[] | .. | objects | select(has("quoted_status_result"))
 *                       | select(.quoted_status_result.result == null) ] | length) }
 *
 * i.e. posts = distinct rest_ids of every non-promoted tweet item, its retweeted original and its
 * quoted post (a retweet is two rows: the repost under the retweet's id, and the original);
 * promoted = items carrying promotedMetadata (skipped whole, their quoted posts too);
 * unavailable = quote slots X sent empty. No file has tombstones or other skips.
 */
const EXPECTED: Record<string, { posts: number; skipped: Record<string, number> }> = {
  'graphql-HomeLatestTimeline-2025-07.json': { posts: 7, skipped: { promoted: 1 } },
  'graphql-HomeTimeline-2025-01-legacy-user-shape.json': { posts: 39, skipped: { promoted: 7 } },
  'graphql-HomeTimeline-2025-05.json': { posts: 44, skipped: { promoted: 6 } },
  'graphql-HomeTimeline-2025-06.json': { posts: 37, skipped: { promoted: 9 } },
  'graphql-SearchTimeline-2025-01.json': { posts: 19, skipped: { promoted: 3 } },
  // Post 1897460733522403538 quotes 1897311953032454532, which X sent as an empty quoted_status_result.
  'graphql-SearchTimeline-2025-03.json': { posts: 21, skipped: { unavailable: 1 } },
  'graphql-TweetDetail-2024-12-mixed-photo-video-quote.json': { posts: 4, skipped: {} },
  'graphql-TweetDetail-2025-04-promoted-reply-notetweet.json': { posts: 11, skipped: { promoted: 1 } },
  'graphql-TweetDetail-2025-07-gif.json': { posts: 16, skipped: {} },
  'graphql-TweetDetail-2025-07-text-related-tweets.json': { posts: 6, skipped: {} },
  'graphql-TweetDetail-2026-refetch-of-2023-thread.json': { posts: 37, skipped: {} },
  'graphql-TweetDetail-card-audiospace-retweet.json': { posts: 2, skipped: {} },
  'graphql-TweetDetail-card-broadcast.json': { posts: 4, skipped: {} },
  'graphql-TweetDetail-card-poll.json': { posts: 31, skipped: {} },
  'graphql-TweetDetail-card-unified.json': { posts: 5, skipped: {} },
  'graphql-TweetDetail-showmore-cursors.json': { posts: 11, skipped: {} },
  'graphql-TweetDetail-video.json': { posts: 11, skipped: {} },
  'graphql-TweetResultByRestId-2025.json': { posts: 1, skipped: {} },
  'graphql-UserTweets-2026-07.json': { posts: 41, skipped: {} },
  'graphql-UserTweets-timeline_v2-path-small.json': { posts: 2, skipped: {} },
};

describe('X network parser: every real capture', needsCaptures, () => {
  it('has an expectation for every file in the fixtures folder', () => {
    expect(listCaptures('x')).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const [file, expected] of Object.entries(EXPECTED)) {
    it(`${file}: ${expected.posts} posts, skips ${JSON.stringify(expected.skipped)}`, () => {
      const result = parseFixture(file.replace(/^graphql-/, '').replace(/\.json$/, ''));
      expect(result.posts).toHaveLength(expected.posts);
      expect(reasonCounts(result)).toEqual(expected.skipped);
    });
  }
});
