import { describe, expect, it } from 'vitest';
import { needsCaptures } from '../../helpers/captures';
import { captureFor, NOW, postIn } from './fixtures';

// Whole normalized Posts, one per kind. Each expected object was checked field by field against the
// status in the capture (jq '.. | objects | select(.uri == "<uri>")'); times are Date.parse of
// its ISO `created_at`.

const HOME = 'api-v1-timelines-home-fosstodon-2025-07-5statuses.json';
const NOTIFICATIONS =
  'api-v2-notifications-grouped-icosahedron.website-2026-04-40groups-37statuses-quote-poll-cw.json';
const QUOTE = 'api-v1-statuses-mastodon.social-2025-08-quote-nested-bridged-bsky.json';

describe('Mastodon parser: text, entities and authors', needsCaptures, () => {
  it('remote author with a custom emoji name; hashtags, a mention of a local account, content emoji', () => {
    const uri = 'https://corteximplant.com/users/donnagen/statuses/114869166140148790';
    expect(postIn(HOME, uri)).toEqual({
      id: `mastodon:${uri}`,
      platform: 'mastodon',
      nativeId: uri,
      url: 'https://corteximplant.com/@donnagen/114869166140148790',
      author: {
        id: 'https://corteximplant.com/users/donnagen',
        handle: 'donnagen@corteximplant.com',
        name: 'Donnagen :hehehmuhar:',
        avatarUrl:
          'https://cdn.fosstodon.org/cache/accounts/avatars/111/749/904/359/511/073/original/8bde169009703996.png',
        verified: false,
        // only the emoji the name uses (the account's list also covers its bio and fields), static
        emojis: [
          {
            shortcode: 'hehehmuhar',
            url: 'https://cdn.fosstodon.org/cache/custom_emojis/images/000/772/451/static/6b209156ce2f2780.png',
          },
        ],
      },
      text:
        "Was looking for an #rstats package and stumbled on @schochastics's #rtoot package for getting R to " +
        "interact with Mastodon. \n\nIt's not my field, but this definitely sparks joy :maxheadroom:",
      entities: [
        { kind: 'hashtag', start: 19, end: 26, tag: 'rstats' },
        // `acct: "schochastics"` is local to fosstodon.org: the host comes from the mention's url
        {
          kind: 'mention',
          start: 51,
          end: 64,
          handle: 'schochastics@fosstodon.org',
          userId: 'https://fosstodon.org/@schochastics',
        },
        { kind: 'hashtag', start: 67, end: 73, tag: 'rtoot' },
      ],
      lang: 'en',
      createdAt: 1752764375000,
      sortAt: 1752764375000,
      media: [],
      counts: { replies: 1, reposts: 1, likes: 1, readAt: NOW },
      edited: false,
      sensitive: false,
      emojis: [
        {
          shortcode: 'maxheadroom',
          url: 'https://cdn.fosstodon.org/cache/custom_emojis/images/001/047/907/static/3a1d74bbb30e2ce2.png',
        },
      ],
      // the reader's server (fosstodon.org) knows this status as 114869166204750572
      local: {
        id: '114869166204750572',
        url: 'https://fosstodon.org/@donnagen@corteximplant.com/114869166204750572',
      },
      capture: captureFor(HOME),
    });
  });

  it('a reply whose parent is in the same response; two mentions; an ellipsis link; a card', () => {
    const uri = 'https://icosahedron.website/users/sagamusix/statuses/116388536126309513';
    expect(postIn(NOTIFICATIONS, uri)).toEqual({
      id: `mastodon:${uri}`,
      platform: 'mastodon',
      nativeId: uri,
      url: 'https://icosahedron.website/@sagamusix/116388536126309513',
      author: {
        id: 'https://icosahedron.website/users/sagamusix',
        handle: 'sagamusix@icosahedron.website',
        name: 'Saga Musix',
        avatarUrl:
          'https://icosahedron.website/system/accounts/avatars/109/399/908/329/150/108/original/a69fe0c7e29ac81b.png',
        verified: false,
      },
      text: '@halcy @cancel Someone even built a whole machine around it cromagnontech.blogspot.com/201…',
      entities: [
        {
          kind: 'mention',
          start: 0,
          end: 6,
          handle: 'halcy@icosahedron.website',
          userId: 'https://icosahedron.website/@halcy',
        },
        {
          kind: 'mention',
          start: 7,
          end: 14,
          handle: 'cancel@merveilles.town',
          userId: 'https://merveilles.town/@cancel',
        },
        {
          kind: 'link',
          start: 60,
          end: 91,
          url: 'https://cromagnontech.blogspot.com/2018/04/the-yeah-woo-machine.html',
        },
      ],
      lang: 'en',
      createdAt: 1775948122046,
      sortAt: 1775948122046,
      media: [],
      linkCard: {
        url: 'https://cromagnontech.blogspot.com/2018/04/the-yeah-woo-machine.html',
        title: 'The Yeah! Woo! machine',
        description:
          '  I yeah woo, and so can you!                      The kernel of this project was a mic amp I had laying around ( this one ). Both the mic a...',
        imageUrl:
          'https://icosahedron.website/system/cache/preview_cards/images/006/101/815/original/9e0c61d592d48db6.jpg',
        domain: 'cromagnontech.blogspot.com',
      },
      // in_reply_to_id 116387892856015132 is among the response's statuses; account "1" is @halcy
      reply: {
        toPostId: 'mastodon:https://icosahedron.website/users/halcy/statuses/116387892856015132',
        toHandle: 'halcy@icosahedron.website',
      },
      counts: { replies: 0, reposts: 0, quotes: 0, likes: 0, readAt: NOW },
      edited: false,
      sensitive: false,
      local: { id: '116388536126309513', url: 'https://icosahedron.website/@sagamusix/116388536126309513' },
      capture: captureFor(NOTIFICATIONS),
    });
  });

  it('a bridged Bluesky account: empty display name shows the username; raw newlines kept; card', () => {
    const uri =
      'https://bsky.brid.gy/convert/ap/at://did:plc:hmk4f5yf3ohtsvw32sbtwvk3/app.bsky.feed.post/3lu66quubp22m';
    expect(postIn(HOME, uri)).toEqual({
      id: `mastodon:${uri}`,
      platform: 'mastodon',
      nativeId: uri,
      url: 'https://fed.brid.gy/r/https://bsky.app/profile/did:plc:hmk4f5yf3ohtsvw32sbtwvk3/post/3lu66quubp22m',
      author: {
        id: 'https://bsky.brid.gy/ap/did:plc:hmk4f5yf3ohtsvw32sbtwvk3',
        handle: 'pp0196.bsky.social@bsky.brid.gy',
        name: 'SMT',
        avatarUrl:
          'https://cdn.fosstodon.org/cache/accounts/avatars/114/061/189/013/338/922/original/c5eccd5a4b29aca6.jpeg',
        verified: false,
      },
      text: '#rstats #FunctionalProgramming\n\ngithub.com/mailund/tailr\n\nGitHub - mailund/tailr: Automa...',
      entities: [
        // Bridgy marks hashtags `class="hashtag"` only, linking to Bluesky's search
        { kind: 'hashtag', start: 0, end: 7, tag: 'rstats' },
        { kind: 'hashtag', start: 8, end: 30, tag: 'FunctionalProgramming' },
        { kind: 'link', start: 32, end: 56, url: 'https://github.com/mailund/tailr' },
        { kind: 'link', start: 58, end: 91, url: 'https://github.com/mailund/tailr' },
      ],
      lang: 'en',
      createdAt: 1752764034917,
      sortAt: 1752764034917,
      media: [],
      linkCard: {
        url: 'https://github.com/mailund/tailr',
        title: 'GitHub - mailund/tailr: Automatic trail recursion optimisation',
        description:
          'Automatic trail recursion optimisation. Contribute to mailund/tailr development by creating an account on GitHub.',
        imageUrl:
          'https://cdn.fosstodon.org/cache/preview_cards/images/052/508/097/original/d4bed98dcf711d79.png',
        domain: 'github.com',
      },
      counts: { replies: 1, reposts: 1, likes: 1, readAt: NOW },
      edited: false,
      sensitive: false,
      local: {
        id: '114869144097749491',
        url: 'https://fosstodon.org/@pp0196.bsky.social@bsky.brid.gy/114869144097749491',
      },
      capture: captureFor(HOME),
    });
  });

  it('a reply to a status the response does not hold: an empty reply, no guessed parent', () => {
    // in_reply_to_id 115044053131672379 / account 109446733188999785 appear nowhere in the file
    const post = postIn(
      QUOTE,
      'https://bsky.brid.gy/convert/ap/at://did:plc:5syfqzormjkutgo5hi2u2gpr/app.bsky.feed.post/3lwlunj3oqs22',
    );
    expect(post?.reply).toEqual({});
    expect(post?.author.name).toBe('h4lcy.bsky.social'); // display_name ""
  });
});
