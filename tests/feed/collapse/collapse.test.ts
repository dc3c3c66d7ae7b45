import { describe, expect, it } from 'vitest';
import { collapseFeed } from '../../../lib/feed/collapse/collapse';
import { crossPostKey, crossPostText } from '../../../lib/feed/collapse/cross-post-text';
import { toCollapseRow } from '../../../lib/feed/collapse/rows';
import { validatePost, type Post } from '../../../lib/post';
import { parseXGraphql } from '../../../lib/platforms/x/parse-graphql';
import { needsCaptures, readCaptureJson } from '../../helpers/captures';
import { samplePost } from '../../helpers/sample-post';

const T = Date.UTC(2026, 5, 1, 12, 0, 0);

function post(platform: Post['platform'], nativeId: string, handle: string, text: string, at: number): Post {
  const url = {
    x: `https://x.com/${handle}/status/${nativeId}`,
    threads: `https://www.threads.com/@${handle}/post/C${nativeId}`,
    bluesky: `https://bsky.app/profile/${handle}/post/${nativeId}`,
    mastodon: `https://mastodon.social/@${handle}/${nativeId}`,
  }[platform];
  return samplePost({
    platform,
    id: `${platform}:${nativeId}`,
    nativeId,
    url,
    author: { handle, name: 'Alice', verified: false },
    text,
    createdAt: at,
    sortAt: at,
  });
}

describe('crossPostText: what copies of one post share', () => {
  it('ignores links, mention servers, hashtag case, whitespace and a tool’s signature', () => {
    expect(crossPostText('New post! https://example.com/a-long-path?x=1 cc @bob #Launch')).toBe(
      crossPostText('New post!  example.com/a-long-pa… cc @bob.bsky.social #launch\n\n🦋'),
    );
    expect(crossPostText('Hello @bob@mastodon.social (via Buffer)')).toBe('hello @bob');
    expect(crossPostKey({ text: 'gm https://x.co', media: [] })).toBeUndefined();
  });
});

describe('collapseFeed', () => {
  it('a cross-posted triple on X, Threads and Bluesky is one card with a copy per network', () => {
    const x = post('x', '1900', 'alice', 'Shipping the new release today https://example.com/r #Launch', T);
    const threads = post(
      'threads',
      '3400',
      'alice',
      'Shipping the new release today https://example.com/r #launch',
      T + 60_000,
    );
    const bluesky = post(
      'bluesky',
      'at://did:plc:alice/app.bsky.feed.post/3k',
      'alice.bsky.social',
      'Shipping the new release today example.com/r #launch 🦋',
      T + 120_000,
    );
    const other = post(
      'bluesky',
      'at://did:plc:bob/app.bsky.feed.post/3j',
      'bob.bsky.social',
      'Shipping the new release today',
      T + 30_000,
    );
    const rows = [bluesky, threads, other, x].map(toCollapseRow);
    expect(collapseFeed(rows)).toEqual([
      { id: bluesky.id, copies: [bluesky.id, threads.id, x.id], reposts: [], sortAt: T + 120_000 },
      { id: other.id, copies: [other.id], reposts: [], sortAt: T + 30_000 },
    ]);
  });

  it('the same words hours apart, or by an account the user unlinked, stay separate cards', () => {
    const x = post('x', '1900', 'alice', 'Shipping the new release today', T);
    const late = post('threads', '3400', 'alice', 'Shipping the new release today', T + 3 * 60 * 60_000);
    expect(collapseFeed([late, x].map(toCollapseRow))).toHaveLength(2);
    const soon = post('threads', '3401', 'alice', 'Shipping the new release today', T + 60_000);
    expect(collapseFeed([soon, x].map(toCollapseRow))).toHaveLength(1);
    const unlinked = collapseFeed([soon, x].map(toCollapseRow), {
      links: [{ a: 'threads:alice', b: 'x:alice', same: false, at: 1 }],
    });
    expect(unlinked).toHaveLength(2);
  });

  it('a link by hand, or a bridge, joins accounts whose handles differ', () => {
    const x = post('x', '1900', 'alice_x', 'A long enough sentence to match', T);
    const mastodon = post(
      'mastodon',
      'https://mastodon.social/users/al/statuses/1',
      'al@mastodon.social',
      'A long enough sentence to match',
      T,
    );
    expect(collapseFeed([x, mastodon].map(toCollapseRow))).toHaveLength(2);
    expect(
      collapseFeed([x, mastodon].map(toCollapseRow), {
        links: [{ a: 'x:alice_x', b: 'mastodon:al@mastodon.social', same: true, at: 1 }],
      }),
    ).toHaveLength(1);
    const bridged = post(
      'bluesky',
      'at://did:plc:br/app.bsky.feed.post/1',
      'al.mastodon.social.ap.brid.gy',
      'A long enough sentence to match',
      T,
    );
    expect(collapseFeed([mastodon, bridged].map(toCollapseRow))[0]?.copies).toHaveLength(2);
  });

  it('reposts fold into the original: reposted by, newest first, placed at the latest repost or its own time', () => {
    const original = post('x', '100', 'ada', 'The original words of this post', T);
    const repost = (n: string, by: string, at: number): Post => ({
      ...original,
      id: `x:${n}`,
      nativeId: n,
      sortAt: at,
      repost: { originalId: original.id, by: { handle: by, name: by.toUpperCase() }, at },
    });
    const rows = [repost('103', 'cy', T + 3000), repost('102', 'bo', T + 2000), original].map(toCollapseRow);
    const card = {
      id: original.id,
      copies: [original.id],
      reposts: [
        { id: 'x:103', by: { handle: 'cy', name: 'CY' }, at: T + 3000 },
        { id: 'x:102', by: { handle: 'bo', name: 'BO' }, at: T + 2000 },
      ],
    };
    expect(collapseFeed(rows)).toEqual([{ ...card, sortAt: T + 3000 }]);
    expect(collapseFeed(rows, { repostPlacement: 'original-time' })).toEqual([{ ...card, sortAt: T }]);
    expect(collapseFeed(rows, { hideReposts: true })).toEqual([{ ...card, reposts: [], sortAt: T }]);
    expect(collapseFeed(rows, { hideReposts: new Set(['cy']) })[0]?.reposts.map((r) => r.id)).toEqual([
      'x:102',
    ]);
  });
});

describe('collapseFeed on a real X timeline: a repost and its original are one card', () => {
  it('UserTweets: every row in exactly one card, no post shown twice', needsCaptures, () => {
    const { posts } = parseXGraphql(readCaptureJson('x/graphql-UserTweets-2026-07.json'), {
      timeline: 'UserTweets',
      now: T,
      validate: validatePost,
    });
    const rows = [...posts].sort((a, b) => b.sortAt - a.sortAt).map(toCollapseRow);
    const cards = collapseFeed(rows);
    const shown = cards.map((card) => card.id);
    expect(new Set(shown).size).toBe(shown.length);
    const accounted = cards.flatMap((card) => [...card.copies, ...card.reposts.map((r) => r.id)]).sort();
    expect(accounted).toEqual(posts.map((p) => p.id).sort());
    const reposts = posts.filter((p) => p.repost);
    expect(reposts.length).toBe(16);
    expect(cards.length).toBe(posts.length - 16);
    const first = reposts[0]!;
    expect(cards.find((card) => card.id === first.repost!.originalId)?.reposts).toContainEqual({
      id: first.id,
      by: first.repost!.by.name
        ? { handle: first.repost!.by.handle, name: first.repost!.by.name }
        : { handle: first.repost!.by.handle },
      at: first.sortAt,
    });
  });
});
