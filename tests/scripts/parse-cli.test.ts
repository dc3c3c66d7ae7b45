import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
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
});
