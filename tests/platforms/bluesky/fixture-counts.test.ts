import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listCaptures, needsCaptures, ownFixturePath } from '../../helpers/captures';
import { parseFixture, reasonCounts } from './fixture';

/**
 * Posts and skips per fixture, derived by reading each file with jq, independently of the parser
 * (run in ../shared/fixtures/bluesky and tests/fixtures/bluesky):
 *
 *   jq -c -f count.jq <file>   where count.jq is
 *
 *   { posts: (([.. | objects | select(has("uri") and has("author") and (has("record") or has("value"))
 *                                     and (has("isRead") | not))
 *               | .uri | select(test("/app\\.bsky\\.feed\\.post/"))] | unique | length)
 *             + ([.feed[]? | select(.reason.by)] | length)),
 *     blocked: ([.. | objects | select(.blocked == true
 *                  or ."$type" == "app.bsky.unspecced.defs#threadItemBlocked") | .uri] | unique | length),
 *     notFound: ([.. | objects | select(.notFound == true) | .uri] | unique | length),
 *     threadNotFound: ([.thread | arrays | .[]
 *                  | select(.value."$type" == "app.bsky.unspecced.defs#threadItemNotFound") | .uri] | unique | length),
 *     noUnauthenticated: ([.thread | arrays | .[]
 *                  | select(.value."$type" == "app.bsky.unspecced.defs#threadItemNoUnauthenticated")] | length),
 *     detached: ([.. | objects | select(.detached == true) | .uri] | unique | length),
 *     notificationPosts: ([.notifications[]? | select(.record."$type" == "app.bsky.feed.post")] | length),
 *     unknownEmbeds: ([.. | objects | select(has("embed")) | .embed."$type" | select(. != null
 *                  and test("#view$") and (IN("app.bsky.embed.images#view", "app.bsky.embed.video#view",
 *                  "app.bsky.embed.gallery#view", "app.bsky.embed.external#view", "app.bsky.embed.record#view",
 *                  "app.bsky.embed.recordWithMedia#view") | not))] | length),
 *     unknownReasons: ([.feed[]? | select(.reason != null and (.reason.by | not)
 *                  and .reason."$type" != "app.bsky.feed.defs#reasonPin")] | length) }
 *
 * i.e. posts = distinct post URIs of every object that is a post view (uri + author + record, or a
 * quote's uri + author + value; notifications excluded), plus one row per reasonRepost item (a
 * repost is two rows: the repost and the original); each unavailable post is counted once per URI.
 * And no facet of any file is outside its text:
 *   jq '[.. | objects | select(has("facets") and (.text|type=="string")) | (.text|utf8bytelength) as $n
 *        | .facets[] | select(.index.byteStart >= .index.byteEnd or .index.byteEnd > $n)] | length'  → 0
 * (getAuthorFeed-2024-09 carries one link facet twice over the same bytes: the repeat loses nothing
 * and is dropped without a count.)
 */
const REAL: Record<string, { posts: number; skipped: Record<string, number> }> = {
  'app.bsky.feed.getAuthorFeed-2024-09-17items-4reposts-external-cards.json': { posts: 22, skipped: {} },
  // Two feed items reply into threads whose root and parent are blockedPost (4 slots, 2 URIs).
  'app.bsky.feed.getAuthorFeed-2024-12-11items-reasonPin-reasonRepost-video-blockedPost.json': {
    posts: 16,
    skipped: { 'blocked-post': 2 },
  },
  'app.bsky.feed.getPostThread-2023-09-1post-recordWithMedia-images.json': { posts: 2, skipped: {} },
  'app.bsky.feed.getPostThread-2025-04-37posts-depth4-video-external-labels.json': { posts: 37, skipped: {} },
  'app.bsky.feed.getPostThread-2025-04-5posts-video-quote-sv.json': { posts: 6, skipped: {} },
  // feed[177] of this SDK mock names ONE URI as both its reply root (notFoundPost) and parent
  // (blockedPost): one unavailable post, counted once, as the parent slot (read first) says.
  'app.bsky.feed.getTimeline-2023-05-200items.json': { posts: 358, skipped: { 'blocked-post': 1 } },
};

const HANDMADE: Record<string, { posts: number; skipped: Record<string, number> }> = {
  'handmade-app.bsky.feed.getFeed.json': { posts: 8, skipped: { 'not-found-post': 1, 'unknown-reason': 1 } },
  'handmade-app.bsky.feed.getPosts.json': {
    posts: 10,
    skipped: { 'not-found-post': 1, 'blocked-post': 1, 'detached-quote': 1, 'unsupported-embed': 1 },
  },
  'handmade-app.bsky.notification.listNotifications.json': { posts: 0, skipped: { 'notification-post': 3 } },
  'handmade-app.bsky.unspecced.getPostThreadV2.json': {
    posts: 4,
    skipped: { 'not-found-post': 1, 'blocked-post': 1, 'no-unauthenticated': 1 },
  },
  'handmade-gallery-app.bsky.feed.getAuthorFeed.json': { posts: 3, skipped: {} },
  // 3 feed items: 2 distinct posts (jq '[.feed[].post.uri] | unique | length') + 1 reasonRepost row.
  'handmade-crosspost-app.bsky.feed.getTimeline.json': { posts: 3, skipped: {} },
};

function check(file: string, expected: { posts: number; skipped: Record<string, number> }): void {
  const result = parseFixture(file);
  expect(result.posts).toHaveLength(expected.posts);
  expect(reasonCounts(result)).toEqual(expected.skipped);
}

describe('Bluesky parser: every real capture', needsCaptures, () => {
  it('has an expectation for every file in the fixtures folder', () => {
    expect(listCaptures('bluesky')).toEqual(Object.keys(REAL).sort());
  });

  for (const [file, expected] of Object.entries(REAL)) {
    it(`${file}: ${expected.posts} posts, skips ${JSON.stringify(expected.skipped)}`, () =>
      check(file, expected));
  }
});

describe('Bluesky parser: every hand-made fixture', () => {
  it('has an expectation for every hand-made file', () => {
    const files = readdirSync(ownFixturePath('bluesky')).filter((name) => name.endsWith('.json'));
    expect(files.sort()).toEqual(Object.keys(HANDMADE).sort());
  });

  for (const [file, expected] of Object.entries(HANDMADE)) {
    it(`${file}: ${expected.posts} posts, skips ${JSON.stringify(expected.skipped)}`, () =>
      check(file, expected));
  }
});
