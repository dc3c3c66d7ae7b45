import { describe, expect, it } from 'vitest';
import { needsCaptures } from '../../helpers/captures';
import { captureFor, NOW, postIn } from './fixture';

// Whole normalized Posts, one per media kind. Real captures first (checked against the post view,
// jq '.. | objects | select(.uri == "<uri>")'); the kinds they lack come from the hand-made files.

const T5 = 'app.bsky.feed.getPostThread-2025-04-5posts-video-quote-sv.json';
const T37 = 'app.bsky.feed.getPostThread-2025-04-37posts-depth4-video-external-labels.json';

describe('Bluesky parser: media and link cards (real captures)', needsCaptures, () => {
  it('a video with empty text (video#view: playlist, thumbnail, aspect ratio)', () => {
    expect(postIn(T5, 'at://did:plc:evocjxmi5cps2thb4ya5jcji/app.bsky.feed.post/3ll5dz4mqmb2l')).toEqual({
      id: 'bluesky:at://did:plc:evocjxmi5cps2thb4ya5jcji/app.bsky.feed.post/3ll5dz4mqmb2l',
      platform: 'bluesky',
      nativeId: 'at://did:plc:evocjxmi5cps2thb4ya5jcji/app.bsky.feed.post/3ll5dz4mqmb2l',
      url: 'https://bsky.app/profile/laagrrluv.bsky.social/post/3ll5dz4mqmb2l',
      author: {
        id: 'did:plc:evocjxmi5cps2thb4ya5jcji',
        handle: 'laagrrluv.bsky.social',
        name: 'Johan Lagerlöf',
        avatarUrl:
          'https://cdn.bsky.app/img/avatar/plain/did:plc:evocjxmi5cps2thb4ya5jcji/bafkreihmqwucvdq3d2fof6mtjpk2zf62jklprevvevdysm5z2jia3srstu@jpeg',
        verified: false,
      },
      text: '',
      entities: [],
      lang: 'sv',
      createdAt: 1742839715163,
      sortAt: 1742839715163,
      media: [
        {
          kind: 'video',
          url: 'https://video.bsky.app/watch/did%3Aplc%3Aevocjxmi5cps2thb4ya5jcji/bafkreiagy43pu4w2hpjlwdee7ktezksndyxogxv4v7mp2uzpfclrjsm3fe/playlist.m3u8',
          previewUrl:
            'https://video.bsky.app/watch/did%3Aplc%3Aevocjxmi5cps2thb4ya5jcji/bafkreiagy43pu4w2hpjlwdee7ktezksndyxogxv4v7mp2uzpfclrjsm3fe/thumbnail.jpg',
          width: 1128,
          height: 1504,
        },
      ],
      counts: {
        replies: 3,
        reposts: 0,
        quotes: 0,
        likes: 0,
        readAt: NOW,
      },
      edited: false,
      sensitive: false,
      capture: captureFor(T5),
    });
  });

  it('an external link card (external#view: uri, title, description, thumb; domain from the URL), in a reply', () => {
    expect(postIn(T37, 'at://did:plc:l7xqezmpanpagurgp3jvc6ce/app.bsky.feed.post/3lnb7jvhw5c2r')).toEqual({
      id: 'bluesky:at://did:plc:l7xqezmpanpagurgp3jvc6ce/app.bsky.feed.post/3lnb7jvhw5c2r',
      platform: 'bluesky',
      nativeId: 'at://did:plc:l7xqezmpanpagurgp3jvc6ce/app.bsky.feed.post/3lnb7jvhw5c2r',
      url: 'https://bsky.app/profile/germangaryoak.bsky.social/post/3lnb7jvhw5c2r',
      author: {
        id: 'did:plc:l7xqezmpanpagurgp3jvc6ce',
        handle: 'germangaryoak.bsky.social',
        name: 'GermanGaryOak',
        avatarUrl:
          'https://cdn.bsky.app/img/avatar/plain/did:plc:l7xqezmpanpagurgp3jvc6ce/bafkreiehvskdue7qihihvbaqu3iguvacu2fmn4ycl7pwcdehfq4caixeei@jpeg',
        verified: false,
      },
      text: '',
      entities: [],
      lang: 'en',
      createdAt: 1745171372241,
      sortAt: 1745171372241,
      media: [],
      linkCard: {
        url: 'https://media.tenor.com/5R3RCJYvddUAAAAC/bend-and-snap-legally-blonde.gif?hh=498&ww=476',
        title: 'a woman is standing in a hair salon while a man sits in a chair',
        description: 'ALT: a woman is standing in a hair salon while a man sits in a chair',
        imageUrl:
          'https://cdn.bsky.app/img/feed_thumbnail/plain/did:plc:l7xqezmpanpagurgp3jvc6ce/bafkreihqqgorkmd44ebauata6bqcaqmzo4frcpe3ez475kpbdf3s5yovty@jpeg',
        domain: 'media.tenor.com',
      },
      reply: {
        toPostId: 'bluesky:at://did:plc:fqkvwqcn37ikkhewvw6neyb4/app.bsky.feed.post/3lnb6xq7wwc2f',
        toHandle: 'kenstandish.bsky.social',
        rootPostId: 'bluesky:at://did:plc:3t2w2eeklyserjiqpzsyo7uc/app.bsky.feed.post/3lnb5ujk2cs24',
      },
      counts: {
        replies: 0,
        reposts: 0,
        quotes: 0,
        likes: 2,
        readAt: NOW,
      },
      edited: false,
      sensitive: false,
      capture: captureFor(T37),
    });
  });
});

const HG = 'handmade-gallery-app.bsky.feed.getAuthorFeed.json';
const HP = 'handmade-app.bsky.feed.getPosts.json';
const HF = 'handmade-app.bsky.feed.getFeed.json';

describe('Bluesky parser: media and link cards (hand-made)', () => {
  it('a gallery (gallery#view items[]: fullsize, thumbnail, alt, aspect ratio; empty alt omitted)', () => {
    expect(postIn(HG, 'at://did:plc:a11cea11cea11cea11cea11c/app.bsky.feed.post/3mgallery0002')).toEqual({
      id: 'bluesky:at://did:plc:a11cea11cea11cea11cea11c/app.bsky.feed.post/3mgallery0002',
      platform: 'bluesky',
      nativeId: 'at://did:plc:a11cea11cea11cea11cea11c/app.bsky.feed.post/3mgallery0002',
      url: 'https://bsky.app/profile/alice.example.com/post/3mgallery0002',
      author: {
        id: 'did:plc:a11cea11cea11cea11cea11c',
        handle: 'alice.example.com',
        name: 'Alice Example',
        avatarUrl:
          'https://cdn.bsky.app/img/avatar/plain/did:plc:a11cea11cea11cea11cea11c/bafkreihkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkmk@jpeg',
        verified: false,
      },
      text: 'Three from this morning’s walk',
      entities: [],
      lang: 'en',
      createdAt: 1781078400000,
      sortAt: 1781078400000,
      media: [
        {
          kind: 'photo',
          url: 'https://cdn.bsky.app/img/feed_fullsize/plain/did:plc:a11cea11cea11cea11cea11c/bafkreihkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkll@jpeg',
          previewUrl:
            'https://cdn.bsky.app/img/feed_thumbnail/plain/did:plc:a11cea11cea11cea11cea11c/bafkreihkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkll@jpeg',
          width: 1200,
          height: 1600,
          altText: 'A red door',
        },
        {
          kind: 'photo',
          url: 'https://cdn.bsky.app/img/feed_fullsize/plain/did:plc:a11cea11cea11cea11cea11c/bafkreihkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkklm@jpeg',
          previewUrl:
            'https://cdn.bsky.app/img/feed_thumbnail/plain/did:plc:a11cea11cea11cea11cea11c/bafkreihkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkklm@jpeg',
          width: 1600,
          height: 1200,
        },
        {
          kind: 'photo',
          url: 'https://cdn.bsky.app/img/feed_fullsize/plain/did:plc:a11cea11cea11cea11cea11c/bafkreihkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkln@jpeg',
          previewUrl:
            'https://cdn.bsky.app/img/feed_thumbnail/plain/did:plc:a11cea11cea11cea11cea11c/bafkreihkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkln@jpeg',
          width: 1000,
          height: 1000,
          altText: 'Rooftops at dusk',
        },
      ],
      counts: {
        replies: 0,
        reposts: 2,
        quotes: 0,
        likes: 31,
        bookmarks: 1,
        readAt: NOW,
      },
      edited: false,
      sensitive: false,
      capture: captureFor(HG),
    });
  });

  it('recordWithMedia whose media is a gallery: photos and the quote', () => {
    expect(postIn(HG, 'at://did:plc:e2140e2140e2140e2140e214/app.bsky.feed.post/3mrwmgallery2')).toEqual({
      id: 'bluesky:at://did:plc:e2140e2140e2140e2140e214/app.bsky.feed.post/3mrwmgallery2',
      platform: 'bluesky',
      nativeId: 'at://did:plc:e2140e2140e2140e2140e214/app.bsky.feed.post/3mrwmgallery2',
      url: 'https://bsky.app/profile/erin.example.net/post/3mrwmgallery2',
      author: {
        id: 'did:plc:e2140e2140e2140e2140e214',
        handle: 'erin.example.net',
        name: 'Erin',
        avatarUrl:
          'https://cdn.bsky.app/img/avatar/plain/did:plc:e2140e2140e2140e2140e214/bafkreihkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkmm@jpeg',
        verified: false,
      },
      text: 'Agreed, here is mine',
      entities: [],
      lang: 'en',
      createdAt: 1781083800000,
      sortAt: 1781083800000,
      media: [
        {
          kind: 'photo',
          url: 'https://cdn.bsky.app/img/feed_fullsize/plain/did:plc:e2140e2140e2140e2140e214/bafkreihkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkklo@jpeg',
          previewUrl:
            'https://cdn.bsky.app/img/feed_thumbnail/plain/did:plc:e2140e2140e2140e2140e214/bafkreihkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkklo@jpeg',
          width: 900,
          height: 1200,
          altText: 'Same light, my street',
        },
      ],
      quotedPostId: 'bluesky:at://did:plc:b0bb0bb0bb0bb0bb0bb0bb0b/app.bsky.feed.post/3mquoted00002',
      counts: {
        replies: 0,
        reposts: 0,
        quotes: 0,
        likes: 3,
        bookmarks: 0,
        readAt: NOW,
      },
      edited: false,
      sensitive: false,
      capture: captureFor(HG),
    });
  });

  it('images (images#view): alt text, and an image without aspectRatio has no size', () => {
    expect(postIn(HF, 'at://did:plc:a11cea11cea11cea11cea11c/app.bsky.feed.post/3mphotos00002')).toEqual({
      id: 'bluesky:at://did:plc:a11cea11cea11cea11cea11c/app.bsky.feed.post/3mphotos00002',
      platform: 'bluesky',
      nativeId: 'at://did:plc:a11cea11cea11cea11cea11c/app.bsky.feed.post/3mphotos00002',
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
      sortAt: 1782979200000,
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

  it('a video with presentation "gif" is a gif; an author with handle.invalid is named by DID', () => {
    expect(postIn(HP, 'at://did:plc:ca201ca201ca201ca201ca20/app.bsky.feed.post/3mgifvideo002')).toEqual({
      id: 'bluesky:at://did:plc:ca201ca201ca201ca201ca20/app.bsky.feed.post/3mgifvideo002',
      platform: 'bluesky',
      nativeId: 'at://did:plc:ca201ca201ca201ca201ca20/app.bsky.feed.post/3mgifvideo002',
      url: 'https://bsky.app/profile/did:plc:ca201ca201ca201ca201ca20/post/3mgifvideo002',
      author: {
        id: 'did:plc:ca201ca201ca201ca201ca20',
        handle: 'did:plc:ca201ca201ca201ca201ca20',
        name: 'Carol',
        avatarUrl:
          'https://cdn.bsky.app/img/avatar/plain/did:plc:ca201ca201ca201ca201ca20/bafkreihkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkknr@jpeg',
        verified: false,
      },
      text: 'loop',
      entities: [],
      createdAt: 1777802820000,
      sortAt: 1777802820000,
      media: [
        {
          kind: 'gif',
          url: 'https://video.bsky.app/watch/did%3Aplc%3Aca201ca201ca201ca201ca20/bafkreihkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkrl/playlist.m3u8',
          previewUrl:
            'https://video.bsky.app/watch/did%3Aplc%3Aca201ca201ca201ca201ca20/bafkreihkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkrl/thumbnail.jpg',
          width: 480,
          height: 270,
          altText: 'A cat falling off a sofa',
        },
      ],
      counts: {
        replies: 2,
        reposts: 9,
        quotes: 0,
        likes: 80,
        bookmarks: 5,
        readAt: NOW,
      },
      edited: false,
      sensitive: false,
      capture: captureFor(HP),
    });
  });

  it('an external card on a www. host in mixed case: domain lowercased without www.', () => {
    expect(postIn(HF, 'at://did:plc:b0bb0bb0bb0bb0bb0bb0bb0b/app.bsky.feed.post/3mexternal002')).toEqual({
      id: 'bluesky:at://did:plc:b0bb0bb0bb0bb0bb0bb0bb0b/app.bsky.feed.post/3mexternal002',
      platform: 'bluesky',
      nativeId: 'at://did:plc:b0bb0bb0bb0bb0bb0bb0bb0b/app.bsky.feed.post/3mexternal002',
      url: 'https://bsky.app/profile/bob.bsky.social/post/3mexternal002',
      author: {
        id: 'did:plc:b0bb0bb0bb0bb0bb0bb0bb0b',
        handle: 'bob.bsky.social',
        name: '',
        avatarUrl:
          'https://cdn.bsky.app/img/avatar/plain/did:plc:b0bb0bb0bb0bb0bb0bb0bb0b/bafkreihkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkklok@jpeg',
        verified: false,
      },
      text: 'Worth a read',
      entities: [],
      lang: 'en',
      createdAt: 1782993600000,
      sortAt: 1782993600000,
      media: [],
      linkCard: {
        url: 'https://www.Example.org/articles/42?ref=bsky',
        title: 'An article',
        description: 'About things',
        imageUrl:
          'https://cdn.bsky.app/img/feed_thumbnail/plain/did:plc:b0bb0bb0bb0bb0bb0bb0bb0b/bafkreihkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkklol@jpeg',
        domain: 'example.org',
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
});
