import { describe, expect, it } from 'vitest';
import { needsCaptures } from '../../helpers/captures';
import { captureFor, NOW, postIn } from './fixture';

// Whole normalized Posts, one per kind. Each expected object was checked field by field against
// the tweet object in the fixture (jq '.. | objects | select(.rest_id == "<id>" and has("legacy"))').

describe('X network parser: text posts', needsCaptures, () => {
  it('plain text, new user shape (core.screen_name, avatar.image_url)', () => {
    const FILE = 'HomeTimeline-2025-06';
    expect(postIn(FILE, '1930272328166060095')).toEqual({
      id: 'x:1930272328166060095',
      platform: 'x',
      nativeId: '1930272328166060095',
      url: 'https://x.com/UnderTale/status/1930272328166060095',
      author: {
        id: '1148644417',
        handle: 'UnderTale',
        name: '██████',
        avatarUrl: 'https://pbs.twimg.com/profile_images/1930270819101655040/kmYvYfkp_normal.jpg',
        verified: false,
      },
      text: 'HOW LONG\n\nIT HAS BEEN.',
      entities: [],
      lang: 'en',
      createdAt: 1749047760000,
      sortAt: 1749047760000,
      media: [],
      counts: {
        replies: 3119,
        reposts: 13062,
        quotes: 3044,
        likes: 87969,
        views: 2389170,
        bookmarks: 3348,
        readAt: NOW,
      },
      edited: false,
      sensitive: false,
      capture: captureFor(FILE),
    });
  });

  it('legacy user shape (legacy.screen_name, profile_image_url_https); astral emoji', () => {
    const FILE = 'HomeTimeline-2025-01-legacy-user-shape';
    expect(postIn(FILE, '1883203289585717593')).toEqual({
      id: 'x:1883203289585717593',
      platform: 'x',
      nativeId: '1883203289585717593',
      url: 'https://x.com/preachersad/status/1883203289585717593',
      author: {
        id: '1615272749207015424',
        handle: 'preachersad',
        name: 'adsrehcaerp',
        avatarUrl: 'https://pbs.twimg.com/profile_images/1881692932337545216/WTVE1gPI_normal.jpg',
        verified: false,
      },
      text: '我长得好丑😭',
      entities: [],
      lang: 'zh',
      createdAt: 1737825627000,
      sortAt: 1737825627000,
      media: [],
      counts: {
        replies: 2,
        reposts: 0,
        quotes: 0,
        likes: 7,
        views: 64,
        bookmarks: 0,
        readAt: NOW,
      },
      edited: false,
      sensitive: false,
      capture: captureFor(FILE),
    });
  });

  // edit_control.edit_control_initial.edit_tweet_ids has two versions; this is the second.
  it('long post: note_tweet text with its entity_set, ranges shifted to UTF-16 after the emoji; edited', () => {
    const FILE = 'SearchTimeline-2025-03';
    expect(postIn(FILE, '1897440174054744358')).toEqual({
      id: 'x:1897440174054744358',
      platform: 'x',
      nativeId: '1897440174054744358',
      url: 'https://x.com/AdinaYakup/status/1897440174054744358',
      author: {
        id: '1648235435238342659',
        handle: 'AdinaYakup',
        name: 'Adina Yakup',
        avatarUrl: 'https://pbs.twimg.com/profile_images/1653293447527251970/1H-f052J_normal.jpg',
        verified: true,
      },
      text: 'Two MAJOR releases today 🤯\n\n✨ @Alibaba_Qwen launched QwQ-32B on @huggingface 🔥a powerful reasoning model that delivers competitive performance against SoTA reasoning models.\nModel: https://huggingface.co/Qwen/QwQ-32B\nDemo:  https://huggingface.co/spaces/Qwen/QwQ-32B-Demo\n\n✨ @ManusAI_HQ introduced Manus 🤖 an AI Agent that completes complex tasks, delivers full results, and set a new SOTA in the GAIA benchmark. They will also open source some models later this year!\nhttps://manus.im\n\nWhat an exciting time for AI 🙌',
      entities: [
        {
          kind: 'mention',
          start: 31,
          end: 44,
          handle: 'Alibaba_Qwen',
          userId: '1753339277386342400',
        },
        {
          kind: 'mention',
          start: 65,
          end: 77,
          handle: 'huggingface',
          userId: '778764142412984320',
        },
        {
          kind: 'link',
          start: 183,
          end: 218,
          url: 'https://huggingface.co/Qwen/QwQ-32B',
        },
        {
          kind: 'link',
          start: 226,
          end: 273,
          url: 'https://huggingface.co/spaces/Qwen/QwQ-32B-Demo',
        },
        {
          kind: 'mention',
          start: 277,
          end: 288,
          handle: 'ManusAI_HQ',
          userId: '1897259968958730240',
        },
        {
          kind: 'link',
          start: 472,
          end: 488,
          url: 'https://manus.im',
        },
      ],
      lang: 'en',
      createdAt: 1741219964000,
      sortAt: 1741219964000,
      media: [
        {
          kind: 'photo',
          url: 'https://pbs.twimg.com/media/GlUPpUsWkAAWx3z.jpg?name=orig',
          previewUrl: 'https://pbs.twimg.com/media/GlUPpUsWkAAWx3z.jpg',
          width: 1237,
          height: 698,
        },
        {
          kind: 'photo',
          url: 'https://pbs.twimg.com/media/GlUPpU0WYAAWzxN.jpg?name=orig',
          previewUrl: 'https://pbs.twimg.com/media/GlUPpU0WYAAWzxN.jpg',
          width: 1070,
          height: 602,
        },
      ],
      counts: {
        replies: 0,
        reposts: 4,
        quotes: 0,
        likes: 22,
        views: 1360,
        bookmarks: 4,
        readAt: NOW,
      },
      edited: true,
      sensitive: false,
      capture: captureFor(FILE),
    });
  });

  it('edited post (initial_tweet_id names an earlier version)', () => {
    const FILE = 'HomeTimeline-2025-06';
    expect(postIn(FILE, '1929767917497078151')).toEqual({
      id: 'x:1929767917497078151',
      platform: 'x',
      nativeId: '1929767917497078151',
      url: 'https://x.com/CultureCrave/status/1929767917497078151',
      author: {
        id: '1115495508519182336',
        handle: 'CultureCrave',
        name: 'Culture Crave 🍿',
        avatarUrl: 'https://pbs.twimg.com/profile_images/1852843670455918593/s4KQ-54f_normal.jpg',
        verified: true,
      },
      text: 'Netflix is launching AI-generated ads by 2026\n\n• Designed to match the show or movie being watched\n\n• Some will appear as midroll ads or during pause breaks\n\n• Will roll out to all countries with the ad-supported tier',
      entities: [],
      lang: 'en',
      createdAt: 1748927499000,
      sortAt: 1748927499000,
      media: [
        {
          kind: 'photo',
          url: 'https://pbs.twimg.com/media/GsfalNkboAAkbe_.jpg?name=orig',
          previewUrl: 'https://pbs.twimg.com/media/GsfalNkboAAkbe_.jpg',
          width: 940,
          height: 529,
        },
        {
          kind: 'photo',
          url: 'https://pbs.twimg.com/media/Gsfam79b0AMLzfb.png?name=orig',
          previewUrl: 'https://pbs.twimg.com/media/Gsfam79b0AMLzfb.png',
          width: 662,
          height: 669,
        },
      ],
      counts: {
        replies: 1018,
        reposts: 386,
        quotes: 3759,
        likes: 4419,
        views: 13188056,
        bookmarks: 1342,
        readAt: NOW,
      },
      edited: true,
      sensitive: false,
      capture: captureFor(FILE),
    });
  });

  it('reply: leading @mention cut by display_text_range, reply context kept', () => {
    const FILE = 'TweetDetail-2026-refetch-of-2023-thread';
    expect(postIn(FILE, '1672236226550571009')).toEqual({
      id: 'x:1672236226550571009',
      platform: 'x',
      nativeId: '1672236226550571009',
      url: 'https://x.com/crayon_x_/status/1672236226550571009',
      author: {
        id: '1562092647065477120',
        handle: 'crayon_x_',
        name: 'Abhinav Nair',
        avatarUrl: 'https://pbs.twimg.com/profile_images/1562092732574797827/GoXQdD1q_normal.jpg',
        verified: false,
      },
      text: 'ok twitter',
      entities: [],
      lang: 'en',
      createdAt: 1687527159000,
      sortAt: 1687527159000,
      media: [],
      reply: {
        toPostId: 'x:1649191520250245121',
        toHandle: 'XDevelopers',
      },
      counts: {
        replies: 0,
        reposts: 0,
        quotes: 0,
        likes: 0,
        views: 63,
        bookmarks: 0,
        readAt: NOW,
      },
      edited: false,
      sensitive: false,
      capture: captureFor(FILE),
    });
  });

  it('visibility-wrapped (TweetWithVisibilityResults) is unwrapped', () => {
    const FILE = 'HomeTimeline-2025-06';
    expect(postIn(FILE, '1929890360471204056')).toEqual({
      id: 'x:1929890360471204056',
      platform: 'x',
      nativeId: '1929890360471204056',
      url: 'https://x.com/YedIin/status/1929890360471204056',
      author: {
        id: '287900135',
        handle: 'YedIin',
        name: 'Jake.',
        avatarUrl: 'https://pbs.twimg.com/profile_images/1749225924195721216/Z788Iq8X_normal.jpg',
        verified: false,
      },
      text: 'guy on the subway this morning talking to chatgpt like it’s his girlfriend. didn’t realize these people *actually* exist. we are so beyond cooked',
      entities: [],
      lang: 'en',
      createdAt: 1748956692000,
      sortAt: 1748956692000,
      media: [
        {
          kind: 'photo',
          url: 'https://pbs.twimg.com/media/GshZDYdWkAARS3M.jpg?name=orig',
          previewUrl: 'https://pbs.twimg.com/media/GshZDYdWkAARS3M.jpg',
          width: 1536,
          height: 2048,
        },
      ],
      counts: {
        replies: 1873,
        reposts: 15431,
        quotes: 10555,
        likes: 351058,
        views: 18921510,
        bookmarks: 26655,
        readAt: NOW,
      },
      edited: false,
      sensitive: false,
      capture: captureFor(FILE),
    });
  });

  it('community post: topic from the community name', () => {
    const FILE = 'HomeTimeline-2025-01-legacy-user-shape';
    expect(postIn(FILE, '1883327017095159909')).toEqual({
      id: 'x:1883327017095159909',
      platform: 'x',
      nativeId: '1883327017095159909',
      url: 'https://x.com/gabandinop/status/1883327017095159909',
      author: {
        id: '1732432047333916672',
        handle: 'gabandinop',
        name: 'Gabriel Andino',
        avatarUrl: 'https://pbs.twimg.com/profile_images/1883251871327916032/D1wfF0p0_normal.jpg',
        verified: false,
      },
      text: "Today I bust my head doing data cleaning using Python string methods.\n\nI could've asked ChatGPT or Cursor to do it for me, but I'm learning Python and wanted to challenge myself.\n\nAm I the only one who makes their projects harder just to learn the skills?",
      entities: [],
      lang: 'en',
      createdAt: 1737855126000,
      sortAt: 1737855126000,
      media: [],
      counts: {
        replies: 1,
        reposts: 0,
        quotes: 0,
        likes: 1,
        views: 48,
        bookmarks: 0,
        readAt: NOW,
      },
      edited: false,
      sensitive: false,
      topic: 'Build in Public',
      capture: captureFor(FILE),
    });
  });

  it('HTML entities decoded (&amp;), link range measured after decoding', () => {
    const FILE = 'UserTweets-2026-07';
    expect(postIn(FILE, '2082640274845811115')).toEqual({
      id: 'x:2082640274845811115',
      platform: 'x',
      nativeId: '2082640274845811115',
      url: 'https://x.com/XDevelopers/status/2082640274845811115',
      author: {
        id: '2244994945',
        handle: 'XDevelopers',
        name: 'Developers',
        avatarUrl: 'https://pbs.twimg.com/profile_images/1683501992314798080/xl1POYLw_normal.jpg',
        verified: true,
      },
      text: 'X Chat API & Chat XDK are live! Free on pay-per-use (limited time) — up to 500 msgs/day.\n\nOur official Chat XDK comes in Python, JS, Rust, Go, C# & Java.\n\nBuild customer support bots, AI agents, and more right in X Chat.\n\nhttps://docs.x.com/xchat/introduction',
      entities: [
        {
          kind: 'link',
          start: 222,
          end: 259,
          url: 'https://docs.x.com/xchat/introduction',
        },
      ],
      lang: 'en',
      createdAt: 1785375109000,
      sortAt: 1785375109000,
      media: [],
      linkCard: {
        url: 'https://docs.x.com/xchat/introduction',
        title: 'Send encrypted direct messages with the X Chat API - X',
        description:
          'Learn what the X Chat API offers: send and receive encrypted direct messages on X, with the Chat XDK handling the hard parts for you.',
        imageUrl: 'https://pbs.twimg.com/card_img/2083483858679353344/ChZumEz2?format=png&name=orig',
        domain: 'docs.x.com',
      },
      counts: {
        replies: 53,
        reposts: 64,
        quotes: 34,
        likes: 365,
        views: 171142,
        bookmarks: 154,
        readAt: NOW,
      },
      edited: false,
      sensitive: false,
      capture: captureFor(FILE),
    });
  });
});
