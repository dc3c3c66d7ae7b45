import { validatePost } from '../../../lib/post';
import { describe, expect, it } from 'vitest';
import { parseMastodonStreamFrame } from '../../../lib/platforms/mastodon/stream';
import { NOW, readOwnText } from './fixtures';

const context = {
  timeline: 'streaming',
  pageUrl: 'https://mastodon.example/home',
  now: NOW,
  validate: validatePost,
};
const frames = readOwnText('handmade-streaming-frames.jsonl').trim().split('\n');
const [update, statusUpdate, notification, deleted, filtersChanged] = frames as [
  string,
  string,
  string,
  string,
  string,
];

describe('parseMastodonStreamFrame', () => {
  it('`update`: the status in the payload string, as a whole Post', () => {
    const uri = 'https://mastodon.example/users/ada/statuses/116500000000000001';
    expect(parseMastodonStreamFrame(update, context)).toEqual({
      posts: [
        {
          id: `mastodon:${uri}`,
          platform: 'mastodon',
          nativeId: uri,
          url: 'https://mastodon.example/@ada/116500000000000001',
          author: {
            id: 'https://mastodon.example/users/ada',
            // a local account: the host of its own profile url
            handle: 'ada@mastodon.example',
            name: 'Ada :sparkle:',
            avatarUrl: 'https://mastodon.example/system/accounts/avatars/2/original/avatar.png',
            verified: false,
            emojis: [
              {
                shortcode: 'sparkle',
                url: 'https://mastodon.example/system/custom_emojis/images/static/sparkle.png',
              },
            ],
          },
          text: 'Morning, @bob! New #birding spot:\n\nfirst line\nsecond line & more: birds.example/guides/winter-wa…',
          entities: [
            {
              kind: 'mention',
              start: 9,
              end: 13,
              handle: 'bob@remote.example',
              userId: 'https://remote.example/@bob',
            },
            { kind: 'hashtag', start: 19, end: 27, tag: 'birding' },
            {
              kind: 'link',
              start: 66,
              end: 97,
              url: 'https://birds.example/guides/winter-waders-of-the-estuary',
            },
          ],
          lang: 'en',
          createdAt: 1777709730120,
          sortAt: 1777709730120,
          media: [],
          linkCard: {
            url: 'https://birds.example/guides/winter-waders-of-the-estuary',
            title: 'Winter waders of the estuary',
            description: 'A field guide',
            imageUrl: 'https://mastodon.example/system/cache/preview_cards/images/original/waders.jpg',
            domain: 'birds.example',
          },
          // the parent is not in the frame; the replied-to account is the mentioned one
          reply: { toHandle: 'bob@remote.example' },
          counts: { replies: 1, reposts: 2, quotes: 0, likes: 3, readAt: NOW },
          edited: false,
          sensitive: false,
          local: { id: '116500000000000001', url: 'https://mastodon.example/@ada/116500000000000001' },
          capture: {
            source: 'network',
            timeline: 'streaming',
            pageUrl: 'https://mastodon.example/home',
            firstSeenAt: NOW,
            lastSeenAt: NOW,
          },
        },
      ],
      skipped: [],
    });
    expect(Date.UTC(2026, 4, 2, 8, 15, 30, 120)).toBe(1777709730120);
  });

  it('`status.update` (an edit) and `notification` (its status) are read too', () => {
    const edited = parseMastodonStreamFrame(statusUpdate, context);
    expect(edited.posts.map((post) => [post.nativeId, post.edited, post.editedAt])).toEqual([
      ['https://remote.example/users/bob/statuses/116499000000000002', true, Date.UTC(2026, 4, 2, 7, 5, 10)],
    ]);
    const mention = parseMastodonStreamFrame(notification, context);
    expect(mention.posts.map((post) => post.nativeId)).toEqual([
      'https://social.example/users/carol/statuses/99',
    ]);
    expect(mention.skipped).toEqual([]);
  });

  it('events without a status are counted, not read', () => {
    expect(parseMastodonStreamFrame(deleted, context)).toEqual({
      posts: [],
      skipped: [{ reason: 'stream-event-ignored', detail: 'delete' }],
    });
    expect(parseMastodonStreamFrame(filtersChanged, context)).toEqual({
      posts: [],
      skipped: [{ reason: 'stream-event-ignored', detail: 'filters_changed' }],
    });
    const follow = JSON.stringify({
      event: 'notification',
      payload: JSON.stringify({ id: '1', type: 'follow', account: {} }),
    });
    expect(parseMastodonStreamFrame(follow, context)).toEqual({ posts: [], skipped: [] });
  });

  it('takes a frame already parsed, and the JSON.parse the tap captured', () => {
    const parsed: unknown = JSON.parse(update);
    expect(parseMastodonStreamFrame(parsed, context).posts).toHaveLength(1);
    const calls: string[] = [];
    const parseJson = (text: string): unknown => {
      calls.push(text.slice(0, 1));
      return JSON.parse(text) as unknown;
    };
    expect(parseMastodonStreamFrame(update, context, parseJson).posts).toHaveLength(1);
    expect(calls).toEqual(['{', '{']); // the frame, then its payload string
  });

  it('never throws on bad frames: each is one counted skip', () => {
    const bad: unknown[] = [
      'not json',
      '',
      '[]',
      '{"event": 1}',
      '{"stream": ["user"]}',
      JSON.stringify({ event: 'update', payload: '{broken' }),
      JSON.stringify({ event: 'update', payload: 42 }),
      JSON.stringify({ event: 'update', payload: '"a string"' }),
      new ArrayBuffer(8),
      null,
      undefined,
    ];
    for (const frame of bad) {
      const result = parseMastodonStreamFrame(frame, context);
      expect(result.posts).toEqual([]);
      expect(result.skipped).toHaveLength(1);
      expect(result.skipped[0]?.reason).toBe('stream-bad-frame');
    }
    const throwing = () => {
      throw new Error('patched');
    };
    expect(parseMastodonStreamFrame(update, context, throwing).skipped[0]?.reason).toBe('stream-bad-frame');
    // an `update` whose status lacks its uri: counted like any status
    const noUri = JSON.stringify({ event: 'update', payload: JSON.stringify({ content: '<p>x</p>' }) });
    expect(parseMastodonStreamFrame(noUri, context).skipped).toEqual([{ reason: 'no-uri' }]);
  });
});
