import { describe, expect, it } from 'vitest';
import { needsCaptures } from '../../helpers/captures';
import { captureFor, entityTexts, NOW, postIn } from './fixture';

// Whole normalized Posts, one per embed kind, from real captures. Each expected object was checked
// field by field against the post view in the file (jq '.. | objects | select(.uri == "<uri>")').

const T5 = 'app.bsky.feed.getPostThread-2025-04-5posts-video-quote-sv.json';
const T23 = 'app.bsky.feed.getPostThread-2023-09-1post-recordWithMedia-images.json';
const TL = 'app.bsky.feed.getTimeline-2023-05-200items.json';

describe('Bluesky parser: embeds (real captures)', needsCaptures, () => {
  it('a quote (record#view → viewRecord): quotedPostId, and a link facet at byte 0', () => {
    expect(postIn(T5, 'at://did:plc:evocjxmi5cps2thb4ya5jcji/app.bsky.feed.post/3lmi4g7yf522c')).toEqual({
      id: 'bluesky:at://did:plc:evocjxmi5cps2thb4ya5jcji/app.bsky.feed.post/3lmi4g7yf522c',
      platform: 'bluesky',
      nativeId: 'at://did:plc:evocjxmi5cps2thb4ya5jcji/app.bsky.feed.post/3lmi4g7yf522c',
      url: 'https://bsky.app/profile/laagrrluv.bsky.social/post/3lmi4g7yf522c',
      author: {
        id: 'did:plc:evocjxmi5cps2thb4ya5jcji',
        handle: 'laagrrluv.bsky.social',
        name: 'Johan Lagerlöf',
        avatarUrl:
          'https://cdn.bsky.app/img/avatar/plain/did:plc:evocjxmi5cps2thb4ya5jcji/bafkreihmqwucvdq3d2fof6mtjpk2zf62jklprevvevdysm5z2jia3srstu@jpeg',
        verified: false,
      },
      text: 'bsky.app/profile/laag...',
      entities: [
        {
          kind: 'link',
          start: 0,
          end: 24,
          url: 'https://bsky.app/profile/laagrrluv.bsky.social/post/3lmcpqmyyg22v',
        },
      ],
      lang: 'en',
      createdAt: 1744309034363,
      sortAt: 1744309034363,
      media: [],
      quotedPostId: 'bluesky:at://did:plc:evocjxmi5cps2thb4ya5jcji/app.bsky.feed.post/3lmcpqmyyg22v',
      reply: {
        toPostId: 'bluesky:at://did:plc:evocjxmi5cps2thb4ya5jcji/app.bsky.feed.post/3ll5dz4mqmb2l',
        toHandle: 'laagrrluv.bsky.social',
        rootPostId: 'bluesky:at://did:plc:evocjxmi5cps2thb4ya5jcji/app.bsky.feed.post/3ll5dz4mqmb2l',
      },
      counts: {
        replies: 0,
        reposts: 0,
        quotes: 0,
        likes: 0,
        readAt: NOW,
      },
      edited: false,
      sensitive: false,
      capture: captureFor(T5),
    });
    expect(
      entityTexts(postIn(T5, 'at://did:plc:evocjxmi5cps2thb4ya5jcji/app.bsky.feed.post/3lmi4g7yf522c')),
    ).toEqual(['bsky.app/profile/laag...']);
  });

  it('the quoted post is its own row, read from the viewRecord (value + embeds[]: its video)', () => {
    expect(postIn(T5, 'at://did:plc:evocjxmi5cps2thb4ya5jcji/app.bsky.feed.post/3lmcpqmyyg22v')).toEqual({
      id: 'bluesky:at://did:plc:evocjxmi5cps2thb4ya5jcji/app.bsky.feed.post/3lmcpqmyyg22v',
      platform: 'bluesky',
      nativeId: 'at://did:plc:evocjxmi5cps2thb4ya5jcji/app.bsky.feed.post/3lmcpqmyyg22v',
      url: 'https://bsky.app/profile/laagrrluv.bsky.social/post/3lmcpqmyyg22v',
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
      createdAt: 1744123626222,
      sortAt: 1744123626222,
      media: [
        {
          kind: 'video',
          url: 'https://video.bsky.app/watch/did%3Aplc%3Aevocjxmi5cps2thb4ya5jcji/bafkreibyn3a4fxa7sgxtena6jgigj7vrxyzn55hsuede5judssei5fmpqq/playlist.m3u8',
          previewUrl:
            'https://video.bsky.app/watch/did%3Aplc%3Aevocjxmi5cps2thb4ya5jcji/bafkreibyn3a4fxa7sgxtena6jgigj7vrxyzn55hsuede5judssei5fmpqq/thumbnail.jpg',
          width: 720,
          height: 1280,
        },
      ],
      counts: {
        replies: 1,
        reposts: 0,
        quotes: 1,
        likes: 0,
        readAt: NOW,
      },
      edited: false,
      sensitive: false,
      capture: captureFor(T5),
    });
  });

  it('recordWithMedia: the images and the quote, both', () => {
    expect(postIn(T23, 'at://did:plc:kvwvcn5iqfooopmyzvb4qzba/app.bsky.feed.post/3kaheyt6vpc22')).toEqual({
      id: 'bluesky:at://did:plc:kvwvcn5iqfooopmyzvb4qzba/app.bsky.feed.post/3kaheyt6vpc22',
      platform: 'bluesky',
      nativeId: 'at://did:plc:kvwvcn5iqfooopmyzvb4qzba/app.bsky.feed.post/3kaheyt6vpc22',
      url: 'https://bsky.app/profile/test.marshal.dev/post/3kaheyt6vpc22',
      author: {
        id: 'did:plc:kvwvcn5iqfooopmyzvb4qzba',
        handle: 'test.marshal.dev',
        name: 'Python SDK',
        avatarUrl:
          'https://cdn.bsky.app/img/avatar/plain/did:plc:kvwvcn5iqfooopmyzvb4qzba/bafkreicwqcugdgubtawr6xv6jjifoju67eigwx2xgz4zs73nkzzn36oucy@jpeg',
        verified: false,
      },
      text: '',
      entities: [],
      lang: 'en',
      createdAt: 1695905376735,
      sortAt: 1695905376735,
      media: [
        {
          kind: 'photo',
          url: 'https://cdn.bsky.app/img/feed_fullsize/plain/did:plc:kvwvcn5iqfooopmyzvb4qzba/bafkreic3cp5ky525vsukjvrzxsc2h3jka2gud74l2hgeatw2rhj2qycnmq@jpeg',
          previewUrl:
            'https://cdn.bsky.app/img/feed_thumbnail/plain/did:plc:kvwvcn5iqfooopmyzvb4qzba/bafkreic3cp5ky525vsukjvrzxsc2h3jka2gud74l2hgeatw2rhj2qycnmq@jpeg',
        },
      ],
      quotedPostId: 'bluesky:at://did:plc:kvwvcn5iqfooopmyzvb4qzba/app.bsky.feed.post/3kahesw26il2z',
      counts: {
        replies: 0,
        reposts: 0,
        likes: 0,
        readAt: NOW,
      },
      edited: false,
      sensitive: false,
      capture: captureFor(T23),
    });
  });

  it('a feed generator embed (generatorView) → a link card to its bsky.app page', () => {
    expect(postIn(TL, 'at://did:plc:egpxmsya32mhhh5smd375vcx/app.bsky.feed.post/3jw76ltlhwv2a')).toEqual({
      id: 'bluesky:at://did:plc:egpxmsya32mhhh5smd375vcx/app.bsky.feed.post/3jw76ltlhwv2a',
      platform: 'bluesky',
      nativeId: 'at://did:plc:egpxmsya32mhhh5smd375vcx/app.bsky.feed.post/3jw76ltlhwv2a',
      url: 'https://bsky.app/profile/jik.wtf/post/3jw76ltlhwv2a',
      author: {
        id: 'did:plc:egpxmsya32mhhh5smd375vcx',
        handle: 'jik.wtf',
        name: 'jik🃏',
        avatarUrl:
          'https://cdn.bsky.social/imgproxy/4tMVLaookLpbzuGyAUJEWR294vkG3NgI7P2XbIkHU28/rs:fill:1000:1000:1:0/plain/bafkreigmmgs4jqjsfa5so2uvmytzf34awxm6lgtyriaiinqki356srzdsa@jpeg',
        verified: false,
      },
      text: '👀',
      entities: [],
      createdAt: 1684628504478,
      sortAt: 1684628504478,
      media: [],
      linkCard: {
        url: 'https://bsky.app/profile/skyfeed.xyz/feed/h-gaming',
        title: '#gaming',
        description: 'Posts with #gaming from the whole network',
        domain: 'bsky.app',
      },
      counts: {
        replies: 1,
        reposts: 0,
        likes: 1,
        readAt: NOW,
      },
      edited: false,
      sensitive: false,
      capture: captureFor(TL),
    });
  });

  it('a list embed (listView) → a link card to its bsky.app page', () => {
    expect(postIn(TL, 'at://did:plc:vok247eewjmbmo3kxaizct2i/app.bsky.feed.post/3jw5tetpais22')).toEqual({
      id: 'bluesky:at://did:plc:vok247eewjmbmo3kxaizct2i/app.bsky.feed.post/3jw5tetpais22',
      platform: 'bluesky',
      nativeId: 'at://did:plc:vok247eewjmbmo3kxaizct2i/app.bsky.feed.post/3jw5tetpais22',
      url: 'https://bsky.app/profile/baiser.bsky.social/post/3jw5tetpais22',
      author: {
        id: 'did:plc:vok247eewjmbmo3kxaizct2i',
        handle: 'baiser.bsky.social',
        name: 'baiser',
        avatarUrl:
          'https://cdn.bsky.social/imgproxy/FUFsResb2OivchlouMCXu-41-kRZlN2MhMLPt1n4NI4/rs:fill:1000:1000:1:0/plain/bafkreicrwuidebqva6wpm6sfc6ie4ajywbbjxr6ti27im7wrbiybck4xtm@jpeg',
        verified: false,
      },
      text: '出だしが！♾️さん！\nこちら自然状態です。\n夜、ゆっくりじっくり拝読します。',
      entities: [],
      createdAt: 1684582098873,
      sortAt: 1684582098873,
      media: [],
      linkCard: {
        url: 'https://bsky.app/profile/shinyakato.dev/lists/3jvqbvdsijh2p',
        title: 'Test',
        description: 'Just for testing',
        domain: 'bsky.app',
      },
      counts: {
        replies: 1,
        reposts: 0,
        likes: 4,
        readAt: NOW,
      },
      edited: false,
      sensitive: false,
      capture: captureFor(TL),
    });
  });
});
