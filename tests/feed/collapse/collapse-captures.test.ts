import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cardViews } from '../../../lib/feed/collapse/card-view';
import { toCollapseRow } from '../../../lib/feed/collapse/rows';
import { parseBlueskyXrpc } from '../../../lib/platforms/bluesky/parse-xrpc';
import { parseThreadsGraphql } from '../../../lib/platforms/threads/parse-graphql';
import { parseXGraphql } from '../../../lib/platforms/x/parse-graphql';
import { validatePost, type Post } from '../../../lib/post';
import { compareFeedOrder } from '../../../lib/search/index';
import { CROSSPOST_X_TWEET, PLAIN_X_TWEET } from '../../fixtures/x/handmade-crosspost';
import { homeTimelineResponse } from '../../fixtures/x/handmade-timeline';
import { needsCaptures, readCaptureJson } from '../../helpers/captures';

const NOW = Date.UTC(2026, 5, 2);
const context = (timeline: string) => ({ timeline, now: NOW, validate: validatePost });
const own = (path: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../fixtures/${path}`, import.meta.url), 'utf8'));
const inFeedOrder = (posts: readonly Post[]) => [...posts].sort(compareFeedOrder);
const utc = (text: string) => Date.parse(text);

describe('collapsing a real X timeline: a repost and its original are one card', () => {
  // graphql-HomeLatestTimeline-2025-07.json holds 3 retweets, each with its original inside
  // (legacy.retweeted_status_result), one plain tweet and one promoted tweet (skipped). Derived with:
  //   jq -c '.. | objects | select(.legacy.retweeted_status_result?) | {id: .rest_id,
  //     by: .core.user_results.result.core.screen_name, name: .core.user_results.result.core.name,
  //     at: .legacy.created_at, orig: .legacy.retweeted_status_result.result.rest_id}'
  //   jq -c '.. | objects | select(.__typename? == "Tweet" and (.legacy.retweeted_status_result? == null))
  //     | {id: .rest_id, at: .legacy.created_at, by: .core.user_results.result.core.screen_name}'
  const kyu = 'x:1903232549939449893'; // Kyu_kei02, Fri Mar 21 23:49:34 2025, retweeted by Kyu_kei02
  const huli = 'x:1946958711504945643'; // hulixiaobai, Sun Jul 20 15:41:44 2025, by Mars_Neobase
  const yoidea = 'x:1947281992535490895'; // yoidea, Mon Jul 21 13:06:20 2025, by 2r96
  const plain = 'x:1947283692805595360'; // y9kitami, Mon Jul 21 13:13:05 2025
  const reposts = {
    kyu: {
      id: 'x:1947284115474264551',
      by: { handle: 'Kyu_kei02', name: '床の間Q◆C106(日)西1"む"02b' },
      at: utc('2025-07-21T13:14:46Z'),
    },
    huli: {
      id: 'x:1947284043709468911',
      by: { handle: 'Mars_Neobase', name: 'Oxia-Ⅱ 2日目東5テ26a' },
      at: utc('2025-07-21T13:14:29Z'),
    },
    yoidea: {
      id: 'x:1947283866282000804',
      by: { handle: '2r96', name: 'フロクロ(Frog96)' },
      at: utc('2025-07-21T13:13:47Z'),
    },
  };
  const single = (id: string, platform: 'x', handle: string) => ({
    key: id,
    show: id,
    copies: [{ id, platform, handle }],
  });

  it(
    'HomeLatestTimeline: 7 rows, 4 cards, each repost folded into its original, placed at the repost',
    needsCaptures,
    () => {
      const { posts } = parseXGraphql(
        readCaptureJson('x/graphql-HomeLatestTimeline-2025-07.json'),
        context('HomeLatestTimeline'),
      );
      expect(posts).toHaveLength(7);
      const rows = inFeedOrder(posts).map(toCollapseRow);
      expect(cardViews(rows)).toEqual([
        {
          ...single(kyu, 'x', 'Kyu_kei02'),
          reposts: [reposts.kyu],
          repostedBy: '↻ reposted by 床の間Q◆C106(日)西1"む"02b',
          sortAt: reposts.kyu.at,
        },
        {
          ...single(huli, 'x', 'hulixiaobai'),
          reposts: [reposts.huli],
          repostedBy: '↻ reposted by Oxia-Ⅱ 2日目東5テ26a',
          sortAt: reposts.huli.at,
        },
        {
          ...single(yoidea, 'x', 'yoidea'),
          reposts: [reposts.yoidea],
          repostedBy: '↻ reposted by フロクロ(Frog96)',
          sortAt: reposts.yoidea.at,
        },
        { ...single(plain, 'x', 'y9kitami'), reposts: [], sortAt: utc('2025-07-21T13:13:05Z') },
      ]);

      // By the setting: each card at its original's time; hiding reposts leaves the originals alone.
      const byOriginal = cardViews(rows, { repostPlacement: 'original-time' });
      expect(byOriginal.map((card) => [card.key, card.sortAt])).toEqual([
        [plain, utc('2025-07-21T13:13:05Z')],
        [yoidea, utc('2025-07-21T13:06:20Z')],
        [huli, utc('2025-07-20T15:41:44Z')],
        [kyu, utc('2025-03-21T23:49:34Z')],
      ]);
      const hidden = cardViews(rows, { hideReposts: true });
      expect(hidden.map((card) => [card.key, card.reposts.length, card.repostedBy])).toEqual([
        [plain, 0, undefined],
        [yoidea, 0, undefined],
        [huli, 0, undefined],
        [kyu, 0, undefined],
      ]);
      const notMars = cardViews(rows, { hideReposts: new Set(['mars_neobase']) });
      expect(notMars.find((card) => card.key === huli)).toEqual({
        ...single(huli, 'x', 'hulixiaobai'),
        reposts: [],
        sortAt: utc('2025-07-20T15:41:44Z'),
      });
    },
  );

  it(
    'on every real X capture, every row is in exactly one card and no post is shown twice',
    needsCaptures,
    () => {
      for (const [file, timeline] of [
        ['x/graphql-UserTweets-2026-07.json', 'UserTweets'],
        ['x/graphql-HomeLatestTimeline-2025-07.json', 'HomeLatestTimeline'],
        ['x/graphql-HomeTimeline-2025-06.json', 'HomeTimeline'],
        ['x/graphql-TweetDetail-card-audiospace-retweet.json', 'TweetDetail'],
      ] as const) {
        const { posts } = parseXGraphql(readCaptureJson(file), context(timeline));
        const cards = cardViews(inFeedOrder(posts).map(toCollapseRow));
        const accounted = cards.flatMap((card) => [
          ...card.copies.map((copy) => copy.id),
          ...card.reposts.map((r) => r.id),
        ]);
        expect(accounted.sort(), file).toEqual(posts.map((post) => post.id).sort());
        const shownOriginals = cards.map(
          (card) => posts.find((post) => post.id === card.show)?.repost?.originalId ?? card.show,
        );
        expect(new Set(shownOriginals).size, file).toBe(cards.length);
      }
    },
  );
});

describe('collapsing hand-made cross-posts: one person, the same words on X, Threads and Bluesky', () => {
  const x = parseXGraphql(homeTimelineResponse([PLAIN_X_TWEET, CROSSPOST_X_TWEET]), context('HomeTimeline'));
  const threads = parseThreadsGraphql(
    own('threads/handmade-crosspost-feedData.json'),
    context('BarcelonaFeedPaginationDirectQuery'),
  );
  const bluesky = parseBlueskyXrpc(
    own('bluesky/handmade-crosspost-app.bsky.feed.getTimeline.json'),
    context('app.bsky.feed.getTimeline'),
  );
  const posts = [...x.posts, ...threads.posts, ...bluesky.posts];
  const NADIA_BSKY = 'bluesky:at://did:plc:nad1anad1anad1anad1anad1/app.bsky.feed.post/3mcrosspost01';
  const LENA_BSKY = 'bluesky:at://did:plc:1ena1ena1ena1ena1ena1ena/app.bsky.feed.post/3mcrosspost02';
  const NADIA_THREADS = 'threads:3900000000000000001';
  const NADIA_X = 'x:1929000000000000001';
  const TOMASZ_REPOST = 'bluesky:at://did:plc:t0masz0t0masz0t0masz0t0/app.bsky.feed.repost/3mcrossrepost1';

  it('the three copies and a Bluesky repost of one are one card; the same words by someone else stay apart', () => {
    // X: 2 tweets; Threads: 1 post; Bluesky: Nadia's post, Lena's, and Tomasz's repost of Nadia's.
    expect([x.posts.length, threads.posts.length, bluesky.posts.length]).toEqual([2, 1, 3]);
    expect([...x.skipped, ...threads.skipped, ...bluesky.skipped]).toEqual([]);
    expect(cardViews(inFeedOrder(posts).map(toCollapseRow))).toEqual([
      {
        key: NADIA_BSKY,
        show: NADIA_BSKY,
        copies: [
          { id: NADIA_BSKY, platform: 'bluesky', handle: 'nadiaokafor.bsky.social' },
          { id: NADIA_THREADS, platform: 'threads', handle: 'nadiaokafor' },
          { id: NADIA_X, platform: 'x', handle: 'nadiaokafor' },
        ],
        reposts: [
          {
            id: TOMASZ_REPOST,
            by: { handle: 'tomasz.bsky.social', name: 'Tomasz' },
            at: utc('2026-06-01T12:30:00Z'),
          },
        ],
        repostedBy: '↻ reposted by Tomasz',
        sortAt: utc('2026-06-01T12:30:00Z'),
      },
      {
        key: 'x:1929000000000000002',
        show: 'x:1929000000000000002',
        copies: [{ id: 'x:1929000000000000002', platform: 'x', handle: 'marcus_dev' }],
        reposts: [],
        sortAt: utc('2026-06-01T12:10:00Z'),
      },
      {
        key: LENA_BSKY,
        show: LENA_BSKY,
        copies: [{ id: LENA_BSKY, platform: 'bluesky', handle: 'lena.bsky.social' }],
        reposts: [],
        sortAt: utc('2026-06-01T12:05:00Z'),
      },
    ]);
    // Each copy keeps its own network's counts (the card's badges show them).
    const counts = (id: string) => {
      const { readAt: _readAt, ...numbers } = posts.find((post) => post.id === id)!.counts!;
      return numbers;
    };
    expect([counts(NADIA_BSKY).likes, counts(NADIA_THREADS).likes, counts(NADIA_X).likes]).toEqual([
      31, 48, 120,
    ]);
  });

  it('the user says Threads’ nadiaokafor is someone else: that copy is its own card again; hiding reposts keeps the rest', () => {
    const rows = inFeedOrder(posts).map(toCollapseRow);
    const unlinked = cardViews(rows, {
      links: [{ a: 'threads:nadiaokafor', b: 'bluesky:nadiaokafor.bsky.social', same: false, at: 1 }],
    });
    expect(unlinked.map((card) => card.copies.map((copy) => copy.id))).toEqual([
      [NADIA_BSKY, NADIA_X],
      ['x:1929000000000000002'],
      [LENA_BSKY],
      [NADIA_THREADS],
    ]);
    const noReposts = cardViews(rows, { hideReposts: true });
    expect(noReposts[0]).toMatchObject({ key: 'x:1929000000000000002' });
    expect(noReposts.find((card) => card.key === NADIA_BSKY)).toMatchObject({
      copies: [{ id: NADIA_BSKY }, { id: NADIA_THREADS }, { id: NADIA_X }],
      reposts: [],
      sortAt: utc('2026-06-01T12:02:30Z'),
    });
  });
});
