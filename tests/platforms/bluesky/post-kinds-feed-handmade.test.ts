import { describe, expect, it } from 'vitest';
import { captureFor, NOW, postIn } from './fixture';

// Whole normalized Posts, one per feed kind (pins, reposts, replies). Each expected object was
// checked field by field against the feedViewPost in the file
// (hand-made, tests/fixtures/bluesky; jq '.feed[] | select(.post.uri == "<uri>")'), times converted with `date -d <iso> +%s%3N`.

const HF = 'handmade-app.bsky.feed.getFeed.json';

describe('Bluesky parser: feed items (hand-made getFeed)', () => {
  it("a repost whose reason names its own record (reason.uri): that at-uri is the row's id", () => {
    expect(postIn(HF, 'at://did:plc:b0bb0bb0bb0bb0bb0bb0bb0b/app.bsky.feed.repost/3mrepostrec02')).toEqual({
      id: 'bluesky:at://did:plc:b0bb0bb0bb0bb0bb0bb0bb0b/app.bsky.feed.repost/3mrepostrec02',
      platform: 'bluesky',
      nativeId: 'at://did:plc:b0bb0bb0bb0bb0bb0bb0bb0b/app.bsky.feed.repost/3mrepostrec02',
      url: 'https://bsky.app/profile/alice.example.com/post/3mphotos00002',
      author: {
        id: 'did:plc:a11cea11cea11cea11cea11c',
        handle: 'alice.example.com',
        name: 'Alice Example',
        avatarUrl:
          'https://cdn.bsky.app/img/avatar/plain/did:plc:a11cea11cea11cea11cea11c/bafkreihkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkklkk@jpeg',
        verified: false,
      },
      text: 'Two from the market',
      entities: [],
      lang: 'en',
      createdAt: 1782979200000,
      sortAt: 1782984600000,
      media: [
        {
          kind: 'photo',
          url: 'https://cdn.bsky.app/img/feed_fullsize/plain/did:plc:a11cea11cea11cea11cea11c/bafkreihkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkklkl@jpeg',
          previewUrl:
            'https://cdn.bsky.app/img/feed_thumbnail/plain/did:plc:a11cea11cea11cea11cea11c/bafkreihkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkklkl@jpeg',
          width: 2000,
          height: 1500,
          altText: 'Crates of oranges',
        },
        {
          kind: 'photo',
          url: 'https://cdn.bsky.app/img/feed_fullsize/plain/did:plc:a11cea11cea11cea11cea11c/bafkreihkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkklkm@jpeg',
          previewUrl:
            'https://cdn.bsky.app/img/feed_thumbnail/plain/did:plc:a11cea11cea11cea11cea11c/bafkreihkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkklkm@jpeg',
        },
      ],
      repost: {
        originalId: 'bluesky:at://did:plc:a11cea11cea11cea11cea11c/app.bsky.feed.post/3mphotos00002',
        by: {
          id: 'did:plc:b0bb0bb0bb0bb0bb0bb0bb0b',
          handle: 'bob.bsky.social',
        },
        at: 1782984600000,
      },
      counts: {
        replies: 1,
        reposts: 6,
        quotes: 0,
        likes: 40,
        bookmarks: 4,
        readAt: NOW,
      },
      edited: false,
      sensitive: false,
      capture: captureFor(HF),
    });
  });

  it('a reply whose feed parent is a notFoundPost: parentUnavailable "not-found"; the root postView is its own row', () => {
    expect(postIn(HF, 'at://did:web:dan.example.org/app.bsky.feed.post/3morphanrep02')).toEqual({
      id: 'bluesky:at://did:web:dan.example.org/app.bsky.feed.post/3morphanrep02',
      platform: 'bluesky',
      nativeId: 'at://did:web:dan.example.org/app.bsky.feed.post/3morphanrep02',
      url: 'https://bsky.app/profile/dan.example.org/post/3morphanrep02',
      author: {
        id: 'did:web:dan.example.org',
        handle: 'dan.example.org',
        name: 'Dan',
        avatarUrl:
          'https://cdn.bsky.app/img/avatar/plain/did:web:dan.example.org/bafkreihkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkklll@jpeg',
        verified: false,
      },
      text: 'Still replying here',
      entities: [],
      lang: 'en',
      createdAt: 1782982800000,
      sortAt: 1782982800000,
      media: [],
      reply: {
        toPostId: 'bluesky:at://did:plc:e2140e2140e2140e2140e214/app.bsky.feed.post/3mdeletedpa02',
        rootPostId: 'bluesky:at://did:plc:e2140e2140e2140e2140e214/app.bsky.feed.post/3mthreadroot2',
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
      capture: captureFor(HF),
    });
  });

  it('a reason this parser does not know: the post is kept (and the reason counted)', () => {
    expect(postIn(HF, 'at://did:plc:a11cea11cea11cea11cea11c/app.bsky.feed.post/3mreasonnew02')).toEqual({
      id: 'bluesky:at://did:plc:a11cea11cea11cea11cea11c/app.bsky.feed.post/3mreasonnew02',
      platform: 'bluesky',
      nativeId: 'at://did:plc:a11cea11cea11cea11cea11c/app.bsky.feed.post/3mreasonnew02',
      url: 'https://bsky.app/profile/alice.example.com/post/3mreasonnew02',
      author: {
        id: 'did:plc:a11cea11cea11cea11cea11c',
        handle: 'alice.example.com',
        name: 'Alice Example',
        avatarUrl:
          'https://cdn.bsky.app/img/avatar/plain/did:plc:a11cea11cea11cea11cea11c/bafkreihkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkklpk@jpeg',
        verified: false,
      },
      text: 'Shown for a new reason',
      entities: [],
      lang: 'en',
      createdAt: 1782997200000,
      sortAt: 1782997200000,
      media: [],
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
      capture: captureFor(HF),
    });
  });
});
