import { describe, expect, it } from 'vitest';
import { captureFor, entityTexts, NOW, postIn } from './fixture';

// Whole normalized Posts for text, labels, authors and replies, from the hand-made getPostThreadV2
// (flat thread[] of { uri, depth, value }). Facet byte offsets in that file were computed with
// Python's UTF-8 encoder; entityTexts() proves they land on the same words as UTF-16 ranges.

const HV = 'handmade-app.bsky.unspecced.getPostThreadV2.json';

describe('Bluesky parser: text, labels, authors, replies (hand-made getPostThreadV2)', () => {
  it('CJK + emoji text with mention / link / tag facets; labeler labels + self-label → sensitive; verified author; langs[0]', () => {
    // labels: porn (twice, kept once), spoiler negated by the same labeler (dropped), nudity (self-label).
    expect(postIn(HV, 'at://did:plc:a11cea11cea11cea11cea11c/app.bsky.feed.post/3mabcanchor2a')).toEqual({
      id: 'bluesky:at://did:plc:a11cea11cea11cea11cea11c/app.bsky.feed.post/3mabcanchor2a',
      platform: 'bluesky',
      nativeId: 'at://did:plc:a11cea11cea11cea11cea11c/app.bsky.feed.post/3mabcanchor2a',
      url: 'https://bsky.app/profile/alice.example.com/post/3mabcanchor2a',
      author: {
        id: 'did:plc:a11cea11cea11cea11cea11c',
        handle: 'alice.example.com',
        name: 'Alice Example',
        avatarUrl:
          'https://cdn.bsky.app/img/avatar/plain/did:plc:a11cea11cea11cea11cea11c/bafkreihkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkm@jpeg',
        verified: true,
      },
      text: '東京タワー🗼から @bob.bsky.social と見る夜景 👋🏽 example.com/tokyo… #夜景',
      entities: [
        {
          kind: 'mention',
          start: 10,
          end: 26,
          handle: 'bob.bsky.social',
          userId: 'did:plc:b0bb0bb0bb0bb0bb0bb0bb0b',
        },
        {
          kind: 'link',
          start: 38,
          end: 56,
          url: 'https://example.com/tokyo/night-view',
        },
        {
          kind: 'hashtag',
          start: 57,
          end: 60,
          tag: '夜景',
        },
      ],
      lang: 'ja',
      createdAt: 1772366400000,
      sortAt: 1772366400000,
      media: [],
      reply: {
        toPostId: 'bluesky:at://did:plc:b0bb0bb0bb0bb0bb0bb0bb0b/app.bsky.feed.post/3mabcparent2a',
        toHandle: 'bob.bsky.social',
        rootPostId: 'bluesky:at://did:plc:b0bb0bb0bb0bb0bb0bb0bb0b/app.bsky.feed.post/3mabcparent2a',
      },
      counts: {
        replies: 4,
        reposts: 2,
        quotes: 1,
        likes: 57,
        bookmarks: 3,
        readAt: NOW,
      },
      edited: false,
      sensitive: true,
      labels: ['porn', 'nudity'],
      capture: captureFor(HV),
    });
    expect(
      entityTexts(postIn(HV, 'at://did:plc:a11cea11cea11cea11cea11c/app.bsky.feed.post/3mabcanchor2a')),
    ).toEqual(['@bob.bsky.social', 'example.com/tokyo…', '#夜景']);
  });

  it('an author whose handle is handle.invalid: DID as handle and in the permalink; toHandle from the anchor', () => {
    expect(postIn(HV, 'at://did:plc:ca201ca201ca201ca201ca20/app.bsky.feed.post/3mabcreply1a2')).toEqual({
      id: 'bluesky:at://did:plc:ca201ca201ca201ca201ca20/app.bsky.feed.post/3mabcreply1a2',
      platform: 'bluesky',
      nativeId: 'at://did:plc:ca201ca201ca201ca201ca20/app.bsky.feed.post/3mabcreply1a2',
      url: 'https://bsky.app/profile/did:plc:ca201ca201ca201ca201ca20/post/3mabcreply1a2',
      author: {
        id: 'did:plc:ca201ca201ca201ca201ca20',
        handle: 'did:plc:ca201ca201ca201ca201ca20',
        name: 'Carol',
        avatarUrl:
          'https://cdn.bsky.app/img/avatar/plain/did:plc:ca201ca201ca201ca201ca20/bafkreihkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkn@jpeg',
        verified: false,
      },
      text: 'Gorgeous! 😍',
      entities: [],
      lang: 'en',
      createdAt: 1772366700000,
      sortAt: 1772366700000,
      media: [],
      reply: {
        toPostId: 'bluesky:at://did:plc:a11cea11cea11cea11cea11c/app.bsky.feed.post/3mabcanchor2a',
        toHandle: 'alice.example.com',
        rootPostId: 'bluesky:at://did:plc:b0bb0bb0bb0bb0bb0bb0bb0b/app.bsky.feed.post/3mabcparent2a',
      },
      counts: {
        replies: 0,
        reposts: 0,
        quotes: 0,
        likes: 2,
        bookmarks: 0,
        readAt: NOW,
      },
      edited: false,
      sensitive: false,
      capture: captureFor(HV),
    });
  });

  it('a reply whose parent is a threadItemNotFound: parentUnavailable "not-found"', () => {
    expect(postIn(HV, 'at://did:web:dan.example.org/app.bsky.feed.post/3mabcreply2a2')).toEqual({
      id: 'bluesky:at://did:web:dan.example.org/app.bsky.feed.post/3mabcreply2a2',
      platform: 'bluesky',
      nativeId: 'at://did:web:dan.example.org/app.bsky.feed.post/3mabcreply2a2',
      url: 'https://bsky.app/profile/dan.example.org/post/3mabcreply2a2',
      author: {
        id: 'did:web:dan.example.org',
        handle: 'dan.example.org',
        name: 'Dan',
        avatarUrl:
          'https://cdn.bsky.app/img/avatar/plain/did:web:dan.example.org/bafkreihkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkko@jpeg',
        verified: false,
      },
      text: 'Replying to a post that was deleted since.',
      entities: [],
      lang: 'en',
      createdAt: 1772367600000,
      sortAt: 1772367600000,
      media: [],
      reply: {
        toPostId: 'bluesky:at://did:plc:e2140e2140e2140e2140e214/app.bsky.feed.post/3mabcgone0002',
        rootPostId: 'bluesky:at://did:plc:b0bb0bb0bb0bb0bb0bb0bb0b/app.bsky.feed.post/3mabcparent2a',
        parentUnavailable: 'not-found',
      },
      counts: {
        replies: 0,
        reposts: 0,
        quotes: 0,
        likes: 0,
        bookmarks: 0,
        readAt: NOW,
      },
      edited: false,
      sensitive: false,
      capture: captureFor(HV),
    });
  });
});
