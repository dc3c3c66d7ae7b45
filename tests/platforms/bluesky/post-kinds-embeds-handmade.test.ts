import { describe, expect, it } from 'vitest';
import { captureFor, NOW, postIn } from './fixture';

// Whole normalized Posts for the embed kinds no real capture has, from the hand-made getPosts and
// getFeed responses (tests/fixtures/bluesky, built from the lexicons; see its README).

const HP = 'handmade-app.bsky.feed.getPosts.json';
const HF = 'handmade-app.bsky.feed.getFeed.json';

describe('Bluesky parser: embeds (hand-made)', () => {
  it('a quote of a deleted post (viewNotFound): quoteUnavailable "not-found", quotedPostId from its uri', () => {
    expect(postIn(HP, 'at://did:plc:a11cea11cea11cea11cea11c/app.bsky.feed.post/3mqnotfound02')).toEqual({
      id: 'bluesky:at://did:plc:a11cea11cea11cea11cea11c/app.bsky.feed.post/3mqnotfound02',
      platform: 'bluesky',
      nativeId: 'at://did:plc:a11cea11cea11cea11cea11c/app.bsky.feed.post/3mqnotfound02',
      url: 'https://bsky.app/profile/alice.example.com/post/3mqnotfound02',
      author: {
        id: 'did:plc:a11cea11cea11cea11cea11c',
        handle: 'alice.example.com',
        name: 'Alice Example',
        avatarUrl:
          'https://cdn.bsky.app/img/avatar/plain/did:plc:a11cea11cea11cea11cea11c/bafkreihkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkknk@jpeg',
        verified: false,
      },
      text: 'This quoted post is gone now',
      entities: [],
      lang: 'en',
      createdAt: 1777802400000,
      sortAt: 1777802400000,
      media: [],
      quotedPostId: 'bluesky:at://did:plc:e2140e2140e2140e2140e214/app.bsky.feed.post/3mdeleted0002',
      quoteUnavailable: 'not-found',
      counts: {
        replies: 0,
        reposts: 0,
        quotes: 0,
        likes: 1,
        bookmarks: 0,
        readAt: NOW,
      },
      edited: false,
      sensitive: false,
      capture: captureFor(HP),
    });
  });

  it('a quote of a post hidden by a block (viewBlocked): quoteUnavailable "blocked"', () => {
    expect(postIn(HP, 'at://did:plc:a11cea11cea11cea11cea11c/app.bsky.feed.post/3mqblocked002')).toEqual({
      id: 'bluesky:at://did:plc:a11cea11cea11cea11cea11c/app.bsky.feed.post/3mqblocked002',
      platform: 'bluesky',
      nativeId: 'at://did:plc:a11cea11cea11cea11cea11c/app.bsky.feed.post/3mqblocked002',
      url: 'https://bsky.app/profile/alice.example.com/post/3mqblocked002',
      author: {
        id: 'did:plc:a11cea11cea11cea11cea11c',
        handle: 'alice.example.com',
        name: 'Alice Example',
        avatarUrl:
          'https://cdn.bsky.app/img/avatar/plain/did:plc:a11cea11cea11cea11cea11c/bafkreihkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkknl@jpeg',
        verified: false,
      },
      text: 'Quoting someone who blocked me',
      entities: [],
      lang: 'en',
      createdAt: 1777802460000,
      sortAt: 1777802460000,
      media: [],
      quotedPostId: 'bluesky:at://did:web:dan.example.org/app.bsky.feed.post/3mblockedq002',
      quoteUnavailable: 'blocked',
      counts: {
        replies: 0,
        reposts: 0,
        quotes: 0,
        likes: 1,
        bookmarks: 0,
        readAt: NOW,
      },
      edited: false,
      sensitive: false,
      capture: captureFor(HP),
    });
  });

  it('a quote its author detached (viewDetached): quoteUnavailable "detached"', () => {
    expect(postIn(HP, 'at://did:plc:a11cea11cea11cea11cea11c/app.bsky.feed.post/3mqdetached02')).toEqual({
      id: 'bluesky:at://did:plc:a11cea11cea11cea11cea11c/app.bsky.feed.post/3mqdetached02',
      platform: 'bluesky',
      nativeId: 'at://did:plc:a11cea11cea11cea11cea11c/app.bsky.feed.post/3mqdetached02',
      url: 'https://bsky.app/profile/alice.example.com/post/3mqdetached02',
      author: {
        id: 'did:plc:a11cea11cea11cea11cea11c',
        handle: 'alice.example.com',
        name: 'Alice Example',
        avatarUrl:
          'https://cdn.bsky.app/img/avatar/plain/did:plc:a11cea11cea11cea11cea11c/bafkreihkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkknm@jpeg',
        verified: false,
      },
      text: 'Bob detached my quote',
      entities: [],
      lang: 'en',
      createdAt: 1777802520000,
      sortAt: 1777802520000,
      media: [],
      quotedPostId: 'bluesky:at://did:plc:b0bb0bb0bb0bb0bb0bb0bb0b/app.bsky.feed.post/3mdetached002',
      quoteUnavailable: 'detached',
      counts: {
        replies: 0,
        reposts: 0,
        quotes: 0,
        likes: 1,
        bookmarks: 0,
        readAt: NOW,
      },
      edited: false,
      sensitive: false,
      capture: captureFor(HP),
    });
  });

  it('a starter pack embed → a link card to bsky.app/starter-pack/<handle>/<rkey>', () => {
    expect(postIn(HP, 'at://did:plc:a11cea11cea11cea11cea11c/app.bsky.feed.post/3mstarterq002')).toEqual({
      id: 'bluesky:at://did:plc:a11cea11cea11cea11cea11c/app.bsky.feed.post/3mstarterq002',
      platform: 'bluesky',
      nativeId: 'at://did:plc:a11cea11cea11cea11cea11c/app.bsky.feed.post/3mstarterq002',
      url: 'https://bsky.app/profile/alice.example.com/post/3mstarterq002',
      author: {
        id: 'did:plc:a11cea11cea11cea11cea11c',
        handle: 'alice.example.com',
        name: 'Alice Example',
        avatarUrl:
          'https://cdn.bsky.app/img/avatar/plain/did:plc:a11cea11cea11cea11cea11c/bafkreihkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkknn@jpeg',
        verified: false,
      },
      text: 'Join us!',
      entities: [],
      lang: 'en',
      createdAt: 1777802580000,
      sortAt: 1777802580000,
      media: [],
      linkCard: {
        url: 'https://bsky.app/starter-pack/erin.example.net/3mstarterpk02',
        title: 'Night photographers',
        description: 'People who shoot after dark',
        domain: 'bsky.app',
      },
      counts: {
        replies: 0,
        reposts: 0,
        quotes: 0,
        likes: 1,
        bookmarks: 0,
        readAt: NOW,
      },
      edited: false,
      sensitive: false,
      capture: captureFor(HP),
    });
  });

  it("a labeler embed → a link card to the labeler's profile", () => {
    expect(postIn(HP, 'at://did:plc:a11cea11cea11cea11cea11c/app.bsky.feed.post/3mlabelerq002')).toEqual({
      id: 'bluesky:at://did:plc:a11cea11cea11cea11cea11c/app.bsky.feed.post/3mlabelerq002',
      platform: 'bluesky',
      nativeId: 'at://did:plc:a11cea11cea11cea11cea11c/app.bsky.feed.post/3mlabelerq002',
      url: 'https://bsky.app/profile/alice.example.com/post/3mlabelerq002',
      author: {
        id: 'did:plc:a11cea11cea11cea11cea11c',
        handle: 'alice.example.com',
        name: 'Alice Example',
        avatarUrl:
          'https://cdn.bsky.app/img/avatar/plain/did:plc:a11cea11cea11cea11cea11c/bafkreihkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkno@jpeg',
        verified: false,
      },
      text: 'Subscribe to this labeler',
      entities: [],
      lang: 'en',
      createdAt: 1777802640000,
      sortAt: 1777802640000,
      media: [],
      linkCard: {
        url: 'https://bsky.app/profile/dan.example.org',
        title: 'Dan',
        description: 'Labels spoilers for TV shows',
        imageUrl:
          'https://cdn.bsky.app/img/avatar/plain/did:web:dan.example.org/bafkreihkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkql@jpeg',
        domain: 'bsky.app',
      },
      counts: {
        replies: 0,
        reposts: 0,
        quotes: 0,
        likes: 1,
        bookmarks: 0,
        readAt: NOW,
      },
      edited: false,
      sensitive: false,
      capture: captureFor(HP),
    });
  });

  it("a feed generator embed with an avatar → the card's image", () => {
    expect(postIn(HF, 'at://did:plc:e2140e2140e2140e2140e214/app.bsky.feed.post/3mfeedgenpo02')).toEqual({
      id: 'bluesky:at://did:plc:e2140e2140e2140e2140e214/app.bsky.feed.post/3mfeedgenpo02',
      platform: 'bluesky',
      nativeId: 'at://did:plc:e2140e2140e2140e2140e214/app.bsky.feed.post/3mfeedgenpo02',
      url: 'https://bsky.app/profile/erin.example.net/post/3mfeedgenpo02',
      author: {
        id: 'did:plc:e2140e2140e2140e2140e214',
        handle: 'erin.example.net',
        name: 'Erin',
        avatarUrl:
          'https://cdn.bsky.app/img/avatar/plain/did:plc:e2140e2140e2140e2140e214/bafkreihkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkklmk@jpeg',
        verified: false,
      },
      text: 'My new feed',
      entities: [],
      lang: 'en',
      createdAt: 1782986400000,
      sortAt: 1782986400000,
      media: [],
      linkCard: {
        url: 'https://bsky.app/profile/erin.example.net/feed/night-photos',
        title: 'Night Photos',
        description: 'Photos taken after sunset',
        imageUrl:
          'https://cdn.bsky.app/img/avatar/plain/did:plc:e2140e2140e2140e2140e214/bafkreihkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkklmm@jpeg',
        domain: 'bsky.app',
      },
      counts: {
        replies: 0,
        reposts: 1,
        quotes: 0,
        likes: 10,
        bookmarks: 2,
        readAt: NOW,
      },
      edited: false,
      sensitive: false,
      capture: captureFor(HF),
    });
  });

  it('a quote of a quote: the middle post (a viewRecord whose embeds[] holds the inner quote) names it', () => {
    expect(postIn(HP, 'at://did:plc:b0bb0bb0bb0bb0bb0bb0bb0b/app.bsky.feed.post/3mouterq00002')).toEqual({
      id: 'bluesky:at://did:plc:b0bb0bb0bb0bb0bb0bb0bb0b/app.bsky.feed.post/3mouterq00002',
      platform: 'bluesky',
      nativeId: 'at://did:plc:b0bb0bb0bb0bb0bb0bb0bb0b/app.bsky.feed.post/3mouterq00002',
      url: 'https://bsky.app/profile/bob.bsky.social/post/3mouterq00002',
      author: {
        id: 'did:plc:b0bb0bb0bb0bb0bb0bb0bb0b',
        handle: 'bob.bsky.social',
        name: '',
        avatarUrl:
          'https://cdn.bsky.app/img/avatar/plain/did:plc:b0bb0bb0bb0bb0bb0bb0bb0b/bafkreihkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkol@jpeg',
        verified: false,
      },
      text: 'A quote of a quote',
      entities: [],
      lang: 'en',
      createdAt: 1777712400000,
      sortAt: 1777712400000,
      media: [],
      quotedPostId: 'bluesky:at://did:plc:e2140e2140e2140e2140e214/app.bsky.feed.post/3minnerq00002',
      counts: {
        replies: 0,
        reposts: 1,
        quotes: 1,
        likes: 5,
        readAt: NOW,
      },
      edited: false,
      sensitive: false,
      capture: captureFor(HP),
    });
  });

  it('an embed type this parser does not know: the post is kept without it (and counted)', () => {
    expect(postIn(HP, 'at://did:plc:a11cea11cea11cea11cea11c/app.bsky.feed.post/3munknownem02')).toEqual({
      id: 'bluesky:at://did:plc:a11cea11cea11cea11cea11c/app.bsky.feed.post/3munknownem02',
      platform: 'bluesky',
      nativeId: 'at://did:plc:a11cea11cea11cea11cea11c/app.bsky.feed.post/3munknownem02',
      url: 'https://bsky.app/profile/alice.example.com/post/3munknownem02',
      author: {
        id: 'did:plc:a11cea11cea11cea11cea11c',
        handle: 'alice.example.com',
        name: 'Alice Example',
        avatarUrl:
          'https://cdn.bsky.app/img/avatar/plain/did:plc:a11cea11cea11cea11cea11c/bafkreihkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkknq@jpeg',
        verified: false,
      },
      text: 'A post with an embed from the future',
      entities: [],
      lang: 'en',
      createdAt: 1777802760000,
      sortAt: 1777802760000,
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
      capture: captureFor(HP),
    });
  });
});
