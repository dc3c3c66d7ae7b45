import { describe, expect, it } from 'vitest';
import { needsCaptures } from '../../helpers/captures';
import { captureFor, NOW, postIn } from './fixture';

// Whole normalized Posts, one per kind. Each expected object was checked field by field against
// the tweet object in the fixture (jq '.. | objects | select(.rest_id == "<id>" and has("legacy"))').

describe('X network parser: media, reposts and quotes', needsCaptures, () => {
  it('one photo at original size (?name=orig), sensitive', () => {
    const FILE = 'TweetResultByRestId-2025';
    expect(postIn(FILE, '1987002586499850533')).toEqual({
      id: 'x:1987002586499850533',
      platform: 'x',
      nativeId: '1987002586499850533',
      url: 'https://x.com/enbitonbi/status/1987002586499850533',
      author: {
        id: '1162196133877178368',
        handle: 'enbitonbi',
        name: '絵んび',
        avatarUrl: 'https://pbs.twimg.com/profile_images/1858141149644673024/WZcorvv7_normal.jpg',
        verified: false,
      },
      text: 'ドット絵で遊ぶなどしている',
      entities: [],
      lang: 'ja',
      createdAt: 1762573308000,
      sortAt: 1762573308000,
      media: [
        {
          kind: 'photo',
          url: 'https://pbs.twimg.com/media/G5NAUj7bIAIiXxQ.jpg?name=orig',
          previewUrl: 'https://pbs.twimg.com/media/G5NAUj7bIAIiXxQ.jpg',
          width: 320,
          height: 370,
        },
      ],
      counts: {
        replies: 3,
        reposts: 16,
        quotes: 0,
        likes: 124,
        views: 2305,
        bookmarks: 29,
        readAt: NOW,
      },
      edited: false,
      sensitive: true,
      capture: captureFor(FILE),
    });
  });

  // The original of the repost below, stored on its own row.
  it('four photos in display order', () => {
    const FILE = 'HomeLatestTimeline-2025-07';
    expect(postIn(FILE, '1903232549939449893')).toEqual({
      id: 'x:1903232549939449893',
      platform: 'x',
      nativeId: '1903232549939449893',
      url: 'https://x.com/Kyu_kei02/status/1903232549939449893',
      author: {
        id: '2172148645',
        handle: 'Kyu_kei02',
        name: '床の間Q◆C106(日)西1"む"02b',
        avatarUrl: 'https://pbs.twimg.com/profile_images/1914726786598146048/ob9dVsHZ_normal.jpg',
        verified: true,
      },
      text: 'これも使いきれてないスケブです。哀れ。ごめんね。使い切るか',
      entities: [],
      lang: 'ja',
      createdAt: 1742600974000,
      sortAt: 1742600974000,
      media: [
        {
          kind: 'photo',
          url: 'https://pbs.twimg.com/media/Gmmj5rMaEAMAnbG.jpg?name=orig',
          previewUrl: 'https://pbs.twimg.com/media/Gmmj5rMaEAMAnbG.jpg',
          width: 1536,
          height: 2048,
        },
        {
          kind: 'photo',
          url: 'https://pbs.twimg.com/media/Gmmj5q-aEAIP11R.jpg?name=orig',
          previewUrl: 'https://pbs.twimg.com/media/Gmmj5q-aEAIP11R.jpg',
          width: 1536,
          height: 2048,
        },
        {
          kind: 'photo',
          url: 'https://pbs.twimg.com/media/Gmmj5q8aAAAk_Yu.jpg?name=orig',
          previewUrl: 'https://pbs.twimg.com/media/Gmmj5q8aAAAk_Yu.jpg',
          width: 1536,
          height: 2048,
        },
        {
          kind: 'photo',
          url: 'https://pbs.twimg.com/media/Gmmj5q_aEAQP-fN.jpg?name=orig',
          previewUrl: 'https://pbs.twimg.com/media/Gmmj5q_aEAQP-fN.jpg',
          width: 1645,
          height: 2048,
        },
      ],
      counts: {
        replies: 2,
        reposts: 55,
        quotes: 1,
        likes: 185,
        views: 4516,
        bookmarks: 8,
        readAt: NOW,
      },
      edited: false,
      sensitive: false,
      capture: captureFor(FILE),
    });
  });

  it('repost: the original content under the retweet id, by/at the retweeter, sorted by repost time', () => {
    const FILE = 'HomeLatestTimeline-2025-07';
    expect(postIn(FILE, '1947284115474264551')).toEqual({
      id: 'x:1947284115474264551',
      platform: 'x',
      nativeId: '1947284115474264551',
      url: 'https://x.com/Kyu_kei02/status/1903232549939449893',
      author: {
        id: '2172148645',
        handle: 'Kyu_kei02',
        name: '床の間Q◆C106(日)西1"む"02b',
        avatarUrl: 'https://pbs.twimg.com/profile_images/1914726786598146048/ob9dVsHZ_normal.jpg',
        verified: true,
      },
      text: 'これも使いきれてないスケブです。哀れ。ごめんね。使い切るか',
      entities: [],
      lang: 'ja',
      createdAt: 1742600974000,
      sortAt: 1753103686000,
      media: [
        {
          kind: 'photo',
          url: 'https://pbs.twimg.com/media/Gmmj5rMaEAMAnbG.jpg?name=orig',
          previewUrl: 'https://pbs.twimg.com/media/Gmmj5rMaEAMAnbG.jpg',
          width: 1536,
          height: 2048,
        },
        {
          kind: 'photo',
          url: 'https://pbs.twimg.com/media/Gmmj5q-aEAIP11R.jpg?name=orig',
          previewUrl: 'https://pbs.twimg.com/media/Gmmj5q-aEAIP11R.jpg',
          width: 1536,
          height: 2048,
        },
        {
          kind: 'photo',
          url: 'https://pbs.twimg.com/media/Gmmj5q8aAAAk_Yu.jpg?name=orig',
          previewUrl: 'https://pbs.twimg.com/media/Gmmj5q8aAAAk_Yu.jpg',
          width: 1536,
          height: 2048,
        },
        {
          kind: 'photo',
          url: 'https://pbs.twimg.com/media/Gmmj5q_aEAQP-fN.jpg?name=orig',
          previewUrl: 'https://pbs.twimg.com/media/Gmmj5q_aEAQP-fN.jpg',
          width: 1645,
          height: 2048,
        },
      ],
      repost: {
        originalId: 'x:1903232549939449893',
        by: {
          id: '2172148645',
          handle: 'Kyu_kei02',
          name: '床の間Q◆C106(日)西1"む"02b',
        },
        at: 1753103686000,
      },
      counts: {
        replies: 2,
        reposts: 55,
        quotes: 1,
        likes: 185,
        views: 4516,
        bookmarks: 8,
        readAt: NOW,
      },
      edited: false,
      sensitive: false,
      capture: captureFor(FILE),
    });
  });

  it('video: highest-bitrate mp4, poster, duration', () => {
    const FILE = 'HomeLatestTimeline-2025-07';
    expect(postIn(FILE, '1947281992535490895')).toEqual({
      id: 'x:1947281992535490895',
      platform: 'x',
      nativeId: '1947281992535490895',
      url: 'https://x.com/yoidea/status/1947281992535490895',
      author: {
        id: '2296155374',
        handle: 'yoidea',
        name: 'ラムダ🥒ラムダ技術部',
        avatarUrl: 'https://pbs.twimg.com/profile_images/1704915548579201024/crMQBNol_normal.jpg',
        verified: true,
      },
      text: '投票用紙とボールペンの相性が話題だったので、水性油性、顔料染料と鉛筆で消えやすさを比較してみました',
      entities: [],
      lang: 'ja',
      createdAt: 1753103180000,
      sortAt: 1753103180000,
      media: [
        {
          kind: 'video',
          url: 'https://video.twimg.com/amplify_video/1947281895609573376/vid/avc1/1080x1920/RaV33kvST8AOw8cp.mp4?tag=21',
          previewUrl:
            'https://pbs.twimg.com/amplify_video_thumb/1947281895609573376/img/PK3D_RotdCDjq0I6.jpg',
          width: 1080,
          height: 1920,
          durationMs: 83400,
        },
      ],
      counts: {
        replies: 0,
        reposts: 124,
        quotes: 2,
        likes: 425,
        views: 24944,
        bookmarks: 24,
        readAt: NOW,
      },
      edited: false,
      sensitive: false,
      capture: captureFor(FILE),
    });
  });

  it('gif: the looping mp4', () => {
    const FILE = 'TweetDetail-2025-07-gif';
    expect(postIn(FILE, '1940726218699297260')).toEqual({
      id: 'x:1940726218699297260',
      platform: 'x',
      nativeId: '1940726218699297260',
      url: 'https://x.com/Temaki_3Hz/status/1940726218699297260',
      author: {
        id: '764456351351214080',
        handle: 'Temaki_3Hz',
        name: '手巻',
        avatarUrl: 'https://pbs.twimg.com/profile_images/1711020894750154753/Ucs7UjsH_normal.png',
        verified: false,
      },
      text: '俺が"本当に伸びる絵"ってのを教えてやるよ',
      entities: [],
      lang: 'ja',
      createdAt: 1751540162000,
      sortAt: 1751540162000,
      media: [
        {
          kind: 'gif',
          url: 'https://video.twimg.com/tweet_video/Gu7YLPQaMAAx3qY.mp4',
          previewUrl: 'https://pbs.twimg.com/tweet_video_thumb/Gu7YLPQaMAAx3qY.jpg',
          width: 640,
          height: 640,
        },
      ],
      counts: {
        replies: 20,
        reposts: 1040,
        quotes: 3,
        likes: 6507,
        views: 105924,
        bookmarks: 266,
        readAt: NOW,
      },
      edited: false,
      sensitive: false,
      capture: captureFor(FILE),
    });
  });

  it('quote: quotedPostId', () => {
    const FILE = 'HomeTimeline-2025-05';
    expect(postIn(FILE, '1925333910529220668')).toEqual({
      id: 'x:1925333910529220668',
      platform: 'x',
      nativeId: '1925333910529220668',
      url: 'https://x.com/rxliuli/status/1925333910529220668',
      author: {
        id: '888465715266809856',
        handle: 'rxliuli',
        name: '琉璃',
        avatarUrl: 'https://pbs.twimg.com/profile_images/896290684298174464/Yk3siS2C_normal.jpg',
        verified: false,
      },
      text: '人在青岛  +1',
      entities: [],
      lang: 'zh',
      createdAt: 1747870349000,
      sortAt: 1747870349000,
      media: [],
      quotedPostId: 'x:1925128976655319228',
      counts: {
        replies: 0,
        reposts: 0,
        quotes: 0,
        likes: 1,
        views: 227,
        bookmarks: 0,
        readAt: NOW,
      },
      edited: false,
      sensitive: false,
      capture: captureFor(FILE),
    });
  });

  it('the quoted post on its own row (itself quoting a post X sent only as quotedRefResult)', () => {
    const FILE = 'HomeTimeline-2025-05';
    expect(postIn(FILE, '1925128976655319228')).toEqual({
      id: 'x:1925128976655319228',
      platform: 'x',
      nativeId: '1925128976655319228',
      url: 'https://x.com/PandaTalk8/status/1925128976655319228',
      author: {
        id: '885086674828578816',
        handle: 'PandaTalk8',
        name: 'Mr Panda',
        avatarUrl: 'https://pbs.twimg.com/profile_images/1738715996737933312/QHUuRDK1_normal.jpg',
        verified: true,
      },
      text: '已经很久没有认真工作了， 一想到终于可以去享受工作的时候，就会很兴奋。 人是不能一直闲的，真的会闲出病了，有没有和我一样的失业青年，我们一起组队泡咖啡馆、泡图书馆。',
      entities: [],
      lang: 'zh',
      createdAt: 1747821489000,
      sortAt: 1747821489000,
      media: [],
      quotedPostId: 'x:1925127855656341748',
      counts: {
        replies: 7,
        reposts: 0,
        quotes: 1,
        likes: 22,
        views: 5888,
        bookmarks: 2,
        readAt: NOW,
      },
      edited: false,
      sensitive: false,
      capture: captureFor(FILE),
    });
  });
});
