import { describe, expect, it } from 'vitest';
import { parseXArticle } from '../../../../lib/platforms/x/dom/parse-article';
import { postSchema, type Post } from '../../../../lib/post';
import { needsCaptures } from '../../../helpers/captures';
import { CONTEXT, NOW, countReasons, domPost, loadDom } from './load-dom';

/**
 * Whole Posts for every single-article file, read off the markup by hand. The status-page and
 * timeline copies of @seigura's post were prettier-formatted by the repository that kept them,
 * so their text carries the formatter's newline + indentation where x.com has plain newlines:
 * the parser keeps text nodes verbatim (a live page has no such indentation).
 */
function parseFile(file: string) {
  const article = loadDom(file).querySelector('article[data-testid="tweet"]');
  if (!article) throw new Error(`no article in ${file}`);
  return parseXArticle(article, CONTEXT);
}

const EXPECTED: Record<string, { note: string; skipped: Record<string, number>; posts: Post[] }> = {
  'article-link-card-ANONYMIZED.html': {
    note: 'link card (large layout): URL stays t.co because the text does not link it; title and domain from the anchor aria-label',
    skipped: {},
    posts: [
      domPost({
        id: 'x:1981398750557065646',
        platform: 'x',
        nativeId: '1981398750557065646',
        url: 'https://x.com/TestUser123/status/1981398750557065646',
        author: {
          handle: 'TestUser123',
          name: 'Test User Account',
          avatarUrl: 'https://pbs.twimg.com/profile_images/placeholder/avatar_placeholder.jpg',
          verified: true,
        },
        text: "Democrat Shutdown Jeopardizes America's Skies",
        entities: [],
        lang: 'en',
        createdAt: Date.parse('2025-10-23T16:34:09.000Z'),
        sortAt: Date.parse('2025-10-23T16:34:09.000Z'),
        media: [],
        linkCard: {
          url: 'https://t.co/xYHSw5Tm00',
          title: "Democrat Shutdown Jeopardizes America's Skies",
          imageUrl: 'https://pbs.twimg.com/card_img/1981050662210150400/oKLIYfJv?format=jpg&name=medium',
          domain: 'whitehouse.gov',
        },
        counts: {
          replies: 48,
          reposts: 152,
          likes: 553,
          views: 30142,
          bookmarks: 9,
          readAt: NOW,
        },
        edited: false,
        sensitive: false,
      }),
    ],
  },
  'article-quote-with-image-ANONYMIZED.html': {
    note: 'quote whose id is read from the quoted photo link (/status/<id>/photo/1): the quoted post is its own row',
    skipped: {},
    posts: [
      domPost({
        id: 'x:1983129251856470493',
        platform: 'x',
        nativeId: '1983129251856470493',
        url: 'https://x.com/OriginalAuthor/status/1983129251856470493',
        author: {
          handle: 'OriginalAuthor',
          name: 'Original Author',
          avatarUrl: 'https://pbs.twimg.com/profile_images/placeholder/original_avatar.jpg',
          verified: true,
        },
        text: 'This is the original quoted tweet content that provides important context and information for the conversation',
        entities: [],
        lang: 'en',
        createdAt: Date.parse('2025-10-28T11:10:33.000Z'),
        sortAt: Date.parse('2025-10-28T11:10:33.000Z'),
        media: [
          {
            kind: 'photo',
            url: 'https://pbs.twimg.com/media/placeholder_image.jpg?name=orig',
          },
        ],
        edited: false,
        sensitive: false,
      }),
      domPost({
        id: 'x:1983130065320780162',
        platform: 'x',
        nativeId: '1983130065320780162',
        url: 'https://x.com/TestQuoter/status/1983130065320780162',
        author: {
          handle: 'TestQuoter',
          name: 'Test Quoter',
          avatarUrl: 'https://pbs.twimg.com/profile_images/placeholder/quoter_avatar.jpg',
          verified: true,
        },
        text: 'This is a quote tweet with additional commentary',
        entities: [],
        lang: 'en',
        createdAt: Date.parse('2025-10-28T11:13:47.000Z'),
        sortAt: Date.parse('2025-10-28T11:13:47.000Z'),
        media: [],
        quotedPostId: 'x:1983129251856470493',
        counts: {
          replies: 2534,
          reposts: 4483,
          likes: 25616,
          views: 2596467,
          bookmarks: 797,
          readAt: NOW,
        },
        edited: false,
        sensitive: false,
      }),
    ],
  },
  'article-quote-with-video-ANONYMIZED.html': {
    note: 'quote without any status link: only the outer post, the quote counted as quote-no-permalink; the anonymiser left the quote div unclosed, so the action bar sits inside it',
    skipped: { 'quote-no-permalink': 1 },
    posts: [
      domPost({
        id: 'x:1983128852952998358',
        platform: 'x',
        nativeId: '1983128852952998358',
        url: 'https://x.com/QuotingUser/status/1983128852952998358',
        author: {
          handle: 'QuotingUser',
          name: 'Quoting User',
          avatarUrl: 'https://pbs.twimg.com/profile_images/placeholder/quoting_user_avatar.jpg',
          verified: true,
        },
        text: 'How to share Example.com links',
        entities: [
          {
            kind: 'link',
            start: 13,
            end: 24,
            url: 'https://t.co/placeholder',
          },
        ],
        lang: 'en',
        createdAt: Date.parse('2025-10-28T11:08:57.000Z'),
        sortAt: Date.parse('2025-10-28T11:08:57.000Z'),
        media: [],
        counts: {
          replies: 972,
          reposts: 2370,
          likes: 11313,
          views: 2195266,
          bookmarks: 732,
          readAt: NOW,
        },
        edited: false,
        sensitive: false,
      }),
    ],
  },
  'article-status-page-edited-post.html': {
    note: 'focal post of an edited status page: time inside the /history link, "Last edited" → edited; the copy has no images loaded (no photos, no avatar)',
    skipped: {},
    posts: [
      domPost({
        id: 'x:1842037500065546723',
        platform: 'x',
        nativeId: '1842037500065546723',
        url: 'https://x.com/seigura/status/1842037500065546723',
        author: {
          handle: 'seigura',
          name: '声優グランプリ＠30周年',
          verified: true,
        },
        text: '／ 幸村恵理1st写真集 発売決定🌿\n                ＼ 幸村恵理さん初の写真集が\n                お誕生日の12月6日（金）に発売決定🎉\n                先行カットが解禁されました📸\n                沖縄でたくさんの自然と撮影してきました🌻\n                本日より各書店で予約もスタート！ 発売をお楽しみに☺\n                詳細はコチラ👇\n              https://seigura.com/news/142041/\n              #幸村恵理\n              #えりち写真集',
        entities: [
          {
            kind: 'link',
            start: 240,
            end: 272,
            url: 'https://seigura.com/news/142041/',
          },
          {
            kind: 'hashtag',
            start: 287,
            end: 292,
            tag: '幸村恵理',
          },
          {
            kind: 'hashtag',
            start: 307,
            end: 314,
            tag: 'えりち写真集',
          },
        ],
        lang: 'ja',
        createdAt: Date.parse('2024-10-04T03:02:18.000Z'),
        sortAt: Date.parse('2024-10-04T03:02:18.000Z'),
        media: [],
        counts: {
          replies: 5,
          reposts: 1507,
          likes: 3190,
          views: 376832,
          bookmarks: 427,
          readAt: NOW,
        },
        edited: true,
        sensitive: false,
      }),
    ],
  },
  'article-status-page-video.html': {
    note: 'gif: the <video> src is the real mp4 (tweet_video), poster tweet_video_thumb',
    skipped: {},
    posts: [
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
        media: [
          {
            kind: 'gif',
            url: 'https://video.twimg.com/tweet_video/GbS7YUabsAAfjEP.mp4',
            previewUrl: 'https://pbs.twimg.com/tweet_video_thumb/GbS7YUabsAAfjEP.jpg',
          },
        ],
        counts: {
          replies: 15,
          reposts: 1003,
          likes: 8784,
          views: 89532,
          bookmarks: 730,
          readAt: NOW,
        },
        edited: false,
        sensitive: false,
      }),
    ],
  },
  'article-timeline-edited-post-4photos-HAS-EXTENSION-INJECTION.html': {
    note: 'four photos upgraded to name=orig; truncated long post ("Show more"), t.co link expanded from its split text; MediaHarvest markup ignored',
    skipped: {},
    posts: [
      domPost({
        id: 'x:1842037500065546723',
        platform: 'x',
        nativeId: '1842037500065546723',
        url: 'https://x.com/seigura/status/1842037500065546723',
        author: {
          handle: 'seigura',
          name: '声優グランプリ＠30周年',
          avatarUrl: 'https://pbs.twimg.com/profile_images/1006424390072877061/10gftBES_normal.jpg',
          verified: true,
        },
        text: '／ 幸村恵理1st写真集 発売決定🌿\n                ＼ 幸村恵理さん初の写真集が\n                お誕生日の12月6日（金）に発売決定🎉\n                先行カットが解禁されました📸\n                沖縄でたくさんの自然と撮影してきました🌻\n                本日より各書店で予約もスタート！ 発売をお楽しみに☺\n                詳細はコチラ👇\n              https://seigura.com/news/142041/\n              #幸村恵理',
        entities: [
          {
            kind: 'link',
            start: 240,
            end: 272,
            url: 'https://seigura.com/news/142041/',
          },
          {
            kind: 'hashtag',
            start: 287,
            end: 292,
            tag: '幸村恵理',
          },
        ],
        lang: 'ja',
        createdAt: Date.parse('2024-10-04T03:02:18.000Z'),
        sortAt: Date.parse('2024-10-04T03:02:18.000Z'),
        media: [
          {
            kind: 'photo',
            url: 'https://pbs.twimg.com/media/GZA6uwubAAA0-Wm.jpg?name=orig',
          },
          {
            kind: 'photo',
            url: 'https://pbs.twimg.com/media/GZA6wCObMAA-UKI.jpg?name=orig',
          },
          {
            kind: 'photo',
            url: 'https://pbs.twimg.com/media/GZA6wRnbAAEEbRY.jpg?name=orig',
          },
          {
            kind: 'photo',
            url: 'https://pbs.twimg.com/media/GZA6weGbAAA9r9-.jpg?name=orig',
          },
        ],
        counts: {
          replies: 5,
          reposts: 1499,
          likes: 3170,
          views: 376841,
          bookmarks: 427,
          readAt: NOW,
        },
        edited: false,
        sensitive: false,
      }),
    ],
  },
  'article-timeline-video-repost.html': {
    note: 'repost: the original as x:<id> and the repost row x:<id>-rp-<reposter> with repost.by from socialContext',
    skipped: {},
    posts: [
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
        media: [
          {
            kind: 'gif',
            url: 'https://video.twimg.com/tweet_video/GbS7YUabsAAfjEP.mp4',
            previewUrl: 'https://pbs.twimg.com/tweet_video_thumb/GbS7YUabsAAfjEP.jpg',
          },
        ],
        counts: {
          replies: 15,
          reposts: 1003,
          likes: 8784,
          views: 89532,
          bookmarks: 730,
          readAt: NOW,
        },
        edited: false,
        sensitive: false,
      }),
      domPost({
        id: 'x:1852311426666537322-rp-birdman46049238',
        platform: 'x',
        nativeId: '1852311426666537322-rp-birdman46049238',
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
        media: [
          {
            kind: 'gif',
            url: 'https://video.twimg.com/tweet_video/GbS7YUabsAAfjEP.mp4',
            previewUrl: 'https://pbs.twimg.com/tweet_video_thumb/GbS7YUabsAAfjEP.jpg',
          },
        ],
        repost: {
          originalId: 'x:1852311426666537322',
          by: {
            handle: 'birdman46049238',
            name: 'birdman🦊',
          },
        },
        counts: {
          replies: 15,
          reposts: 1003,
          likes: 8784,
          views: 89532,
          bookmarks: 730,
          readAt: NOW,
        },
        edited: false,
        sensitive: false,
      }),
    ],
  },
};

describe('parseXArticle on the single-article files', needsCaptures, () => {
  for (const [file, { note, skipped, posts }] of Object.entries(EXPECTED)) {
    it(`${file}: ${note}`, () => {
      const result = parseFile(file);
      expect(countReasons(result.skipped)).toEqual(skipped);
      expect(result.posts).toEqual(posts);
      for (const post of result.posts) expect(postSchema.safeParse(post).success).toBe(true);
    });
  }

  it('stamps counts with the capture time', () => {
    const [post] = parseFile('article-link-card-ANONYMIZED.html').posts;
    expect(post?.counts?.readAt).toBe(NOW);
  });
});
