import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { validatePost } from '../../lib/post';
import { NETWORKS } from '../../lib/platforms/registry';
import { parseBlueskyCaptureText } from '../../lib/platforms/bluesky/read-capture-file';
import { parseMastodonCaptureText } from '../../lib/platforms/mastodon/read-capture-file';
import { parseXGraphql } from '../../lib/platforms/x/parse-graphql';
import { capturePath, needsCaptures, readCaptureJson } from '../helpers/captures';

function parseCli(...args: string[]) {
  const child = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/parse.ts', ...args], {
    encoding: 'utf8',
  });
  return { status: child.status, stdout: child.stdout, stderr: child.stderr };
}

describe('npm run parse', () => {
  it(
    'prints exactly the Posts the parser produces, one JSON line each, and a summary per file',
    needsCaptures,
    () => {
      const file = 'x/graphql-TweetDetail-card-poll.json';
      const { status, stdout, stderr } = parseCli('--now', '1750000000000', capturePath(file));
      expect(status).toBe(0);
      const expected = parseXGraphql(readCaptureJson(file), { timeline: 'file', now: 1750000000000 });
      expect(
        stdout
          .trim()
          .split('\n')
          .map((line) => JSON.parse(line) as unknown),
      ).toEqual(expected.posts);
      expect(stderr).toContain(`${capturePath(file)}: X, ${expected.posts.length} posts, 0 skipped`);
    },
  );

  it('reads a saved Threads page and a saved x.com page', needsCaptures, () => {
    const { status, stderr } = parseCli(
      capturePath('threads/page-post-2026-06-29posts-carousel-video-quote.html'),
      capturePath('x-dom/article-status-page-video.html'),
    );
    expect(status).toBe(0);
    expect(stderr).toMatch(/page-post-2026-06-29posts-carousel-video-quote\.html: Threads, 29 posts/);
    expect(stderr).toMatch(/article-status-page-video\.html: X, 1 posts/);
  });

  it('names a malformed or unknown file and why, exits 2, and prints no stack trace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'crossfeed-parse-'));
    const broken = join(dir, 'broken.json');
    const unknown = join(dir, 'other.json');
    writeFileSync(broken, '{"data": {"home": ');
    writeFileSync(unknown, '{"hello": "world"}');
    const { status, stdout, stderr } = parseCli(broken, unknown, join(dir, 'missing.json'));
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(`${broken}: not a capture Crossfeed can read (X: not JSON`);
    expect(stderr).toContain(`${unknown}: not a capture Crossfeed can read (X: no X timeline or tweet found`);
    expect(stderr).toContain(`${join(dir, 'missing.json')}: cannot read the file (ENOENT)`);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it.each([
    ['tests/fixtures/bluesky/handmade-app.bsky.feed.getPosts.json', 'Bluesky', parseBlueskyCaptureText],
    ['tests/fixtures/mastodon/handmade-streaming-frames.jsonl', 'Mastodon', parseMastodonCaptureText],
  ] as const)('reads %s as %s, printing exactly what its parser stores', (file, network, parse) => {
    const { status, stdout, stderr } = parseCli('--now', '1750000000000', file);
    expect(status).toBe(0);
    const expected = parse(readFileSync(file, 'utf8'), {
      timeline: 'file',
      now: 1750000000000,
      validate: validatePost,
    });
    if ('error' in expected) throw new Error(expected.error);
    expect(expected.posts.length).toBeGreaterThan(0);
    expect(
      stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as unknown),
    ).toEqual(expected.posts);
    expect(stderr).toContain(
      `${file}: ${network}, ${expected.posts.length} posts, ${expected.skipped.length} skipped`,
    );
  });

  it('finds every network of the registry by convention: its read-capture-file.ts exports readCaptureText', async () => {
    for (const { id } of NETWORKS) {
      const module: { readCaptureText?: unknown } = await import(
        `../../lib/platforms/${id}/read-capture-file.ts`
      );
      expect(typeof module.readCaptureText, id).toBe('function');
    }
  });
});
