import { describe, expect, it } from 'vitest';
import { parseXArticles } from '../../../../lib/platforms/x/dom/parse-page';
import { postSchema, type Post } from '../../../../lib/post';
import { needsCaptures, listCaptures } from '../../../helpers/captures';
import { CONTEXT, NOW, countReasons, domPost, loadDom } from './load-dom';

/**
 * Posts and skips per kept file, counted by reading each file:
 * - page-home: 20 articles + 8 "<name> reposted" rows + 9 quotes, of which 6 carry a status link
 *   ("Show more" or a photo link) and 3 do not (quote-no-permalink); @kevinafischer's post is both
 *   article 2 and the quote in article 6 (one row, the article's reading) → 20 + 8 + 6 − 1 = 33.
 * - page-status: the focal post and its quote (id from the quoted photo link) → 2.
 * - photo-modal-7: 6 articles, no reposts or readable quotes → 6.
 * - photo-modal-15: 14 articles, one an ad without a time ("Ad") → 13 + promoted.
 */
const COUNTS: Record<string, { posts: number; skipped: Record<string, number> }> = {
  'article-link-card-ANONYMIZED.html': { posts: 1, skipped: {} },
  'article-quote-with-image-ANONYMIZED.html': { posts: 2, skipped: {} },
  'article-quote-with-video-ANONYMIZED.html': { posts: 1, skipped: { 'quote-no-permalink': 1 } },
  'article-status-page-edited-post.html': { posts: 1, skipped: {} },
  'article-status-page-video.html': { posts: 1, skipped: {} },
  'article-timeline-edited-post-4photos-HAS-EXTENSION-INJECTION.html': { posts: 1, skipped: {} },
  'article-timeline-video-repost.html': { posts: 2, skipped: {} },
  'page-home-timeline-20-articles-CPFT-MUTATED.html': { posts: 33, skipped: { 'quote-no-permalink': 3 } },
  'page-status-1-article-CPFT-MUTATED.html': { posts: 2, skipped: {} },
  'photo-modal-7-articles-edited-post.html': { posts: 6, skipped: {} },
  'photo-modal-with-15-tweets.html': { posts: 13, skipped: { promoted: 1 } },
};

/** At least one whole post from each page file. */
const SAMPLES: Record<string, Post[]> = {
  'page-home-timeline-20-articles-CPFT-MUTATED.html': [
    domPost({
      id: 'x:1991600514811973815',
      platform: 'x',
      nativeId: '1991600514811973815',
      url: 'https://x.com/enzo_gte/status/1991600514811973815',
      author: {
        handle: 'enzo_gte',
        name: 'enzo',
        avatarUrl: 'https://pbs.twimg.com/profile_images/1991573446875058176/y3pmE469_normal.jpg',
        verified: true,
      },
      text: 'This is @GTE_XYZ V2:\n\nA hyper-optimized exchange and blockchain designed specifically for high throughput, low latency trading.\n\nOn GTE v2, you can open up a 24/7 5x GOOG position on the same margin account as a 5x BTC position.\n\nBehind the scenes we are routing your orders  x.com/enzo_gte/statu…',
      entities: [],
      lang: 'en',
      createdAt: Date.parse('2025-11-20T20:12:19.000Z'),
      sortAt: Date.parse('2025-11-20T20:12:19.000Z'),
      media: [
        {
          kind: 'video',
          url: 'https://x.com/enzo_gte/status/1991600514811973815/video/1',
          previewUrl:
            'https://pbs.twimg.com/amplify_video_thumb/1991598338131505152/img/ehv_GHKdrIDAtYIN.jpg',
          durationMs: 26000,
        },
      ],
      edited: false,
      sensitive: false,
    }),
    domPost({
      id: 'x:1991602883645829145',
      platform: 'x',
      nativeId: '1991602883645829145',
      url: 'https://x.com/will__price/status/1991602883645829145',
      author: {
        handle: 'will__price',
        name: 'Will Price',
        avatarUrl: 'https://pbs.twimg.com/profile_images/1569563984264679424/m8u-7erv_x96.jpg',
        verified: true,
      },
      text: 'hearooors undefeated, GTE chain confirmed',
      entities: [],
      lang: 'en',
      createdAt: Date.parse('2025-11-20T20:21:44.000Z'),
      sortAt: Date.parse('2025-11-20T20:21:44.000Z'),
      media: [],
      quotedPostId: 'x:1991600514811973815',
      counts: {
        replies: 3,
        reposts: 1,
        likes: 22,
        views: 1178,
        bookmarks: 1,
        readAt: NOW,
      },
      edited: false,
      sensitive: false,
    }),
    domPost({
      id: 'x:1991602883645829145-rp-paikcapital',
      platform: 'x',
      nativeId: '1991602883645829145-rp-paikcapital',
      url: 'https://x.com/will__price/status/1991602883645829145',
      author: {
        handle: 'will__price',
        name: 'Will Price',
        avatarUrl: 'https://pbs.twimg.com/profile_images/1569563984264679424/m8u-7erv_x96.jpg',
        verified: true,
      },
      text: 'hearooors undefeated, GTE chain confirmed',
      entities: [],
      lang: 'en',
      createdAt: Date.parse('2025-11-20T20:21:44.000Z'),
      sortAt: Date.parse('2025-11-20T20:21:44.000Z'),
      media: [],
      quotedPostId: 'x:1991600514811973815',
      repost: {
        originalId: 'x:1991602883645829145',
        by: {
          handle: 'PaikCapital',
          name: 'hdf',
        },
      },
      counts: {
        replies: 3,
        reposts: 1,
        likes: 22,
        views: 1178,
        bookmarks: 1,
        readAt: NOW,
      },
      edited: false,
      sensitive: false,
    }),
    domPost({
      id: 'x:1991606928280318423',
      platform: 'x',
      nativeId: '1991606928280318423',
      url: 'https://x.com/cryptolyxe/status/1991606928280318423',
      author: {
        handle: 'cryptolyxe',
        name: 'lyxe',
        avatarUrl: 'https://pbs.twimg.com/profile_images/1968761157960794112/dkCklM1b_x96.jpg',
        verified: true,
      },
      text: '',
      entities: [],
      createdAt: Date.parse('2025-11-20T20:37:48.000Z'),
      sortAt: Date.parse('2025-11-20T20:37:48.000Z'),
      media: [
        {
          kind: 'gif',
          url: 'https://x.com/cryptolyxe/status/1991606928280318423/video/1',
          previewUrl: 'https://pbs.twimg.com/tweet_video_thumb/G6Ob8LuacAIy-jj.jpg',
        },
      ],
      quotedPostId: 'x:1991605768551034887',
      counts: {
        replies: 12,
        reposts: 2,
        likes: 30,
        views: 3117,
        readAt: NOW,
      },
      edited: false,
      sensitive: false,
    }),
    domPost({
      id: 'x:1991606465300426936',
      platform: 'x',
      nativeId: '1991606465300426936',
      url: 'https://x.com/ericjang11/status/1991606465300426936',
      author: {
        handle: 'ericjang11',
        name: 'Eric Jang',
        avatarUrl: 'https://pbs.twimg.com/profile_images/1494315926455394308/La_saDZ8_x96.jpg',
        verified: true,
      },
      text: "big congrats to @tonyzzhao and @chichengcc , this is a big validation point that home robots like Memo and NEO are going to work and be useful for chores around the home. Really impressed by the team's execution here.",
      entities: [
        {
          kind: 'mention',
          start: 16,
          end: 26,
          handle: 'tonyzzhao',
        },
        {
          kind: 'mention',
          start: 31,
          end: 42,
          handle: 'chichengcc',
        },
      ],
      lang: 'en',
      createdAt: Date.parse('2025-11-20T20:35:58.000Z'),
      sortAt: Date.parse('2025-11-20T20:35:58.000Z'),
      media: [],
      counts: {
        replies: 1,
        reposts: 3,
        likes: 11,
        views: 1134,
        bookmarks: 1,
        readAt: NOW,
      },
      edited: false,
      sensitive: false,
    }),
  ],
  'page-status-1-article-CPFT-MUTATED.html': [
    domPost({
      id: 'x:1991546816685568387',
      platform: 'x',
      nativeId: '1991546816685568387',
      url: 'https://x.com/randall_balestr/status/1991546816685568387',
      author: {
        handle: 'randall_balestr',
        name: 'Randall Balestriero',
        avatarUrl: 'https://pbs.twimg.com/profile_images/1327365059685871619/4VtwVXV2_normal.jpg',
        verified: true,
      },
      text: 'Minimal example (ViT, inet10) now available with comments and details at https://github.com/rbalestr-lab/lejepa/blob/main/MINIMAL.md\n- ~150 lines *total*\n- 91% top1 (simple linear probe) in a couple hours (1gpu)\n- no teacher-student/stop-gradient/SWA/... \n- losses that are as smooth as you can hope for:',
      entities: [
        {
          kind: 'link',
          start: 73,
          end: 132,
          url: 'https://github.com/rbalestr-lab/lejepa/blob/main/MINIMAL.md',
        },
      ],
      lang: 'en',
      createdAt: Date.parse('2025-11-20T16:38:56.000Z'),
      sortAt: Date.parse('2025-11-20T16:38:56.000Z'),
      media: [
        {
          kind: 'photo',
          url: 'https://pbs.twimg.com/media/G6NkzDEWsAAr6VB.jpg?name=orig',
        },
      ],
      edited: false,
      sensitive: false,
    }),
    domPost({
      id: 'x:1991612272289161300',
      platform: 'x',
      nativeId: '1991612272289161300',
      url: 'https://x.com/badlogicgames/status/1991612272289161300',
      author: {
        handle: 'badlogicgames',
        name: 'Mario Zechner',
        avatarUrl: 'https://pbs.twimg.com/profile_images/1553485821767991296/87k3l720_x96.jpg',
        verified: true,
      },
      text: 'Wow.',
      entities: [],
      lang: 'und',
      createdAt: Date.parse('2025-11-20T20:59:02.000Z'),
      sortAt: Date.parse('2025-11-20T20:59:02.000Z'),
      media: [
        {
          kind: 'photo',
          url: 'https://pbs.twimg.com/media/G6OgxVZXYAEKK4N.png?name=orig',
        },
      ],
      quotedPostId: 'x:1991546816685568387',
      counts: {
        replies: 1,
        reposts: 0,
        likes: 4,
        views: 809,
        bookmarks: 2,
        readAt: NOW,
      },
      edited: false,
      sensitive: false,
    }),
  ],
  'photo-modal-7-articles-edited-post.html': [
    domPost({
      id: 'x:1847192179980357715',
      platform: 'x',
      nativeId: '1847192179980357715',
      url: 'https://x.com/seigura/status/1847192179980357715',
      author: {
        handle: 'seigura',
        name: '声優グランプリ＠30周年',
        avatarUrl: 'https://pbs.twimg.com/profile_images/1006424390072877061/10gftBES_normal.jpg',
        verified: true,
      },
      text: '幸村恵理1st写真集🌿\n                                早期予約キャンペーン中‼\n                                ＜インフォスクエア＞\n                                10月20日（日）までにご予約いただいた方の中から抽選で300名様に宛名＆サイン入り写真集をお届け📚\n                                対象商品👇\n                              https://infosquare.shop/?mode=grp&gid=3020589\n                              #幸村恵理\n                              #えりち写真集',
      entities: [
        {
          kind: 'link',
          start: 254,
          end: 299,
          url: 'https://infosquare.shop/?mode=grp&gid=3020589',
        },
        {
          kind: 'hashtag',
          start: 330,
          end: 335,
          tag: '幸村恵理',
        },
        {
          kind: 'hashtag',
          start: 366,
          end: 373,
          tag: 'えりち写真集',
        },
      ],
      lang: 'ja',
      createdAt: Date.parse('2024-10-18T08:25:09.000Z'),
      sortAt: Date.parse('2024-10-18T08:25:09.000Z'),
      media: [],
      linkCard: {
        url: 'https://infosquare.shop/?mode=grp&gid=3020589',
        title: '『幸村恵理1st写真集 果報 -kafuu-』 - infosquare（インフォスクエア）',
        domain: 'infosquare.shop',
      },
      counts: {
        replies: 1,
        reposts: 6,
        likes: 16,
        views: 5304,
        bookmarks: 2,
        readAt: NOW,
      },
      edited: false,
      sensitive: false,
    }),
  ],
  'photo-modal-with-15-tweets.html': [
    domPost({
      id: 'x:1852311426666537322',
      platform: 'x',
      nativeId: '1852311426666537322',
      url: 'https://x.com/birdman46049238/status/1852311426666537322',
      author: {
        handle: 'birdman46049238',
        name: 'birdman🦊',
        avatarUrl: 'https://pbs.twimg.com/profile_images/1642141882447986693/SdCLuLpz_normal.jpg',
        verified: false,
      },
      text: '🦊🦊',
      entities: [],
      lang: 'qme',
      createdAt: Date.parse('2024-11-01T11:27:13.000Z'),
      sortAt: Date.parse('2024-11-01T11:27:13.000Z'),
      media: [],
      counts: {
        replies: 15,
        reposts: 1003,
        likes: 8783,
        views: 89562,
        bookmarks: 729,
        readAt: NOW,
      },
      edited: false,
      sensitive: false,
    }),
    domPost({
      id: 'x:1852326641055178999',
      platform: 'x',
      nativeId: '1852326641055178999',
      url: 'https://x.com/RavioliSmudge/status/1852326641055178999',
      author: {
        handle: 'RavioliSmudge',
        name: 'RavioliSmudge🎗️🧸🛠️🪽',
        avatarUrl: 'https://pbs.twimg.com/profile_images/1754017886702587904/gb_Zi0kG_normal.jpg',
        verified: false,
      },
      text: "That's so cute 🥺",
      entities: [],
      lang: 'en',
      createdAt: Date.parse('2024-11-01T12:27:40.000Z'),
      sortAt: Date.parse('2024-11-01T12:27:40.000Z'),
      media: [],
      counts: {
        replies: 0,
        reposts: 0,
        likes: 2,
        views: 276,
        readAt: NOW,
      },
      edited: false,
      sensitive: false,
    }),
  ],
};

describe('parseXArticles on every kept file', needsCaptures, () => {
  it('has counts for every file', () => {
    expect(Object.keys(COUNTS).sort()).toEqual(listCaptures('x-dom'));
  });

  for (const [file, expected] of Object.entries(COUNTS)) {
    it(`${file}: ${expected.posts} posts, skips ${JSON.stringify(expected.skipped)}`, () => {
      const result = parseXArticles(loadDom(file), CONTEXT);
      expect(result.posts).toHaveLength(expected.posts);
      expect(countReasons(result.skipped)).toEqual(expected.skipped);
      for (const post of result.posts) expect(postSchema.safeParse(post).success).toBe(true);
      for (const sample of SAMPLES[file] ?? []) {
        expect(result.posts.find((post) => post.id === sample.id)).toEqual(sample);
      }
    });
  }

  it('parses an article passed as the root itself', () => {
    const article = loadDom('article-link-card-ANONYMIZED.html').querySelector('article');
    expect(article).not.toBeNull();
    expect(parseXArticles(article!, CONTEXT).posts.map((post) => post.id)).toEqual(['x:1981398750557065646']);
  });

  it('keeps the article reading of a post that is also quoted elsewhere on the page', () => {
    const posts = parseXArticles(loadDom('page-home-timeline-20-articles-CPFT-MUTATED.html'), CONTEXT).posts;
    const kevin = posts.find((post) => post.id === 'x:1769469976489099654');
    expect(kevin?.counts).toEqual({
      replies: 10,
      reposts: 8,
      likes: 69,
      views: 10891,
      bookmarks: 21,
      readAt: NOW,
    });
  });
});
