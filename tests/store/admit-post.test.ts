import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { network } from '../../lib/platforms/registry';
import { validatePost } from '../../lib/post';
import { admitPost, CLOCK_SKEW_MS } from '../../lib/store/admit-post';
import { loadReaders, readCaptureFile } from '../../scripts/parse';
import { capturesDir, needsCaptures, ownFixturePath } from '../helpers/captures';
import { samplePost } from '../helpers/sample-post';

const NOW = Date.UTC(2026, 11, 2, 12, 0, 0);
const x = network('x');
const threads = network('threads');

describe('admitPost: a post must fit the network of the page that sent it', () => {
  it('refuses a post of another network, an id that does not match, or a foreign reference', () => {
    const threadsPost = samplePost({
      platform: 'threads',
      id: 'threads:555',
      nativeId: '555',
      url: 'https://www.threads.com/@a/post/C1',
    });
    expect(admitPost(threadsPost, x, NOW)).toEqual({ refused: 'id-network' });
    expect(admitPost(samplePost({ nativeId: '100', id: 'x:100' }), threads, NOW)).toEqual({
      refused: 'id-network',
    });
    expect(admitPost(samplePost({ id: 'x:999', nativeId: '1' }), x, NOW)).toEqual({ refused: 'id-network' });
    expect(admitPost(samplePost({ id: 'x:abc', nativeId: 'abc' }), x, NOW)).toEqual({ refused: 'id-shape' });
    expect(admitPost(samplePost({ quotedPostId: 'threads:1' }), x, NOW)).toEqual({ refused: 'ref-network' });
    expect(
      admitPost(samplePost({ repost: { originalId: 'x:12', by: { handle: 'b' } } }), x, NOW),
    ).not.toHaveProperty('refused');
  });

  it('refuses a permalink off the network’s hosts; drops avatars and media from other hosts, and says so', () => {
    expect(admitPost(samplePost({ url: 'https://x.com.evil.example/ada/status/1' }), x, NOW)).toEqual({
      refused: 'url-host',
    });
    expect(admitPost(samplePost({ url: 'http://x.com/ada/status/1' }), x, NOW)).toEqual({
      refused: 'url-host',
    });
    const admitted = admitPost(
      samplePost({
        author: { handle: 'ada', name: 'Ada', verified: false, avatarUrl: 'https://tracker.example/a.png' },
        media: [
          { kind: 'photo', url: 'https://pbs.twimg.com/media/A.jpg' },
          { kind: 'photo', url: 'https://tracker.example/B.jpg' },
          { kind: 'video', url: 'https://video.twimg.com/v.mp4', previewUrl: 'https://evil.example/p.jpg' },
        ],
        linkCard: {
          url: 'https://www.phish.example/login',
          domain: 'bank.example',
          imageUrl: 'https://pixel.example/1.gif',
        },
      }),
      x,
      NOW,
    );
    expect(admitted).toMatchObject({ notes: ['avatar-host', 'media-host', 'media-host', 'card-image-host'] });
    if (!('post' in admitted)) throw new Error('refused');
    expect(admitted.post.author.avatarUrl).toBeUndefined();
    expect(admitted.post.media).toEqual([{ kind: 'photo', url: 'https://pbs.twimg.com/media/A.jpg' }]);
    // The shown domain is where the card links, whatever the payload claimed.
    expect(admitted.post.linkCard).toEqual({
      url: 'https://www.phish.example/login',
      domain: 'phish.example',
    });
  });

  it('clamps times to the background’s clock and the network’s launch; when it was seen is the background’s own', () => {
    const admitted = admitPost(
      samplePost({
        createdAt: 8.64e15,
        sortAt: 8.64e15,
        repost: { originalId: 'x:5', by: { handle: 'b' }, at: 0 },
        counts: { likes: 1, readAt: 8.64e15 },
        capture: { source: 'network', timeline: 'T', firstSeenAt: 0, lastSeenAt: 8.64e15 },
      }),
      x,
      NOW,
    );
    if (!('post' in admitted)) throw new Error('refused');
    expect(admitted.notes).toEqual(['time-clamped']);
    expect(admitted.post.sortAt).toBe(NOW + CLOCK_SKEW_MS);
    expect(admitted.post.createdAt).toBe(NOW + CLOCK_SKEW_MS);
    expect(admitted.post.repost?.at).toBe(x.launchedAt);
    expect(admitted.post.counts?.readAt).toBe(NOW);
    expect(admitted.post.capture).toMatchObject({ firstSeenAt: NOW, lastSeenAt: NOW });
  });
});

/** Every real and hand-made capture of every network, read as the extension reads it. */
function captureFiles(): Array<{ file: string; text: string }> {
  const dirs = [
    ...['x', 'x-dom', 'threads', 'bluesky', 'mastodon'].map((folder) => join(capturesDir, folder)),
    ...['threads', 'bluesky', 'mastodon'].map((folder) => ownFixturePath(folder)),
  ];
  return dirs.flatMap((dir) =>
    readdirSync(dir)
      .filter((name) => /\.(json|html)$/.test(name))
      .map((name) => ({ file: join(dir, name), text: readFileSync(join(dir, name), 'utf8') })),
  );
}

describe('admitPost on every capture: no real post is refused or trimmed', needsCaptures, () => {
  it('admits every post of every fixture whole (times within the fixtures’ own clock)', async () => {
    const readers = await loadReaders();
    const problems: string[] = [];
    let admittedCount = 0;
    for (const { file, text } of captureFiles()) {
      const read = readCaptureFile(readers, text, { timeline: 'file', now: NOW, validate: validatePost });
      if ('error' in read) continue;
      for (const post of read.result.posts) {
        const admitted = admitPost(post, network(post.platform), NOW);
        if ('refused' in admitted) problems.push(`${file} ${post.id}: ${admitted.refused}`);
        else if (admitted.notes.length > 0) problems.push(`${file} ${post.id}: ${admitted.notes.join(',')}`);
        else admittedCount += 1;
      }
    }
    expect(problems).toEqual([]);
    expect(admittedCount).toBeGreaterThan(1000);
  });
});
