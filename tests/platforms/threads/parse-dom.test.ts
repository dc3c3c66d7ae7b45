import { beforeAll, describe, expect, it } from 'vitest';
import { parseThreadsDom } from '../../../lib/platforms/threads/dom/parse-dom';
import { THREADS_SELECTORS, selectAll } from '../../../lib/platforms/threads/dom/selectors';
import { pkToShortcode, shortcodeToPk } from '../../../lib/platforms/threads/shortcode';
import { needsCaptures, readCapture } from '../../helpers/captures';
import {
  NOW,
  PAGE_FILE,
  context,
  feedJson,
  pageRawPosts,
  parseHtml,
  rawPosts,
  readOwnText,
} from './fixtures';

const domCapture = { source: 'dom', timeline: 'page', firstSeenAt: NOW, lastSeenAt: NOW };

describe('the DOM id rule on the real captures', needsCaptures, () => {
  it('every shortcode converts to its pk and back (36 posts: 29 on the page, 7 in the feed)', () => {
    const posts = [...pageRawPosts().values(), ...rawPosts(feedJson())];
    expect(posts).toHaveLength(36);
    for (const post of posts) {
      expect(shortcodeToPk(post.code as string)).toBe(post.pk);
      expect(pkToShortcode(post.pk as string)).toBe(post.code);
    }
  });
});

describe('parseThreadsDom on the real saved post page', needsCaptures, () => {
  let document: Document;
  beforeAll(() => {
    document = parseHtml(readCapture(PAGE_FILE));
  });

  it('reads the one rendered post (the focal post) onto the same row id as the JSON', () => {
    const result = parseThreadsDom(document, context('page'));
    expect(result.skipped).toEqual([]);
    expect(result.posts).toEqual([
      {
        id: 'threads:3729646867191079198',
        platform: 'threads',
        nativeId: '3729646867191079198',
        url: 'https://www.threads.com/@zuck/post/DPCXhCwkqEe',
        author: {
          handle: 'zuck',
          name: 'zuck',
          avatarUrl: document.querySelector('a[href="/@zuck"] img')!.getAttribute('src')!,
          verified: true,
        },
        text: '\u2060Introducing Vibes -- a feed of expressive AI-generated videos from artists and creators in the Meta AI app. Create and remix videos with leading models and music for free.',
        entities: [],
        createdAt: Date.parse('2025-09-25T19:29:35.000Z'),
        sortAt: Date.parse('2025-09-25T19:29:35.000Z'),
        media: [],
        // "2.3K" likes and "2K" replies are abbreviated, so not kept; the repost button sums reposts and quotes.
        counts: { shares: 366, readAt: NOW },
        edited: false,
        sensitive: false,
        capture: domCapture,
      },
    ]);
  });

  it('selectors table: match counts on the real page', () => {
    const counts = Object.fromEntries(
      Object.entries(THREADS_SELECTORS).map(([name, entry]) => [name, selectAll(document, entry).length]),
    );
    expect(counts).toEqual({
      post: 0,
      permalinkTime: 1,
      text: 16,
      verified: 1,
      actionButton: 13,
      likeIcon: 1,
      replyIcon: 1,
      shareIcon: 1,
      image: 1,
      video: 0,
      pageChrome: 1,
    });
  });
});

describe('parseThreadsDom on the hand-made feed page', () => {
  const document = parseHtml(readOwnText('handmade-dom-page.html'));
  const capture = { ...domCapture, timeline: 'feed' };

  it('reads each pressable container once, the quoted one as its own row; counts the card without a permalink', () => {
    const result = parseThreadsDom(document, context('feed'));
    expect(result.skipped).toEqual([{ reason: 'dom-no-permalink' }]);
    expect(result.posts).toEqual([
      {
        id: 'threads:3800000000000000020',
        platform: 'threads',
        nativeId: '3800000000000000020',
        url: 'https://www.threads.com/@ana.codes/post/DS8T93ifAAU',
        author: {
          handle: 'ana.codes',
          name: 'ana.codes',
          avatarUrl: 'https://scontent.cdninstagram.com/v/t51.2885-19/ana.codes_s150x150.jpg',
          verified: true,
        },
        text: 'Shipping it today with @ben_writes — notes at example.com/notes',
        entities: [
          { kind: 'mention', start: 23, end: 34, handle: 'ben_writes' },
          { kind: 'link', start: 46, end: 63, url: 'https://example.com/notes' },
        ],
        createdAt: Date.parse('2026-06-01T10:00:00.000Z'),
        sortAt: Date.parse('2026-06-01T10:00:00.000Z'),
        media: [],
        quotedPostId: 'threads:3800000000000000022',
        counts: { replies: 3, likes: 42, shares: 2, readAt: NOW },
        edited: false,
        sensitive: false,
        capture,
      },
      {
        id: 'threads:3800000000000000022',
        platform: 'threads',
        nativeId: '3800000000000000022',
        url: 'https://www.threads.com/@cat.photos/post/DS8T93ifAAW',
        author: {
          handle: 'cat.photos',
          name: 'cat.photos',
          avatarUrl: 'https://scontent.cdninstagram.com/v/t51.2885-19/cat.photos_s150x150.jpg',
          verified: false,
        },
        text: 'Look at this',
        entities: [],
        createdAt: Date.parse('2026-06-01T09:00:00.000Z'),
        sortAt: Date.parse('2026-06-01T09:00:00.000Z'),
        media: [
          {
            kind: 'photo',
            url: 'https://scontent.cdninstagram.com/v/t51.2885-15/cat-quoted.jpg',
            altText: 'A grey cat on a keyboard',
          },
        ],
        edited: false,
        sensitive: false,
        capture,
      },
      {
        id: 'threads:3800000000000000021',
        platform: 'threads',
        nativeId: '3800000000000000021',
        url: 'https://www.threads.com/@ben_writes/post/DS8T93ifAAV',
        author: {
          handle: 'ben_writes',
          name: 'ben_writes',
          avatarUrl: 'https://scontent.cdninstagram.com/v/t51.2885-19/ben_writes_s150x150.jpg',
          verified: false,
        },
        text: 'Sunset',
        entities: [],
        createdAt: Date.parse('2026-06-01T11:30:00.000Z'),
        sortAt: Date.parse('2026-06-01T11:30:00.000Z'),
        media: [
          {
            kind: 'photo',
            url: 'https://scontent.cdninstagram.com/v/t51.2885-15/sunset.jpg',
            altText: 'Orange sky over the sea',
          },
        ],
        counts: { replies: 7, readAt: NOW },
        edited: false,
        sensitive: false,
        capture,
      },
    ]);
  });

  it('selectors table: match counts on the hand-made page', () => {
    const counts = Object.fromEntries(
      Object.entries(THREADS_SELECTORS).map(([name, entry]) => [name, selectAll(document, entry).length]),
    );
    expect(counts).toEqual({
      post: 4,
      permalinkTime: 3,
      text: 20,
      verified: 1,
      actionButton: 11,
      likeIcon: 2,
      replyIcon: 2,
      shareIcon: 2,
      image: 2,
      video: 0,
      pageChrome: 1,
    });
  });

  it('never throws on an empty or unrelated tree', () => {
    expect(parseThreadsDom(parseHtml('<p>hello</p>'), context())).toEqual({ posts: [], skipped: [] });
  });
});
