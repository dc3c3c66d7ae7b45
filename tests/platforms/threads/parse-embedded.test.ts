import { beforeAll, describe, expect, it } from 'vitest';
import { parseThreadsEmbedded } from '../../../lib/platforms/threads/parse-embedded';
import { needsCaptures } from '../../helpers/captures';
import { NOW, at, context, pageRawPosts, pageScripts } from './fixtures';

const capture = { source: 'network', timeline: 'page', firstSeenAt: NOW, lastSeenAt: NOW };

describe('parseThreadsEmbedded on the real saved post page', needsCaptures, () => {
  let result: ReturnType<typeof parseThreadsEmbedded>;
  let raw: ReturnType<typeof pageRawPosts>;
  beforeAll(() => {
    result = parseThreadsEmbedded(pageScripts(), context('page'));
    raw = pageRawPosts();
  });
  const byCode = (code: string) => result.posts.find((post) => post.url.endsWith(`/post/${code}`));

  it('reads 29 posts: 26 thread items (20 post-page edges, 5 related) plus 3 quoted posts; no skips', () => {
    expect(raw.size).toBe(29);
    expect(result.skipped).toEqual([]);
    expect(result.posts).toHaveLength(29);
    expect(new Set(result.posts.map((post) => post.url.split('/').pop()))).toEqual(new Set(raw.keys()));
    // postMedia: the focal post also arrives alone (BarcelonaPermalinkMobilePostColumnPageQuery).
    expect(result.roots).toEqual({ postMedia: 1, relatedPosts: 5, postPage: 21 });
  });

  it('self-thread continuation with a carousel of videos: whole object', () => {
    const post = raw.get('DPCXlwWEtwE')!;
    const item = (index: number) => (post.carousel_media as unknown[])[index];
    const video = (index: number, width: number, height: number) => ({
      kind: 'video',
      url: at(item(index), 'video_versions', 0, 'url'),
      previewUrl: at(item(index), 'image_versions2', 'candidates', 0, 'url'),
      width,
      height,
    });
    expect(byCode('DPCXlwWEtwE')).toEqual({
      id: 'threads:3729647191016528900',
      platform: 'threads',
      nativeId: '3729647191016528900',
      url: 'https://www.threads.com/@zuck/post/DPCXlwWEtwE',
      author: {
        id: '63055343223',
        handle: 'zuck',
        name: 'Mark Zuckerberg',
        avatarUrl: at(post, 'user', 'profile_pic_url'),
        verified: true,
      },
      text: 'Some fun vibes:',
      entities: [],
      createdAt: 1758828613000,
      sortAt: 1758828613000,
      media: [
        video(0, 720, 1280),
        video(1, 1080, 1920),
        video(2, 464, 832),
        video(3, 480, 832),
        video(4, 480, 832),
      ],
      reply: { toHandle: 'zuck' },
      counts: { replies: 266, reposts: 110, quotes: 39, shares: 248, likes: 1874, readAt: NOW },
      edited: false,
      sensitive: false,
      capture,
    });
  });

  it('the next item of the same thread replies to the one before it (parent known from the chain)', () => {
    const post = byCode('DPCXmqTktui')!;
    expect(post.reply).toEqual({ toPostId: 'threads:3729647191016528900', toHandle: 'zuck' });
    expect(post.text.startsWith('Meta Superintelligence Labs is still cooking')).toBe(true);
    expect(post.media).toEqual([]);
  });

  it('a reply with one image: whole object', () => {
    const post = raw.get('DPDCfQGDYd8')!;
    expect(byCode('DPDCfQGDYd8')).toEqual({
      id: 'threads:3729835860071122812',
      platform: 'threads',
      nativeId: '3729835860071122812',
      url: 'https://www.threads.com/@denise_lapin/post/DPDCfQGDYd8',
      author: {
        id: '63404061444',
        handle: 'denise_lapin',
        name: 'Denise V',
        avatarUrl: at(post, 'user', 'profile_pic_url'),
        verified: false,
      },
      text: 'My vibes are that I want the option to block all that crap without it ever showing up in my feed.',
      entities: [],
      createdAt: 1758851104000,
      sortAt: 1758851104000,
      media: [
        {
          kind: 'photo',
          url: at(post, 'image_versions2', 'candidates', 0, 'url'),
          previewUrl: at(post, 'image_versions2', 'candidates', 2, 'url'),
          width: 960,
          height: 883,
        },
      ],
      reply: { toHandle: 'zuck' },
      counts: { replies: 0, reposts: 0, quotes: 0, likes: 284, readAt: NOW },
      edited: false,
      sensitive: false,
      capture,
    });
  });

  it('a video post in a topic: whole object', () => {
    const post = raw.get('DYkDClsjBB4')!;
    expect(byCode('DYkDClsjBB4')).toEqual({
      id: 'threads:3901256549264003192',
      platform: 'threads',
      nativeId: '3901256549264003192',
      url: 'https://www.threads.com/@ellixa.ai.creator/post/DYkDClsjBB4',
      author: {
        id: '78425479996',
        handle: 'ellixa.ai.creator',
        name: 'Ellis',
        avatarUrl: at(post, 'user', 'profile_pic_url'),
        verified: false,
      },
      text: 'Fashionable Ai Video!📸 🖤✨\n#MusicVibes #AiArt',
      entities: [],
      createdAt: 1779295015000,
      sortAt: 1779295015000,
      media: [
        {
          kind: 'video',
          url: at(post, 'video_versions', 0, 'url'),
          previewUrl: at(post, 'image_versions2', 'candidates', 0, 'url'),
          width: 720,
          height: 1280,
        },
      ],
      counts: { replies: 1, reposts: 0, quotes: 0, likes: 3, readAt: NOW },
      edited: false,
      sensitive: false,
      topic: 'Threads AI',
      capture,
    });
  });

  it('a quote with no text of its own, and the quoted post (a page attribution, name with a space) as its own row', () => {
    const quoted = raw.get('DYrW9DAjC0v')!;
    expect(byCode('DZMhZmPE46k')).toMatchObject({
      id: 'threads:3912649070855032484',
      text: '',
      quotedPostId: 'threads:3903314454188404015',
      media: [],
    });
    expect(byCode('DYrW9DAjC0v')).toEqual({
      id: 'threads:3903314454188404015',
      platform: 'threads',
      nativeId: '3903314454188404015',
      url: 'https://www.threads.com/@AI%20Generator/post/DYrW9DAjC0v',
      author: {
        id: '73904095651',
        handle: 'AI Generator',
        name: '',
        avatarUrl: at(quoted, 'user', 'profile_pic_url'),
        verified: false,
      },
      text: 'Make viral AI edits with powerful creative tools instantly',
      entities: [],
      createdAt: 1779531364000,
      sortAt: 1779531364000,
      media: [
        {
          kind: 'video',
          url: at(quoted, 'video_versions', 0, 'url'),
          previewUrl: at(quoted, 'image_versions2', 'candidates', 0, 'url'),
          width: 720,
          height: 1280,
        },
      ],
      counts: { replies: 0, reposts: 0, quotes: 1, likes: 0, readAt: NOW },
      edited: false,
      sensitive: false,
      capture,
    });
  });

  it('a link preview: card with the l.threads.com target expanded', () => {
    const post = raw.get('DZBGOTxCbni')!;
    expect(byCode('DZBGOTxCbni')).toEqual({
      id: 'threads:3909433323109857762',
      platform: 'threads',
      nativeId: '3909433323109857762',
      url: 'https://www.threads.com/@azo4lyfe/post/DZBGOTxCbni',
      author: {
        id: '63257807560',
        handle: 'azo4lyfe',
        name: 'Alonzo Johnson',
        avatarUrl: at(post, 'user', 'profile_pic_url'),
        verified: false,
      },
      text: 'HAVING FUN WITH THIS AI VIDEO CREATIONS 🙌🏾🕺🏾',
      entities: [],
      createdAt: 1780260790000,
      sortAt: 1780260790000,
      media: [],
      linkCard: {
        url: 'https://youtube.com/watch?v=4SDu9ausTuE&si=FLXISnVaynKZYKdf',
        title: 'Right Here Remix - DnA Ft Azo4lyfe (Official AI Video)',
        imageUrl: at(post, 'text_post_app_info', 'link_preview_attachment', 'image_url'),
        domain: 'youtube.com',
      },
      counts: { replies: 0, reposts: 1, quotes: 0, likes: 1, readAt: NOW },
      edited: false,
      sensitive: false,
      capture,
    });
  });

  it('a GIF reply (giphy_media_info) with no text', () => {
    expect(byCode('DPDEWXgDc14')).toMatchObject({
      id: 'threads:3729844045641272696',
      text: '',
      media: [
        {
          kind: 'gif',
          url: 'https://media.tenor.co/uxQXV4wqVxsAAAAd/bugs-bunny-bunny.gif',
          width: 498,
          height: 498,
        },
      ],
      reply: { toHandle: 'zuck' },
    });
  });

  it('counts a blob that is not JSON and reads the rest', () => {
    const scripts = pageScripts();
    const broken = parseThreadsEmbedded(['{"thread_items": [', ...scripts], context('page'));
    expect(broken.skipped).toEqual([{ reason: 'bad-embedded-json', detail: '18 chars' }]);
    expect(broken.posts).toHaveLength(29);
  });
});
