import { describe, expect, it } from 'vitest';
import { needsCaptures } from '../../helpers/captures';
import { captureFor, entityTexts, NOW, postIn } from './fixture';

// Whole normalized Posts, one per feed kind (pins, reposts, replies). Each expected object was
// checked field by field against the feedViewPost in the file
// (jq '.feed[] | select(.post.uri == "<uri>")'), times converted with `date -d <iso> +%s%3N`.

const F12 = 'app.bsky.feed.getAuthorFeed-2024-12-11items-reasonPin-reasonRepost-video-blockedPost.json';
const F09 = 'app.bsky.feed.getAuthorFeed-2024-09-17items-4reposts-external-cards.json';

describe('Bluesky parser: feed items (real captures)', needsCaptures, () => {
  it('a pinned post (reasonPin): video as HLS playlist + thumbnail, a #tag facet after emoji', () => {
    expect(postIn(F12, 'at://did:plc:r6plple62aceb3swpehwh5sq/app.bsky.feed.post/3l74xovbmtd2g')).toEqual({
      id: 'bluesky:at://did:plc:r6plple62aceb3swpehwh5sq/app.bsky.feed.post/3l74xovbmtd2g',
      platform: 'bluesky',
      nativeId: 'at://did:plc:r6plple62aceb3swpehwh5sq/app.bsky.feed.post/3l74xovbmtd2g',
      url: 'https://bsky.app/profile/clara.phase-connect.com/post/3l74xovbmtd2g',
      author: {
        id: 'did:plc:r6plple62aceb3swpehwh5sq',
        handle: 'clara.phase-connect.com',
        name: 'Kaminari Clara 🍾⚡',
        avatarUrl:
          'https://cdn.bsky.app/img/avatar/plain/did:plc:r6plple62aceb3swpehwh5sq/bafkreigsqu5fo637njjf3mawggevq4ja62iuml3cin4g4bqpoztvy52a2y@jpeg',
        verified: false,
      },
      text: "🎵【 Original Song 】🎶\n\nPlaying Favourites - Kaminari Clara #phaseconnect\n\nRaise your glasses, everyone. We're traveling back to the 80s with this one. 🕺📼\n\n🔗 Links for streaming and credits below!",
      entities: [
        {
          kind: 'hashtag',
          start: 59,
          end: 72,
          tag: 'phaseconnect',
        },
      ],
      lang: 'en',
      createdAt: 1729632346346,
      sortAt: 1729632346346,
      media: [
        {
          kind: 'video',
          url: 'https://video.bsky.app/watch/did%3Aplc%3Ar6plple62aceb3swpehwh5sq/bafkreifwgt2bzpkmnuoq5kexx4gupqykbgowzbjzgogwhcsxonulu5hdm4/playlist.m3u8',
          previewUrl:
            'https://video.bsky.app/watch/did%3Aplc%3Ar6plple62aceb3swpehwh5sq/bafkreifwgt2bzpkmnuoq5kexx4gupqykbgowzbjzgogwhcsxonulu5hdm4/thumbnail.jpg',
          width: 1920,
          height: 1080,
        },
      ],
      counts: {
        replies: 5,
        reposts: 31,
        quotes: 1,
        likes: 138,
        readAt: NOW,
      },
      edited: false,
      sensitive: false,
      pinned: true,
      capture: captureFor(F12),
    });
    expect(
      entityTexts(postIn(F12, 'at://did:plc:r6plple62aceb3swpehwh5sq/app.bsky.feed.post/3l74xovbmtd2g')),
    ).toEqual(['#phaseconnect']);
  });

  it('a reposted post is stored as its own row (images with aspect ratio, empty text)', () => {
    expect(postIn(F12, 'at://did:plc:vax23oilyd4ui2kmqkzupio5/app.bsky.feed.post/3lc7bh55hic2s')).toEqual({
      id: 'bluesky:at://did:plc:vax23oilyd4ui2kmqkzupio5/app.bsky.feed.post/3lc7bh55hic2s',
      platform: 'bluesky',
      nativeId: 'at://did:plc:vax23oilyd4ui2kmqkzupio5/app.bsky.feed.post/3lc7bh55hic2s',
      url: 'https://bsky.app/profile/thatericalper.bsky.social/post/3lc7bh55hic2s',
      author: {
        id: 'did:plc:vax23oilyd4ui2kmqkzupio5',
        handle: 'thatericalper.bsky.social',
        name: 'Eric Alper ',
        avatarUrl:
          'https://cdn.bsky.app/img/avatar/plain/did:plc:vax23oilyd4ui2kmqkzupio5/bafkreigxcajrovj2fnr4zcyb5bsa2gow7mhlefxa4oujwsjqkpn3itqc5e@jpeg',
        verified: false,
      },
      text: '',
      entities: [],
      lang: 'en',
      createdAt: 1733010079724,
      sortAt: 1733010079724,
      media: [
        {
          kind: 'photo',
          url: 'https://cdn.bsky.app/img/feed_fullsize/plain/did:plc:vax23oilyd4ui2kmqkzupio5/bafkreidhhv5k5qr4fv6o37jbwevsohgqchaonwquoiq22thq46fn5p64be@jpeg',
          previewUrl:
            'https://cdn.bsky.app/img/feed_thumbnail/plain/did:plc:vax23oilyd4ui2kmqkzupio5/bafkreidhhv5k5qr4fv6o37jbwevsohgqchaonwquoiq22thq46fn5p64be@jpeg',
          width: 504,
          height: 600,
        },
      ],
      counts: {
        replies: 553,
        reposts: 2194,
        quotes: 290,
        likes: 21837,
        readAt: NOW,
      },
      edited: false,
      sensitive: false,
      capture: captureFor(F12),
    });
  });

  it("the repost row: the original's content, the reposter, sortAt = the repost time; without reason.uri (2024) its id is derived from the reposter's DID", () => {
    expect(
      postIn(
        F12,
        'at://did:plc:vax23oilyd4ui2kmqkzupio5/app.bsky.feed.post/3lc7bh55hic2s-rp-did:plc:r6plple62aceb3swpehwh5sq',
      ),
    ).toEqual({
      id: 'bluesky:at://did:plc:vax23oilyd4ui2kmqkzupio5/app.bsky.feed.post/3lc7bh55hic2s-rp-did:plc:r6plple62aceb3swpehwh5sq',
      platform: 'bluesky',
      nativeId:
        'at://did:plc:vax23oilyd4ui2kmqkzupio5/app.bsky.feed.post/3lc7bh55hic2s-rp-did:plc:r6plple62aceb3swpehwh5sq',
      url: 'https://bsky.app/profile/thatericalper.bsky.social/post/3lc7bh55hic2s',
      author: {
        id: 'did:plc:vax23oilyd4ui2kmqkzupio5',
        handle: 'thatericalper.bsky.social',
        name: 'Eric Alper ',
        avatarUrl:
          'https://cdn.bsky.app/img/avatar/plain/did:plc:vax23oilyd4ui2kmqkzupio5/bafkreigxcajrovj2fnr4zcyb5bsa2gow7mhlefxa4oujwsjqkpn3itqc5e@jpeg',
        verified: false,
      },
      text: '',
      entities: [],
      lang: 'en',
      createdAt: 1733010079724,
      sortAt: 1733027081251,
      media: [
        {
          kind: 'photo',
          url: 'https://cdn.bsky.app/img/feed_fullsize/plain/did:plc:vax23oilyd4ui2kmqkzupio5/bafkreidhhv5k5qr4fv6o37jbwevsohgqchaonwquoiq22thq46fn5p64be@jpeg',
          previewUrl:
            'https://cdn.bsky.app/img/feed_thumbnail/plain/did:plc:vax23oilyd4ui2kmqkzupio5/bafkreidhhv5k5qr4fv6o37jbwevsohgqchaonwquoiq22thq46fn5p64be@jpeg',
          width: 504,
          height: 600,
        },
      ],
      repost: {
        originalId: 'bluesky:at://did:plc:vax23oilyd4ui2kmqkzupio5/app.bsky.feed.post/3lc7bh55hic2s',
        by: {
          id: 'did:plc:r6plple62aceb3swpehwh5sq',
          handle: 'clara.phase-connect.com',
          name: 'Kaminari Clara 🍾⚡',
        },
        at: 1733027081251,
      },
      counts: {
        replies: 553,
        reposts: 2194,
        quotes: 290,
        likes: 21837,
        readAt: NOW,
      },
      edited: false,
      sensitive: false,
      capture: captureFor(F12),
    });
  });

  it('a reply whose parent and root are blockedPost: parentUnavailable "blocked", no toHandle', () => {
    expect(postIn(F12, 'at://did:plc:r6plple62aceb3swpehwh5sq/app.bsky.feed.post/3lcaft7axs22n')).toEqual({
      id: 'bluesky:at://did:plc:r6plple62aceb3swpehwh5sq/app.bsky.feed.post/3lcaft7axs22n',
      platform: 'bluesky',
      nativeId: 'at://did:plc:r6plple62aceb3swpehwh5sq/app.bsky.feed.post/3lcaft7axs22n',
      url: 'https://bsky.app/profile/clara.phase-connect.com/post/3lcaft7axs22n',
      author: {
        id: 'did:plc:r6plple62aceb3swpehwh5sq',
        handle: 'clara.phase-connect.com',
        name: 'Kaminari Clara 🍾⚡',
        avatarUrl:
          'https://cdn.bsky.app/img/avatar/plain/did:plc:r6plple62aceb3swpehwh5sq/bafkreigsqu5fo637njjf3mawggevq4ja62iuml3cin4g4bqpoztvy52a2y@jpeg',
        verified: false,
      },
      text: 'Negativity? On MY bsky? Be gone, harlot 👏',
      entities: [],
      lang: 'en',
      createdAt: 1733049139297,
      sortAt: 1733049139297,
      media: [],
      reply: {
        toPostId: 'bluesky:at://did:plc:w3oxymw45cea5trkm6bgluxi/app.bsky.feed.post/3lcactr5ens27',
        rootPostId: 'bluesky:at://did:plc:r6plple62aceb3swpehwh5sq/app.bsky.feed.post/3lcab2vued22o',
        parentUnavailable: 'blocked',
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
      capture: captureFor(F12),
    });
  });

  it("a reply whose parent is in the same response: toHandle from that post's author", () => {
    expect(postIn(F12, 'at://did:plc:r6plple62aceb3swpehwh5sq/app.bsky.feed.post/3lcab3jqgss2o')).toEqual({
      id: 'bluesky:at://did:plc:r6plple62aceb3swpehwh5sq/app.bsky.feed.post/3lcab3jqgss2o',
      platform: 'bluesky',
      nativeId: 'at://did:plc:r6plple62aceb3swpehwh5sq/app.bsky.feed.post/3lcab3jqgss2o',
      url: 'https://bsky.app/profile/clara.phase-connect.com/post/3lcab3jqgss2o',
      author: {
        id: 'did:plc:r6plple62aceb3swpehwh5sq',
        handle: 'clara.phase-connect.com',
        name: 'Kaminari Clara 🍾⚡',
        avatarUrl:
          'https://cdn.bsky.app/img/avatar/plain/did:plc:r6plple62aceb3swpehwh5sq/bafkreigsqu5fo637njjf3mawggevq4ja62iuml3cin4g4bqpoztvy52a2y@jpeg',
        verified: false,
      },
      text: "I DIDN'T KNOW SHE LIKED THESE I'M GOING TO GIVE THEM ALL TO HER",
      entities: [],
      lang: 'en',
      createdAt: 1733044050015,
      sortAt: 1733044050015,
      media: [],
      reply: {
        toPostId: 'bluesky:at://did:plc:ftdheryomua4ucuprxsarbsn/app.bsky.feed.post/3lc7gxsukmk2h',
        toHandle: 'prettycarrion.bsky.social',
        rootPostId: 'bluesky:at://did:plc:ftdheryomua4ucuprxsarbsn/app.bsky.feed.post/3lc7gxsukmk2h',
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
      capture: captureFor(F12),
    });
  });

  it('mention and link facets: handle as the text shows it, DID as userId', () => {
    expect(postIn(F09, 'at://did:plc:lehcqqkwzcwvjvw66uthu5oq/app.bsky.feed.post/3l2pmnsgdjn27')).toEqual({
      id: 'bluesky:at://did:plc:lehcqqkwzcwvjvw66uthu5oq/app.bsky.feed.post/3l2pmnsgdjn27',
      platform: 'bluesky',
      nativeId: 'at://did:plc:lehcqqkwzcwvjvw66uthu5oq/app.bsky.feed.post/3l2pmnsgdjn27',
      url: 'https://bsky.app/profile/atprotocol.dev/post/3l2pmnsgdjn27',
      author: {
        id: 'did:plc:lehcqqkwzcwvjvw66uthu5oq',
        handle: 'atprotocol.dev',
        name: 'AT Protocol Fan Account',
        avatarUrl:
          'https://cdn.bsky.app/img/avatar/plain/did:plc:lehcqqkwzcwvjvw66uthu5oq/bafkreib3n46bkixt6uyfpx26nvetn64ny4cc4bil6kbn537ashft3elrga@jpeg',
        verified: false,
      },
      text: 'Our second tech talk is now booked. @bmann.ca will be talking with @ngerakines.me about Smoke Signal Events @smokesignal.events next Thursday, Sept 5th\n\natprotocol.dev/tech-talk-sm...',
      entities: [
        {
          kind: 'mention',
          start: 36,
          end: 45,
          handle: 'bmann.ca',
          userId: 'did:plc:2cxgdrgtsmrbqnjkwyplmp43',
        },
        {
          kind: 'mention',
          start: 67,
          end: 81,
          handle: 'ngerakines.me',
          userId: 'did:plc:cbkjy5n7bk3ax2wplmtjofq2',
        },
        {
          kind: 'mention',
          start: 108,
          end: 127,
          handle: 'smokesignal.events',
          userId: 'did:plc:tgudj2fjm77pzkuawquqhsxm',
        },
        {
          kind: 'link',
          start: 153,
          end: 183,
          url: 'https://atprotocol.dev/tech-talk-smoke-signal-events/',
        },
      ],
      lang: 'en',
      createdAt: 1724775777262,
      sortAt: 1724775777262,
      media: [],
      linkCard: {
        url: 'https://atprotocol.dev/tech-talk-smoke-signal-events/',
        title: 'Tech Talk: Smoke Signal Events',
        description: 'Smoke Signal is an events & RSVP system, built by Nick Gerakines on top of ATProtocol.',
        imageUrl:
          'https://cdn.bsky.app/img/feed_thumbnail/plain/did:plc:lehcqqkwzcwvjvw66uthu5oq/bafkreier5usn75o4hdnhdcwr62f7svomkzgcx6tiypeppjg64nwvwhnsuu@jpeg',
        domain: 'atprotocol.dev',
      },
      counts: {
        replies: 1,
        reposts: 8,
        quotes: 1,
        likes: 15,
        readAt: NOW,
      },
      edited: false,
      sensitive: false,
      capture: captureFor(F09),
    });
    expect(
      entityTexts(postIn(F09, 'at://did:plc:lehcqqkwzcwvjvw66uthu5oq/app.bsky.feed.post/3l2pmnsgdjn27')),
    ).toEqual(['@bmann.ca', '@ngerakines.me', '@smokesignal.events', 'atprotocol.dev/tech-talk-sm...']);
  });

  it('a link facet the record carries twice over the same bytes: one entity, nothing counted', () => {
    expect(postIn(F09, 'at://did:plc:6z5botgrc5vekq7j26xnvawq/app.bsky.feed.post/3l4tpp5hujn2v')).toEqual({
      id: 'bluesky:at://did:plc:6z5botgrc5vekq7j26xnvawq/app.bsky.feed.post/3l4tpp5hujn2v',
      platform: 'bluesky',
      nativeId: 'at://did:plc:6z5botgrc5vekq7j26xnvawq/app.bsky.feed.post/3l4tpp5hujn2v',
      url: 'https://bsky.app/profile/weswalla.bsky.social/post/3l4tpp5hujn2v',
      author: {
        id: 'did:plc:6z5botgrc5vekq7j26xnvawq',
        handle: 'weswalla.bsky.social',
        name: 'Wesley Finck',
        avatarUrl:
          'https://cdn.bsky.app/img/avatar/plain/did:plc:6z5botgrc5vekq7j26xnvawq/bafkreig3weniwt64x5rmau77bgqmpo26p6qy4tusdzfccreun44nvuaczq@jpeg',
        verified: false,
      },
      text: "I've been able to play a few steam games on my macbook using https://getwhisky.app/ and it works pretty well! So far it handles Chained Together and Pilgrim without issue, but Lunch Lady kept glitching out everytime she killed me",
      entities: [
        {
          kind: 'link',
          start: 61,
          end: 83,
          url: 'https://getwhisky.app/',
        },
      ],
      lang: 'en',
      createdAt: 1727115505568,
      sortAt: 1727115505568,
      media: [],
      counts: {
        replies: 0,
        reposts: 0,
        quotes: 0,
        likes: 1,
        readAt: NOW,
      },
      edited: false,
      sensitive: false,
      capture: captureFor(F09),
    });
  });
});
