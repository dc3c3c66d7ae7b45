import { describe, expect, it } from 'vitest';
import { parseThreadsGraphql } from '../../../lib/platforms/threads/parse-graphql';
import { needsCaptures } from '../../helpers/captures';
import { NOW, at, context, feedJson, rawPosts, readOwnJson } from './fixtures';

const capture = (timeline = 'test') => ({ source: 'network', timeline, firstSeenAt: NOW, lastSeenAt: NOW });

describe('parseThreadsGraphql on the real feed response', needsCaptures, () => {
  it('reads all 7 posts of the 7 feed edges (one thread item each), in order, with no skips', () => {
    const json = feedJson();
    const expectedCodes = rawPosts(json).map((post) => post.code);
    expect(expectedCodes).toHaveLength(7);
    const result = parseThreadsGraphql(json, context('BarcelonaFeedPaginationDirectQuery'));
    expect(result.skipped).toEqual([]);
    expect(result.roots).toEqual({ feedData: 7 });
    expect(result.posts.map((post) => post.url.split('/').pop())).toEqual(expectedCodes);
  });

  it('a text post in a topic: whole object', () => {
    const json = feedJson();
    const raw = rawPosts(json)[0]!;
    const post = parseThreadsGraphql(json, context('feed')).posts[0];
    expect(post).toEqual({
      id: 'threads:3912361651450546608',
      platform: 'threads',
      nativeId: '3912361651450546608',
      url: 'https://www.threads.com/@lovebunnymother/post/DZLgDGDkgmw',
      author: {
        id: '63239347656',
        handle: 'lovebunnymother',
        name: 'Em',
        avatarUrl: at(raw, 'user', 'profile_pic_url'),
        verified: false,
      },
      text: "Men can be so nice and loving and the next day you don't exist to them. No wonder women are done dating.",
      entities: [],
      createdAt: 1780609874000,
      sortAt: 1780609874000,
      media: [],
      counts: { replies: 1, reposts: 0, quotes: 0, likes: 8, readAt: NOW },
      edited: false,
      sensitive: false,
      topic: 'Dating Threads',
      capture: capture('feed'),
    });
  });

  it('a verified author with shares (reshare_count): whole object', () => {
    const json = feedJson();
    const raw = rawPosts(json)[4]!;
    const post = parseThreadsGraphql(json, context('feed')).posts[4];
    expect(post).toEqual({
      id: 'threads:3912319478545912289',
      platform: 'threads',
      nativeId: '3912319478545912289',
      url: 'https://www.threads.com/@late.july/post/DZLWdZekhHh',
      author: {
        id: at(raw, 'user', 'pk'),
        handle: 'late.july',
        name: at(raw, 'user', 'full_name'),
        avatarUrl: at(raw, 'user', 'profile_pic_url'),
        verified: true,
      },
      text: 'Hunter Biden was a toddler when he survived a fatal car accident that claimed the lives of his mother and baby sister. And then everything that happened afterward… his origin story is remarkable.',
      entities: [],
      createdAt: 1780604847000,
      sortAt: 1780604847000,
      media: [],
      counts: { replies: 264, reposts: 205, quotes: 9, shares: 6, likes: 13637, readAt: NOW },
      edited: false,
      sensitive: false,
      capture: capture('feed'),
    });
  });
});

const ana = {
  id: '71000000001',
  handle: 'ana.codes',
  name: 'Ana Codes',
  avatarUrl: 'https://scontent.cdninstagram.com/v/t51.2885-19/71000000001_n.jpg',
  verified: true,
};
const ben = {
  id: '71000000002',
  handle: 'ben_writes',
  name: 'Ben',
  avatarUrl: 'https://scontent.cdninstagram.com/v/t51.2885-19/71000000002_n.jpg',
  verified: false,
};
const cat = {
  id: '71000000003',
  handle: 'cat.photos',
  name: 'Cat',
  avatarUrl: 'https://scontent.cdninstagram.com/v/t51.2885-19/71000000003_n.jpg',
  verified: false,
};
const zeroCounts = { replies: 0, reposts: 0, quotes: 0 };

describe('parseThreadsGraphql on the hand-made roots and kinds', () => {
  it('repost: the original as its own row and a repost row saying who reposted and when; fragments as entities', () => {
    const result = parseThreadsGraphql(readOwnJson('handmade-feedData-repost.json'), context());
    expect(result.skipped).toEqual([]);
    expect(result.roots).toEqual({ feedData: 1 });
    const original = {
      id: 'threads:3800000000000000001',
      platform: 'threads',
      nativeId: '3800000000000000001',
      url: 'https://www.threads.com/@ana.codes/post/DS8T93ifAAB',
      author: ana,
      text: 'Shipping it today with @ben_writes — notes at example.com/notes WebDev',
      entities: [
        { kind: 'mention', start: 23, end: 34, handle: 'ben_writes', userId: '71000000002' },
        { kind: 'link', start: 46, end: 63, url: 'https://example.com/notes?a=1' },
        { kind: 'hashtag', start: 64, end: 70, tag: 'WebDev' },
      ],
      createdAt: 1780000000000,
      sortAt: 1780000000000,
      media: [],
      counts: { replies: 3, reposts: 5, quotes: 1, likes: 42, shares: 2, readAt: NOW },
      edited: false,
      sensitive: false,
      topic: 'WebDev',
      capture: capture(),
    };
    expect(result.posts).toEqual([
      original,
      {
        ...original,
        id: 'threads:3800000000000000099',
        nativeId: '3800000000000000099',
        sortAt: 1780003600000,
        repost: {
          originalId: 'threads:3800000000000000001',
          by: { id: '71000000003', handle: 'cat.photos', name: 'Cat' },
          at: 1780003600000,
        },
      },
    ]);
    const text = result.posts[0]!.text;
    expect(text.slice(23, 34)).toBe('@ben_writes');
    expect(text.slice(46, 63)).toBe('example.com/notes');
  });

  it('poll, and a GIF reply chained to the post above it in the same thread', () => {
    const result = parseThreadsGraphql(readOwnJson('handmade-feedData-poll-gif.json'), context());
    expect(result.skipped).toEqual([]);
    expect(result.posts).toEqual([
      {
        id: 'threads:3800000000000000002',
        platform: 'threads',
        nativeId: '3800000000000000002',
        url: 'https://www.threads.com/@ben_writes/post/DS8T93ifAAC',
        author: ben,
        text: 'Tabs or spaces?',
        entities: [],
        createdAt: 1780010000000,
        sortAt: 1780010000000,
        media: [],
        poll: {
          choices: [
            { label: 'Tabs', votes: 10 },
            { label: 'Spaces', votes: 8 },
            { label: 'Both', votes: 2 },
          ],
          endsAt: Date.UTC(2026, 5, 2),
          closed: true,
        },
        counts: { replies: 1, reposts: 0, quotes: 0, likes: 7, readAt: NOW },
        edited: false,
        sensitive: false,
        capture: capture(),
      },
      {
        id: 'threads:3800000000000000003',
        platform: 'threads',
        nativeId: '3800000000000000003',
        url: 'https://www.threads.com/@cat.photos/post/DS8T93ifAAD',
        author: cat,
        text: '',
        entities: [],
        createdAt: 1780010600000,
        sortAt: 1780010600000,
        media: [
          { kind: 'gif', url: 'https://media.tenor.co/abcAAAAd/cat-typing.gif', width: 266, height: 200 },
        ],
        reply: { toPostId: 'threads:3800000000000000002', toHandle: 'ben_writes' },
        counts: { ...zeroCounts, likes: 1, readAt: NOW },
        edited: false,
        sensitive: false,
        capture: capture(),
      },
    ]);
  });

  it('profile (mediaData edges): a video with poster and duration, and an edited post', () => {
    const result = parseThreadsGraphql(readOwnJson('handmade-mediaData-profile.json'), context());
    expect(result.roots).toEqual({ mediaData: 2 });
    expect(result.posts).toEqual([
      {
        id: 'threads:3800000000000000004',
        platform: 'threads',
        nativeId: '3800000000000000004',
        url: 'https://www.threads.com/@cat.photos/post/DS8T93ifAAE',
        author: cat,
        text: 'Morning light',
        entities: [],
        createdAt: 1780020000000,
        sortAt: 1780020000000,
        media: [
          {
            kind: 'video',
            url: 'https://scontent.cdninstagram.com/o1/v/t16/cat-video-hd.mp4',
            previewUrl: 'https://scontent.cdninstagram.com/v/t51.2885-15/cat-poster-720.jpg',
            width: 720,
            height: 1280,
            durationMs: 12345,
          },
        ],
        counts: { ...zeroCounts, likes: 9, readAt: NOW },
        edited: false,
        sensitive: false,
        capture: capture(),
      },
      {
        id: 'threads:3800000000000000005',
        platform: 'threads',
        nativeId: '3800000000000000005',
        url: 'https://www.threads.com/@cat.photos/post/DS8T93ifAAF',
        author: cat,
        text: 'Fixed the typo',
        entities: [],
        createdAt: 1780020500000,
        sortAt: 1780020500000,
        media: [],
        counts: { ...zeroCounts, likes: 2, readAt: NOW },
        edited: true,
        sensitive: false,
        capture: capture(),
      },
    ]);
  });

  it('profile, 2023 shape (mediaData.threads)', () => {
    const result = parseThreadsGraphql(readOwnJson('handmade-mediaData-threads-2023.json'), context());
    expect(result.roots).toEqual({ mediaData: 1 });
    expect(result.posts.map((post) => [post.id, post.url, post.text])).toEqual([
      ['threads:3140000000000000001', 'https://www.threads.com/@ana.codes/post/CuThV0SugAB', 'Hello Threads'],
    ]);
  });

  it('search: a quote (quoted attachment) stored as its own row, and an unavailable post counted', () => {
    const result = parseThreadsGraphql(
      readOwnJson('handmade-searchResults.json'),
      context('BarcelonaSearchResultsQuery'),
    );
    expect(result.roots).toEqual({ searchResults: 2 });
    expect(result.skipped).toEqual([{ reason: 'post-unavailable', detail: 'deleted' }]);
    expect(result.posts).toEqual([
      {
        id: 'threads:3800000000000000006',
        platform: 'threads',
        nativeId: '3800000000000000006',
        url: 'https://www.threads.com/@ana.codes/post/DS8T93ifAAG',
        author: ana,
        text: 'Original thought',
        entities: [],
        createdAt: 1780030000000,
        sortAt: 1780030000000,
        media: [],
        counts: { ...zeroCounts, likes: 4, readAt: NOW },
        edited: false,
        sensitive: false,
        capture: capture('BarcelonaSearchResultsQuery'),
      },
      {
        id: 'threads:3800000000000000007',
        platform: 'threads',
        nativeId: '3800000000000000007',
        url: 'https://www.threads.com/@ben_writes/post/DS8T93ifAAH',
        author: ben,
        text: 'So true',
        entities: [],
        createdAt: 1780031000000,
        sortAt: 1780031000000,
        media: [],
        quotedPostId: 'threads:3800000000000000006',
        counts: { ...zeroCounts, likes: 0, readAt: NOW },
        edited: false,
        sensitive: false,
        capture: capture('BarcelonaSearchResultsQuery'),
      },
    ]);
  });

  it('saved page: a photo with alt text, best candidate and a same-aspect preview (not the square crop)', () => {
    const result = parseThreadsGraphql(readOwnJson('handmade-savedMedia.json'), context());
    expect(result.roots).toEqual({ savedMedia: 1 });
    expect(result.posts).toEqual([
      {
        id: 'threads:3800000000000000009',
        platform: 'threads',
        nativeId: '3800000000000000009',
        url: 'https://www.threads.com/@cat.photos/post/DS8T93ifAAJ',
        author: cat,
        text: 'Cat on a keyboard',
        entities: [],
        createdAt: 1780040000000,
        sortAt: 1780040000000,
        media: [
          {
            kind: 'photo',
            url: 'https://scontent.cdninstagram.com/v/t51.2885-15/cat-1080.jpg',
            previewUrl: 'https://scontent.cdninstagram.com/v/t51.2885-15/cat-640.jpg',
            width: 1080,
            height: 810,
            altText: 'A grey cat lying on a laptop keyboard',
          },
        ],
        counts: { ...zeroCounts, likes: 30, readAt: NOW },
        edited: false,
        sensitive: false,
        capture: capture(),
      },
    ]);
  });

  it('liked page: a link preview expanded from its l.threads.com redirect', () => {
    const result = parseThreadsGraphql(readOwnJson('handmade-likedMedia.json'), context());
    expect(result.roots).toEqual({ likedMedia: 1 });
    expect(result.posts).toEqual([
      {
        id: 'threads:3800000000000000010',
        platform: 'threads',
        nativeId: '3800000000000000010',
        url: 'https://www.threads.com/@ben_writes/post/DS8T93ifAAK',
        author: ben,
        text: 'Worth a read',
        entities: [],
        createdAt: 1780041000000,
        sortAt: 1780041000000,
        media: [],
        linkCard: {
          url: 'https://example.org/article',
          title: 'An article',
          imageUrl: 'https://external.xx.fbcdn.net/emg1/v/t13/123?url=https%3A%2F%2Fexample.org%2Fimg.jpg',
          domain: 'example.org',
        },
        counts: { ...zeroCounts, likes: 0, readAt: NOW },
        edited: false,
        sensitive: false,
        capture: capture(),
      },
    ]);
  });

  it('custom feed: a spoiler is sensitive', () => {
    const result = parseThreadsGraphql(readOwnJson('handmade-customFeed.json'), context());
    expect(result.roots).toEqual({ customFeed: 1 });
    expect(result.posts.map((post) => [post.id, post.author.handle, post.sensitive])).toEqual([
      ['threads:3800000000000000011', 'ana.codes', true],
    ]);
  });

  it('never throws on odd input; says why nothing was read', () => {
    for (const input of [null, 1, 'x', undefined]) {
      expect(parseThreadsGraphql(input, context())).toEqual({
        posts: [],
        skipped: [{ reason: 'not-json-object' }],
        roots: {},
      });
    }
    expect(
      parseThreadsGraphql({ errors: [{ message: 'execution error' }], data: null }, context()).skipped,
    ).toEqual([{ reason: 'graphql-error', detail: 'execution error' }]);
    expect(
      parseThreadsGraphql(
        { data: { feedData: { edges: [{ text_post_app_thread: { thread_items: [{}] } }] } } },
        context(),
      ).skipped,
    ).toEqual([{ reason: 'no-post' }]);
  });
});
