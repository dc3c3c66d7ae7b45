import { describe, expect, it } from 'vitest';
import { postSchema } from '../lib/post';
import { finishParse } from '../lib/parse-result';
import { samplePost } from './helpers/sample-post';

describe('postSchema', () => {
  it('accepts a complete post unchanged', () => {
    const post = samplePost({
      lang: 'en',
      entities: [
        { kind: 'link', start: 0, end: 5, url: 'https://example.com/' },
        { kind: 'mention', start: 6, end: 10, handle: 'bob', userId: '7' },
        { kind: 'hashtag', start: 11, end: 15, tag: 'tag' },
      ],
      media: [
        {
          kind: 'video',
          url: 'https://video.twimg.com/a.mp4',
          previewUrl: 'https://pbs.twimg.com/a.jpg',
          durationMs: 1200,
        },
      ],
      linkCard: { url: 'https://example.com/', title: 'Example', domain: 'example.com' },
      poll: {
        choices: [
          { label: 'Yes', votes: 3 },
          { label: 'No', votes: 1 },
        ],
        closed: true,
      },
      counts: { likes: 3, views: 100, readAt: 1 },
      repost: { originalId: 'x:1', by: { handle: 'bob' }, at: 5 },
      reply: { toPostId: 'x:2', toHandle: 'carol' },
    });
    expect(postSchema.parse(post)).toEqual(post);
  });

  it.each([
    ['a javascript: permalink', { url: 'javascript:alert(1)' }],
    [
      'a data: avatar',
      { author: { handle: 'a', name: 'A', verified: false, avatarUrl: 'data:image/png;base64,AAAA' } },
    ],
    ['an id without platform prefix', { id: '12345' }],
    ['an unknown platform', { platform: 'myspace' }],
    ['a negative time', { createdAt: -1 }],
    ['a fractional count', { counts: { likes: 1.5, readAt: 1 } }],
  ])('rejects %s', (_name, override) => {
    expect(postSchema.safeParse({ ...samplePost(), ...override }).success).toBe(false);
  });

  it('rejects a link entity whose URL is not http(s)', () => {
    const post = samplePost({ entities: [{ kind: 'link', start: 0, end: 1, url: 'javascript:alert(1)' }] });
    expect(postSchema.safeParse(post).success).toBe(false);
  });
});

describe('finishParse', () => {
  it('keeps valid posts, counts invalid ones, and keeps the last reading of a repeated id', () => {
    const first = samplePost({ text: 'first reading' });
    const second = samplePost({ text: 'second reading' });
    const other = samplePost({ nativeId: '2', id: 'x:2' });
    const skipped = [{ reason: 'promoted' }];
    const result = finishParse([first, { nonsense: true }, second, other], skipped);
    expect(result.posts).toEqual([second, other]);
    expect(result.skipped.map((entry) => entry.reason)).toEqual(['promoted', 'invalid-post']);
  });
});
