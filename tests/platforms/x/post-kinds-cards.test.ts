import { describe, expect, it } from 'vitest';
import { needsCaptures } from '../../helpers/captures';
import { captureFor, NOW, postIn } from './fixture';

// Whole normalized Posts, one per kind. Each expected object was checked field by field against
// the tweet object in the fixture (jq '.. | objects | select(.rest_id == "<id>" and has("legacy"))').

describe('X network parser: cards', needsCaptures, () => {
  it('summary card: t.co card URL expanded through the tweet entities', () => {
    const FILE = 'TweetDetail-2026-refetch-of-2023-thread';
    expect(postIn(FILE, '1649191522485817345')).toEqual({
      id: 'x:1649191522485817345',
      platform: 'x',
      nativeId: '1649191522485817345',
      url: 'https://x.com/XDevelopers/status/1649191522485817345',
      author: {
        id: '2244994945',
        handle: 'XDevelopers',
        name: 'Developers',
        avatarUrl: 'https://pbs.twimg.com/profile_images/1683501992314798080/xl1POYLw_normal.jpg',
        verified: true,
      },
      text: 'If you are a Twitter developer with a commercial use case, we recommend that you apply for our Enterprise tier.\nEnterprise Search and Account Activity API continue to be available to developers on that Enterprise tier. \n\nApply here: https://shorturl.at/uwAKZ',
      entities: [
        {
          kind: 'link',
          start: 233,
          end: 258,
          url: 'https://shorturl.at/uwAKZ',
        },
      ],
      lang: 'en',
      createdAt: 1682032874000,
      sortAt: 1682032874000,
      media: [],
      linkCard: {
        url: 'https://shorturl.at/uwAKZ',
        title: 'X Enterprise API Interest Form',
        description:
          'Thanks for reaching out to X Developer Platform! Please visit our documentation hub and developer forum for additional information and support. In order to get started, we will need some preliminary...',
        imageUrl: 'https://pbs.twimg.com/card_img/2085318280105910272/hCJWkmZ4?format=jpg&name=orig',
        domain: 'docs.google.com',
      },
      reply: {
        toPostId: 'x:1649191521323995138',
        toHandle: 'XDevelopers',
      },
      counts: {
        replies: 31,
        reposts: 41,
        quotes: 12,
        likes: 134,
        views: 239482,
        bookmarks: 9,
        readAt: NOW,
      },
      edited: false,
      sensitive: false,
      capture: captureFor(FILE),
    });
  });

  it('unified_card: title, domain, image and destination from its JSON', () => {
    const FILE = 'TweetDetail-card-unified';
    expect(postIn(FILE, '1696922210588410217')).toEqual({
      id: 'x:1696922210588410217',
      platform: 'x',
      nativeId: '1696922210588410217',
      url: 'https://x.com/FortniteGame/status/1696922210588410217',
      author: {
        id: '425871040',
        handle: 'FortniteGame',
        name: 'Fortnite',
        avatarUrl: 'https://pbs.twimg.com/profile_images/1738209520705486848/orBSQfO8_normal.jpg',
        verified: true,
      },
      text: "Il destino dell'isola è in gioco e il furto è l'ultima spiaggia! Recupera i tesori e restituisci all'isola ciò che le appartiene.",
      entities: [],
      lang: 'it',
      createdAt: 1693412756000,
      sortAt: 1693412756000,
      media: [],
      linkCard: {
        url: 'https://fortnite.com/b/chapter4-season4?utm_source=Twitter&utm_campaign=FNBR_RT_C4S4_Twitter_LINK-CLICKS_IT',
        title: 'Il colpo perfetto ha inizio!',
        imageUrl: 'https://pbs.twimg.com/amplify_video_thumb/1696919248436670464/img/esk-plpGUGbuPPZx.jpg',
        domain: 'fortnite.com',
      },
      counts: {
        replies: 4,
        reposts: 2,
        quotes: 2,
        likes: 184,
        views: 1003602,
        bookmarks: 5,
        readAt: NOW,
      },
      edited: false,
      sensitive: false,
      capture: captureFor(FILE),
    });
  });

  it('X Article as a link card; lang zxx omitted', () => {
    const FILE = 'UserTweets-2026-07';
    expect(postIn(FILE, '2079756440722665849')).toEqual({
      id: 'x:2079756440722665849',
      platform: 'x',
      nativeId: '2079756440722665849',
      url: 'https://x.com/XFreeze/status/2079756440722665849',
      author: {
        id: '1818311005698678784',
        handle: 'XFreeze',
        name: 'X Freeze',
        avatarUrl: 'https://pbs.twimg.com/profile_images/1876785200010539008/2_HFJjq9_normal.jpg',
        verified: true,
      },
      text: 'http://x.com/i/article/2079162061142335488',
      entities: [
        {
          kind: 'link',
          start: 0,
          end: 42,
          url: 'http://x.com/i/article/2079162061142335488',
        },
      ],
      createdAt: 1784687550000,
      sortAt: 1784687550000,
      media: [],
      linkCard: {
        url: 'https://x.com/i/article/2079162061142335488',
        title: 'Turn your X account into a programmable intelligence system using the X API and Grok Build',
        description:
          'Your X account can now become a programmable intelligence system. Most people use X bookmarks as a graveyard. You see something useful, save it, and tell yourself you will come back later\nBut after',
        imageUrl: 'https://pbs.twimg.com/media/HNy_nAybwAAj4Gl.jpg',
        domain: 'x.com',
      },
      counts: {
        replies: 22,
        reposts: 43,
        quotes: 8,
        likes: 251,
        views: 68715,
        bookmarks: 330,
        readAt: NOW,
      },
      edited: false,
      sensitive: false,
      capture: captureFor(FILE),
    });
  });

  it('poll: choices with counts, end time, counts_are_final', () => {
    const FILE = 'TweetDetail-card-poll';
    expect(postIn(FILE, '1780666831310877100')).toEqual({
      id: 'x:1780666831310877100',
      platform: 'x',
      nativeId: '1780666831310877100',
      url: 'https://x.com/elonmusk/status/1780666831310877100',
      author: {
        id: '44196397',
        handle: 'elonmusk',
        name: 'Elon Musk',
        avatarUrl: 'https://pbs.twimg.com/profile_images/1780044485541699584/p78MCn3B_normal.jpg',
        verified: true,
      },
      text: 'Bring back Vine?',
      entities: [],
      lang: 'en',
      createdAt: 1713379030000,
      sortAt: 1713379030000,
      media: [],
      poll: {
        choices: [
          {
            label: 'Yes',
            votes: 844386,
          },
          {
            label: 'No',
            votes: 364677,
          },
        ],
        endsAt: 1713465430000,
        closed: false,
      },
      counts: {
        replies: 10731,
        reposts: 6056,
        quotes: 2789,
        likes: 33991,
        views: 15188632,
        bookmarks: 1612,
        readAt: NOW,
      },
      edited: false,
      sensitive: false,
      capture: captureFor(FILE),
    });
  });

  it('broadcast: link card to the x.com broadcast', () => {
    const FILE = 'TweetDetail-card-broadcast';
    expect(postIn(FILE, '1790441814857826439')).toEqual({
      id: 'x:1790441814857826439',
      platform: 'x',
      nativeId: '1790441814857826439',
      url: 'https://x.com/XDevelopers/status/1790441814857826439',
      author: {
        id: '2244994945',
        handle: 'XDevelopers',
        name: 'Developers',
        avatarUrl: 'https://pbs.twimg.com/profile_images/1683501992314798080/xl1POYLw_normal.jpg',
        verified: true,
      },
      text: 'Migrating developer apps to the X API 2 https://twitter.com/i/broadcasts/1BRJjPqnBqaKw',
      entities: [
        {
          kind: 'link',
          start: 40,
          end: 86,
          url: 'https://twitter.com/i/broadcasts/1BRJjPqnBqaKw',
        },
      ],
      lang: 'en',
      createdAt: 1715709568000,
      sortAt: 1715709568000,
      media: [],
      linkCard: {
        url: 'https://x.com/i/broadcasts/1BRJjPqnBqaKw',
        title: 'Migrating developer apps to the X API 2',
        imageUrl: 'https://pbs.twimg.com/card_img/1807101457176653824/7mhMDRKC?format=jpg&name=orig',
        domain: 'x.com',
      },
      counts: {
        replies: 49,
        reposts: 61,
        quotes: 15,
        likes: 240,
        views: 256819,
        bookmarks: 41,
        readAt: NOW,
      },
      edited: false,
      sensitive: false,
      capture: captureFor(FILE),
    });
  });

  it('audio Space: link card to the x.com Space', () => {
    const FILE = 'TweetDetail-card-audiospace-retweet';
    expect(postIn(FILE, '1789053970587271232')).toEqual({
      id: 'x:1789053970587271232',
      platform: 'x',
      nativeId: '1789053970587271232',
      url: 'https://x.com/suhemparack/status/1789053970587271232',
      author: {
        id: '857699969263964161',
        handle: 'suhemparack',
        name: 'Suhem Parack',
        avatarUrl: 'https://pbs.twimg.com/profile_images/1795573096063397892/HB6ShS6B_normal.jpg',
        verified: true,
      },
      text: 'If you have an app that posts emergency services updates to X using the API, please join us @XDevelopers next week to learn how you can quickly migrate your app to the X API v2 https://twitter.com/i/spaces/1vOxwjaWEbdJB',
      entities: [
        {
          kind: 'mention',
          start: 92,
          end: 104,
          handle: 'XDevelopers',
          userId: '2244994945',
        },
        {
          kind: 'link',
          start: 177,
          end: 219,
          url: 'https://twitter.com/i/spaces/1vOxwjaWEbdJB',
        },
      ],
      lang: 'en',
      createdAt: 1715378680000,
      sortAt: 1715378680000,
      media: [],
      linkCard: {
        url: 'https://x.com/i/spaces/1vOxwjaWEbdJB',
        domain: 'x.com',
      },
      counts: {
        replies: 16,
        reposts: 26,
        quotes: 5,
        likes: 108,
        views: 121718,
        bookmarks: 9,
        readAt: NOW,
      },
      edited: false,
      sensitive: false,
      capture: captureFor(FILE),
    });
  });

  it('retweet of the Space post', () => {
    const FILE = 'TweetDetail-card-audiospace-retweet';
    expect(postIn(FILE, '1789054061729173804')).toEqual({
      id: 'x:1789054061729173804',
      platform: 'x',
      nativeId: '1789054061729173804',
      url: 'https://x.com/suhemparack/status/1789053970587271232',
      author: {
        id: '857699969263964161',
        handle: 'suhemparack',
        name: 'Suhem Parack',
        avatarUrl: 'https://pbs.twimg.com/profile_images/1795573096063397892/HB6ShS6B_normal.jpg',
        verified: true,
      },
      text: 'If you have an app that posts emergency services updates to X using the API, please join us @XDevelopers next week to learn how you can quickly migrate your app to the X API v2 https://twitter.com/i/spaces/1vOxwjaWEbdJB',
      entities: [
        {
          kind: 'mention',
          start: 92,
          end: 104,
          handle: 'XDevelopers',
          userId: '2244994945',
        },
        {
          kind: 'link',
          start: 177,
          end: 219,
          url: 'https://twitter.com/i/spaces/1vOxwjaWEbdJB',
        },
      ],
      lang: 'en',
      createdAt: 1715378680000,
      sortAt: 1715378701000,
      media: [],
      linkCard: {
        url: 'https://x.com/i/spaces/1vOxwjaWEbdJB',
        domain: 'x.com',
      },
      repost: {
        originalId: 'x:1789053970587271232',
        by: {
          id: '2244994945',
          handle: 'XDevelopers',
          name: 'Developers',
        },
        at: 1715378701000,
      },
      counts: {
        replies: 16,
        reposts: 26,
        quotes: 5,
        likes: 108,
        views: 121718,
        bookmarks: 9,
        readAt: NOW,
      },
      edited: false,
      sensitive: false,
      capture: captureFor(FILE),
    });
  });
});
