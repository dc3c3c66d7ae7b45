import { describe, expect, it } from 'vitest';
import { needsCaptures } from '../../helpers/captures';
import { captureFor, NOW, postIn } from './fixtures';

// Boosts and quotes as whole normalized Posts, checked field by field against the file.

const GOUCHER =
  'api-v1-accounts-statuses-mastodon.goucher.edu-2021-03-20statuses-10reblogs-ENTITY-DAMAGED.json';
const NOTIFICATIONS =
  'api-v2-notifications-grouped-icosahedron.website-2026-04-40groups-37statuses-quote-poll-cw.json';
const QUOTE = 'api-v1-statuses-mastodon.social-2025-08-quote-nested-bridged-bsky.json';
const TAG = 'handmade-timelines-tag.json';

const GOUCHER_ORIGINAL = 'https://mastodon.goucher.edu/users/marquiskurt/statuses/105764637286774980';
const marquis = {
  // a 2021 account has no `uri`: its profile url stands in
  id: 'https://mastodon.goucher.edu/@marquiskurt',
  handle: 'marquiskurt@mastodon.goucher.edu',
  name: 'Marquis Kurt',
  avatarUrl: 'https://mastodon.goucher.edu/system/accounts/avatars/000/000/002/original/80a382b232f431b3.png',
  verified: false,
};
const halcy = {
  id: 'https://icosahedron.website/users/halcy',
  handle: 'halcy@icosahedron.website',
  name: 'halcy\u200b :icosahedron:',
  avatarUrl: 'https://icosahedron.website/system/accounts/avatars/000/000/001/original/media.jpg',
  verified: false,
  emojis: [
    {
      shortcode: 'icosahedron',
      url: 'https://icosahedron.website/system/custom_emojis/images/000/002/191/static/icosahedron-noapng.png',
    },
  ],
};

const goucherContent = {
  // `<span class="invisible">https://<;/span>` (damaged) never closes: the link shows its target
  text:
    "In light of recent events pertaining to GopherApp's outage, we're launching a new status page for " +
    'Gopherdon so you can stay up to date on if and when Gopherdon is encountering issues.\n\n' +
    'https://gopherdonapp.statuspage.io/',
  entities: [{ kind: 'link', start: 185, end: 220, url: 'https://gopherdonapp.statuspage.io/' }],
  lang: 'en',
  createdAt: 1613840290701,
  media: [],
  linkCard: {
    url: 'https://gopherdonapp.statuspage.io/',
    title: 'Gopherdon Status',
    description: "Welcome to Gopherdon's home for real-time and historical data on system performance.",
    domain: 'gopherdonapp.statuspage.io',
  },
  counts: { replies: 0, reposts: 1, likes: 0, readAt: NOW },
  edited: false,
  sensitive: false,
  local: { id: '105764637286774980', url: 'https://mastodon.goucher.edu/@marquiskurt/105764637286774980' },
};

describe('Mastodon parser: boosts and quotes (real captures)', needsCaptures, () => {
  it('a boost: its own row (the boost uri, the booster, the boost time) with the original content', () => {
    const uri = 'https://mastodon.goucher.edu/users/admin/statuses/105764642475479631/activity';
    expect(postIn(GOUCHER, uri)).toEqual({
      id: `mastodon:${uri}`,
      platform: 'mastodon',
      nativeId: uri,
      // the boost's own url is its ActivityPub activity; the row opens the original
      url: 'https://mastodon.goucher.edu/@marquiskurt/105764637286774980',
      author: marquis,
      ...goucherContent,
      sortAt: 1613840369807,
      repost: {
        originalId: `mastodon:${GOUCHER_ORIGINAL}`,
        by: {
          id: 'https://mastodon.goucher.edu/@admin',
          handle: 'admin@mastodon.goucher.edu',
          name: 'Gophey',
        },
        at: 1613840369807,
      },
      capture: captureFor(GOUCHER),
    });
  });

  it('…and the boosted original as its own row', () => {
    expect(postIn(GOUCHER, GOUCHER_ORIGINAL)).toEqual({
      id: `mastodon:${GOUCHER_ORIGINAL}`,
      platform: 'mastodon',
      nativeId: GOUCHER_ORIGINAL,
      url: 'https://mastodon.goucher.edu/@marquiskurt/105764637286774980',
      author: marquis,
      ...goucherContent,
      sortAt: 1613840290701,
      capture: captureFor(GOUCHER),
    });
  });

  it('a 4.5 quote (accepted, full): the quote-inline "RE:" paragraph dropped, linked to the quoted row', () => {
    const uri = 'https://icosahedron.website/users/halcy/statuses/116386066936197501';
    expect(postIn(NOTIFICATIONS, uri)).toEqual({
      id: `mastodon:${uri}`,
      platform: 'mastodon',
      nativeId: uri,
      url: 'https://icosahedron.website/@halcy/116386066936197501',
      author: halcy,
      text:
        'not that most people i‘ve talked to are in love with the other guy particularly but GOD i hope viktor ' +
        'orban gets absolutely obliterated tomorrow. I hope he loses by a lot and i hope that in some years, he ' +
        'will die still mad about it. I don’t know that it‘s likely, but i really truly hope so.',
      entities: [],
      lang: 'en',
      createdAt: 1775910445195,
      sortAt: 1775910445195,
      media: [],
      quotedPostId: 'mastodon:https://icosahedron.website/users/halcy/statuses/101256876982565163',
      counts: { replies: 1, reposts: 3, quotes: 0, likes: 11, readAt: NOW },
      edited: true,
      editedAt: 1775911432637,
      sensitive: true,
      contentWarning: 'politics, hungary',
      local: { id: '116386066936197501', url: 'https://icosahedron.website/@halcy/116386066936197501' },
      capture: captureFor(NOTIFICATIONS),
    });
  });

  it('…the quoted status (a 2018 post behind a content warning) as its own row', () => {
    const uri = 'https://icosahedron.website/users/halcy/statuses/101256876982565163';
    expect(postIn(NOTIFICATIONS, uri)).toEqual({
      id: `mastodon:${uri}`,
      platform: 'mastodon',
      nativeId: uri,
      url: 'https://icosahedron.website/@halcy/101256876982565163',
      author: halcy,
      text: 'honestly glad that viktor orban is getting pushback, finally\n\nhe is an asshole fascist pig if there ever was one',
      entities: [],
      lang: 'en',
      createdAt: 1545057327282,
      sortAt: 1545057327282,
      media: [],
      counts: { replies: 0, reposts: 2, quotes: 1, likes: 4, readAt: NOW },
      edited: false,
      sensitive: true,
      contentWarning: 'politics, hungary',
      local: { id: '101256876982565163', url: 'https://icosahedron.website/@halcy/101256876982565163' },
      capture: captureFor(NOTIFICATIONS),
    });
  });

  it('a shallow quote (only a local id, its status not in the response): no link is guessed', () => {
    const uri =
      'https://bsky.brid.gy/convert/ap/at://did:plc:5syfqzormjkutgo5hi2u2gpr/app.bsky.feed.post/3lwlumdwf522i';
    expect(postIn(QUOTE, uri)).toEqual({
      id: `mastodon:${uri}`,
      platform: 'mastodon',
      nativeId: uri,
      url: 'https://bsky.brid.gy/r/https://bsky.app/profile/did:plc:5syfqzormjkutgo5hi2u2gpr/post/3lwlumdwf522i',
      author: {
        id: 'https://bsky.brid.gy/ap/did:plc:5syfqzormjkutgo5hi2u2gpr',
        handle: 'h4lcy.bsky.social@bsky.brid.gy',
        name: 'h4lcy.bsky.social',
        avatarUrl:
          'https://files.mastodon.social/cache/accounts/avatars/115/043/949/422/165/680/original/3e1dd77d9101ba91.png',
        verified: false,
      },
      text: 'actual reply that quotes a bsky post bsky.app/profile/h4lc...',
      entities: [
        {
          kind: 'link',
          start: 37,
          end: 61,
          url: 'https://bsky.app/profile/h4lcy.bsky.social/post/3lwlug73kn22i',
        },
      ],
      lang: 'en',
      createdAt: 1755433205117,
      sortAt: 1755433205117,
      media: [],
      reply: {},
      counts: { replies: 0, reposts: 0, quotes: 0, likes: 0, readAt: NOW },
      edited: false,
      sensitive: false,
      local: {
        id: '115044070560414080',
        url: 'https://mastodon.social/@h4lcy.bsky.social@bsky.brid.gy/115044070560414080',
      },
      capture: captureFor(QUOTE),
    });
  });
});

describe('Mastodon parser: quotes (hand-made)', () => {
  it('a shallow quote whose status is in the same page: linked by its global uri', () => {
    const uri = 'https://mastodon.example/users/ada/statuses/116300000000000001';
    expect(postIn(TAG, uri)).toEqual({
      id: `mastodon:${uri}`,
      platform: 'mastodon',
      nativeId: uri,
      url: 'https://mastodon.example/@ada/116300000000000001',
      author: {
        id: 'https://mastodon.example/users/ada',
        handle: 'ada@mastodon.example',
        name: 'Ada :sparkle:',
        // avatar_static, not the animated avatar
        avatarUrl: 'https://mastodon.example/system/accounts/avatars/2/original/avatar.png',
        verified: false,
        emojis: [
          {
            shortcode: 'sparkle',
            url: 'https://mastodon.example/system/custom_emojis/images/static/sparkle.png',
          },
        ],
      },
      text: 'Look at this #birding find',
      entities: [{ kind: 'hashtag', start: 13, end: 21, tag: 'birding' }],
      lang: 'en',
      createdAt: Date.UTC(2026, 3, 27, 10),
      sortAt: Date.UTC(2026, 3, 27, 10),
      media: [
        {
          kind: 'photo',
          url: 'https://mastodon.example/system/media_attachments/files/116/300/000/000/000/101/original/spoonbill.jpg',
          previewUrl:
            'https://mastodon.example/system/media_attachments/files/116/300/000/000/000/101/small/spoonbill.jpg',
          width: 2048,
          height: 1536,
          altText: 'Two spoonbills sweeping the shallows',
        },
      ],
      quotedPostId: 'mastodon:https://pleroma.example/objects/4f9c1b2e-0000-4000-8000-000000000001',
      counts: { replies: 0, reposts: 0, quotes: 0, likes: 0, readAt: NOW },
      edited: false,
      sensitive: false,
      local: { id: '116300000000000001', url: 'https://mastodon.example/@ada/116300000000000001' },
      capture: captureFor(TAG),
    });
  });

  it('a quote that cannot be shown keeps its reason (blocked_domain → blocked)', () => {
    const uri = 'https://social.example/users/carol/statuses/32';
    expect(postIn(TAG, uri)).toEqual({
      id: `mastodon:${uri}`,
      platform: 'mastodon',
      nativeId: uri,
      url: 'https://social.example/@carol/32',
      author: {
        id: 'https://social.example/users/carol',
        handle: 'carol@social.example',
        name: 'carol',
        avatarUrl:
          'https://mastodon.example/system/cache/accounts/avatars/110000000000000004/original/avatar.png',
        verified: false,
      },
      text: 'Quoting a post from a server my server blocks',
      entities: [],
      lang: 'en',
      createdAt: Date.UTC(2026, 3, 26, 8),
      sortAt: Date.UTC(2026, 3, 26, 8),
      media: [],
      quoteUnavailable: 'blocked',
      counts: { replies: 0, reposts: 0, quotes: 0, likes: 0, readAt: NOW },
      edited: false,
      sensitive: false,
      local: {
        id: '116300000000000004',
        url: 'https://mastodon.example/@carol@social.example/116300000000000004',
      },
      capture: captureFor(TAG),
    });
    expect(postIn(TAG, 'https://remote.example/users/bob/statuses/31')?.quoteUnavailable).toBe('revoked');
  });
});
