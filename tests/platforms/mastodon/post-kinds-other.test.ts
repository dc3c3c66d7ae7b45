import { describe, expect, it } from 'vitest';
import { parseMastodonApi } from '../../../lib/platforms/mastodon/parse-api';
import { needsCaptures } from '../../helpers/captures';
import { captureFor, contextFor, NOW, postIn, readOwnJson } from './fixtures';

// Polls, search results, filters, notifications, other servers' HTML: whole Posts, checked field by
// field against the file.

const NOTIFICATIONS =
  'api-v2-notifications-grouped-icosahedron.website-2026-04-40groups-37statuses-quote-poll-cw.json';
const SEARCH = 'api-v2-search-mastodon.social-2026-04-q-halcy-18accounts-2statuses.json';
const TAG = 'handmade-timelines-tag.json';
const V1 = 'handmade-notifications-v1.json';

describe('Mastodon parser: polls and search (real captures)', needsCaptures, () => {
  it('an expired single-choice poll with its votes', () => {
    const uri = 'https://mastodon.social/users/aldroid/statuses/116379653031343827';
    expect(postIn(NOTIFICATIONS, uri)).toEqual({
      id: `mastodon:${uri}`,
      platform: 'mastodon',
      nativeId: uri,
      url: 'https://mastodon.social/@aldroid/116379653031343827',
      author: {
        id: 'https://mastodon.social/users/aldroid',
        handle: 'aldroid@mastodon.social',
        name: 'aldroidia',
        avatarUrl:
          'https://icosahedron.website/system/cache/accounts/avatars/000/016/108/original/21fb3d97239897da.jpg',
        verified: false,
      },
      text: '"oo-ee-oo"',
      entities: [],
      lang: 'en',
      createdAt: 1775812576000,
      sortAt: 1775812576000,
      media: [],
      poll: {
        choices: [
          { label: '_ i look just like buddy holly', votes: 9 },
          { label: 'miku miku _', votes: 5 },
          { label: "yk that there's a reason why it's wearing off (_)", votes: 1 },
        ],
        endsAt: 1775898976000,
        closed: true,
        multiple: false,
      },
      counts: { replies: 0, reposts: 0, quotes: 0, likes: 1, readAt: NOW },
      edited: false,
      sensitive: false,
      local: {
        id: '116379653063553553',
        url: 'https://icosahedron.website/@aldroid@mastodon.social/116379653063553553',
      },
      capture: captureFor(NOTIFICATIONS),
    });
  });

  it('a search result: a remote reply (replied-to handle from its mentions), a card', () => {
    const uri = 'https://icosahedron.website/users/greg/statuses/116388148912635764';
    expect(postIn(SEARCH, uri)).toEqual({
      id: `mastodon:${uri}`,
      platform: 'mastodon',
      nativeId: uri,
      url: 'https://icosahedron.website/@greg/116388148912635764',
      author: {
        id: 'https://icosahedron.website/users/greg',
        handle: 'greg@icosahedron.website',
        name: 'Greg',
        avatarUrl:
          'https://files.mastodon.social/cache/accounts/avatars/108/902/549/022/722/291/original/5b757f0082164e62.png',
        verified: false,
      },
      text:
        "@cancel @halcy not only is this the classic hip-hop / funk sample but it's ALSO the dnb sample (just " +
        'sped up real fast) - e.g. heard right at the start of Squarepusher - Come On My Selector ' +
        'youtube.com/watch?v=MWCSw_cNxKc',
      entities: [
        {
          kind: 'mention',
          start: 0,
          end: 7,
          handle: 'cancel@merveilles.town',
          userId: 'https://merveilles.town/@cancel',
        },
        {
          kind: 'mention',
          start: 8,
          end: 14,
          handle: 'halcy@icosahedron.website',
          userId: 'https://icosahedron.website/@halcy',
        },
        { kind: 'link', start: 190, end: 221, url: 'https://www.youtube.com/watch?v=MWCSw_cNxKc' },
      ],
      lang: 'en',
      createdAt: 1775942213000,
      sortAt: 1775942213000,
      media: [],
      linkCard: {
        url: 'https://www.youtube.com/watch?v=MWCSw_cNxKc',
        title: 'Squarepusher - Come On My Selector (Official Video)',
        description:
          'Auf YouTube findest du großartige Videos und erstklassige Musik. Außerdem kannst du eigene Inhalte hochladen und mit Freunden oder mit der ganzen Welt teilen.',
        imageUrl:
          'https://files.mastodon.social/cache/preview_cards/images/013/106/826/original/75f92d8d6a9473b1.jpg',
        domain: 'youtube.com',
      },
      // in_reply_to_account_id 650393 is the mentioned cancel@merveilles.town; the parent is not in the file
      reply: { toHandle: 'cancel@merveilles.town' },
      counts: { replies: 1, reposts: 0, quotes: 0, likes: 0, readAt: NOW },
      edited: false,
      sensitive: false,
      local: {
        id: '116388149027005349',
        url: 'https://mastodon.social/@greg@icosahedron.website/116388149027005349',
      },
      capture: captureFor(SEARCH),
    });
  });
});

describe('Mastodon parser: filters, notifications, other servers (hand-made)', () => {
  it('a content warning and a matched `hide` filter: kept and marked', () => {
    const uri = 'https://polls.example/users/erin/statuses/34';
    expect(postIn(TAG, uri)).toEqual({
      id: `mastodon:${uri}`,
      platform: 'mastodon',
      nativeId: uri,
      url: 'https://polls.example/@erin/34',
      author: {
        id: 'https://polls.example/users/erin',
        handle: 'erin@polls.example',
        name: 'Erin',
        avatarUrl:
          'https://mastodon.example/system/cache/accounts/avatars/110000000000000006/original/avatar.png',
        verified: false,
      },
      text: 'Spoilers for the big count',
      entities: [],
      lang: 'en',
      createdAt: Date.UTC(2026, 3, 25, 7),
      sortAt: Date.UTC(2026, 3, 25, 7),
      media: [],
      counts: { replies: 0, reposts: 0, quotes: 0, likes: 0, readAt: NOW },
      edited: false,
      sensitive: true,
      contentWarning: 'count results',
      local: {
        id: '116300000000000006',
        url: 'https://mastodon.example/@erin@polls.example/116300000000000006',
      },
      filtered: [{ title: 'Spoilers', action: 'hide' }],
      capture: captureFor(TAG),
    });
  });

  it('Pleroma-style HTML: rel="tag" hashtag, a mention found by its text, <br/>, a javascript: link as text', () => {
    const uri = 'https://pleroma.example/objects/4f9c1b2e-0000-4000-8000-000000000001';
    expect(postIn(TAG, uri)).toEqual({
      id: `mastodon:${uri}`,
      platform: 'mastodon',
      nativeId: uri,
      url: 'https://pleroma.example/notice/AbC123xyz',
      author: {
        id: 'https://pleroma.example/users/frank',
        handle: 'frank@pleroma.example',
        name: 'Frank',
        avatarUrl:
          'https://mastodon.example/system/cache/accounts/avatars/110000000000000008/original/avatar.png',
        verified: false,
      },
      text: 'Spoonbills at #birding hide 3\n@frank (me) and not a link',
      entities: [
        { kind: 'hashtag', start: 14, end: 22, tag: 'birding' },
        // the anchor links the actor id; the mention's url is the profile page: matched by "@frank"
        {
          kind: 'mention',
          start: 30,
          end: 36,
          handle: 'frank@pleroma.example',
          userId: 'https://pleroma.example/@frank',
        },
      ],
      lang: 'en',
      createdAt: Date.UTC(2026, 3, 27, 9),
      sortAt: Date.UTC(2026, 3, 27, 9),
      media: [],
      counts: { replies: 0, reposts: 0, quotes: 0, likes: 0, readAt: NOW },
      edited: false,
      sensitive: false,
      local: {
        id: '116300000000000002',
        url: 'https://mastodon.example/@frank@pleroma.example/116300000000000002',
      },
      capture: captureFor(TAG),
    });
  });

  it("the reader's own status (local acct, pinned) from a favourite notification", () => {
    const uri = 'https://mastodon.example/users/reader/statuses/116400000000000001';
    expect(postIn(V1, uri)).toEqual({
      id: `mastodon:${uri}`,
      platform: 'mastodon',
      nativeId: uri,
      url: 'https://mastodon.example/@reader/116400000000000001',
      author: {
        id: 'https://mastodon.example/users/reader',
        handle: 'reader@mastodon.example',
        name: 'Reader',
        avatarUrl: 'https://mastodon.example/system/accounts/avatars/1/original/avatar.png',
        verified: false,
      },
      text: 'Counted 40 avocets today.',
      entities: [],
      lang: 'en',
      createdAt: Date.UTC(2026, 3, 29, 12),
      sortAt: Date.UTC(2026, 3, 29, 12),
      media: [],
      counts: { replies: 1, reposts: 1, quotes: 1, likes: 3, readAt: NOW },
      edited: false,
      sensitive: false,
      pinned: true,
      local: { id: '116400000000000001', url: 'https://mastodon.example/@reader/116400000000000001' },
      capture: captureFor(V1),
    });
  });

  it('v1 notifications: a reply linked to its parent in the same page, a quote without its "RE:" fallback', () => {
    const reply = postIn(V1, 'https://remote.example/users/dave/statuses/5501');
    expect(reply?.reply).toEqual({
      toPostId: 'mastodon:https://mastodon.example/users/reader/statuses/116400000000000001',
      toHandle: 'reader@mastodon.example',
    });
    const quote = postIn(V1, 'https://quotes.example/users/fay/statuses/42');
    expect(quote?.text).toBe('This is the count to beat.');
    expect(quote?.entities).toEqual([]);
    expect(quote?.quotedPostId).toBe(
      'mastodon:https://mastodon.example/users/reader/statuses/116400000000000001',
    );
    const poll = postIn(V1, 'https://polls.example/users/erin/statuses/8');
    expect(poll?.poll).toEqual({
      choices: [
        { label: 'Avocet :wader:', votes: 7 },
        { label: 'Curlew', votes: 5 },
      ],
      endsAt: Date.UTC(2026, 3, 29, 10),
      closed: true,
      multiple: true,
    });
    // the emoji is used in the text and an option
    expect(poll?.emojis).toEqual([
      { shortcode: 'wader', url: 'https://mastodon.example/system/custom_emojis/images/static/wader.png' },
    ]);
  });

  it("a profile's pinned list (`?pinned=true`) marks every status it holds as pinned", () => {
    const context = { ...contextFor(TAG), timeline: 'accounts/statuses/pinned' };
    const result = parseMastodonApi(readOwnJson(TAG), context);
    expect(result.posts.filter((post) => post.pinned === true)).toHaveLength(6);
    expect(parseMastodonApi(readOwnJson(TAG), contextFor(TAG)).posts.some((post) => post.pinned)).toBe(false);
  });
});
