import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { CaptureContext } from '../../lib/parse-result';
import { parseBlueskyXrpc, walkBlueskyXrpc } from '../../lib/platforms/bluesky/parse-xrpc';
import { round, type Bench, type BenchResult } from './types';

/**
 * Bluesky XRPC parser throughput over every real capture (Node, warmed up): MB/s and posts/s, with
 * JSON.parse counted separately so the walk's own cost is visible; and, per response, the walk as
 * the MAIN-world tap runs it (no schema check there: post.ts leaveValidationToTheBackground) as a
 * ratio to one JSON.parse of the same body — the page-time budget (≤ 1× on responses ≥ 100 KB).
 * The schema check is timed apart rather than switched off: that switch cannot be undone in-process.
 */
const CAPTURES = resolve(
  process.env.CROSSFEED_CAPTURES ?? join(import.meta.dirname, '../../../shared/fixtures'),
);
const CONTEXT: CaptureContext = { timeline: 'bench', now: 1_750_000_000_000 };
const ROUNDS = 61;
const WARM_UP = 30;
const LARGE = 100_000;

function files(folder: string): Array<{ name: string; text: string }> {
  return readdirSync(join(CAPTURES, folder))
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(CAPTURES, folder, name), 'utf8') }));
}

/**
 * Median time (ms) of each of several works over all inputs, after one warm-up pass. The works are
 * interleaved round by round, so a load spike on this shared machine hits all of them alike and
 * their ratios stay meaningful.
 */
function timeEach(works: ReadonlyArray<() => unknown>, rounds = ROUNDS): number[] {
  for (const work of works) work();
  const samples = works.map((): number[] => []);
  for (let pass = 0; pass < rounds; pass += 1) {
    works.forEach((work, index) => {
      const started = performance.now();
      work();
      samples[index]!.push(performance.now() - started);
    });
  }
  return samples.map((list) => list.sort((a, b) => a - b)[Math.floor(list.length / 2)]!);
}

function throughput(label: string, bytes: number, posts: number, ms: number): BenchResult[] {
  return [
    {
      bench: 'parse-bluesky',
      metric: `${label}: MB/s`,
      value: round(bytes / 1e6 / (ms / 1000), 1),
      unit: 'MB/s',
      n: ROUNDS,
    },
    {
      bench: 'parse-bluesky',
      metric: `${label}: posts/s`,
      value: round(posts / (ms / 1000), 0),
      unit: 'posts/s',
      n: ROUNDS,
    },
  ];
}

/** Found by scripts/bench/index.ts by its file name (parsers-<network id>.ts). */
export const bench: Bench = async () => {
  const json = files('bluesky');
  // Warm the JIT on every file first: otherwise the first file timed pays for compiling the walk.
  const values = json.map((file) => JSON.parse(file.text) as unknown);
  for (let pass = 0; pass < WARM_UP; pass += 1) {
    for (const value of values) parseBlueskyXrpc(value, CONTEXT);
  }
  // Per response, JSON.parse, the walk and the full parse timed interleaved; totals are their sums.
  const perFile = json.map((file, index) => {
    const value = values[index];
    const posts = parseBlueskyXrpc(value, CONTEXT).posts.length;
    const [parse, walk, checked] = timeEach([
      () => JSON.parse(file.text),
      () => walkBlueskyXrpc(value, CONTEXT),
      () => parseBlueskyXrpc(value, CONTEXT),
    ]) as [number, number, number];
    return { file, posts, parse, walk, checked };
  });
  const sum = (pick: (entry: (typeof perFile)[number]) => number) =>
    perFile.reduce((total, entry) => total + pick(entry), 0);
  const bytes = sum((entry) => entry.file.text.length);
  const posts = sum((entry) => entry.posts);
  const label = `Bluesky XRPC, ${json.length} files ${(bytes / 1e6).toFixed(2)} MB`;
  const results: BenchResult[] = [
    ...throughput(
      `${label}, walk + schema check`,
      bytes,
      posts,
      sum((entry) => entry.checked),
    ),
    ...throughput(
      `${label}, JSON.parse + walk + schema check`,
      bytes,
      posts,
      sum((entry) => entry.checked + entry.parse),
    ),
    ...throughput(
      `${label}, walk only (as in the tap)`,
      bytes,
      posts,
      sum((entry) => entry.walk),
    ),
    {
      bench: 'parse-bluesky',
      metric: 'Bluesky walk (as in the tap) / JSON.parse of the same files',
      value: round(sum((entry) => entry.walk) / sum((entry) => entry.parse)),
      unit: 'x',
      n: ROUNDS,
    },
  ];
  // Per response: what the tap adds to the page for it, against the JSON.parse the page does anyway.
  for (const { file, parse, walk } of perFile) {
    results.push({
      bench: 'parse-bluesky',
      metric: `walk / JSON.parse, ${file.name.replace(/\.json$/, '')} (${Math.round(file.text.length / 1000)} KB)`,
      value: round(walk / parse),
      unit: 'x',
      n: ROUNDS,
      ...(file.text.length >= LARGE ? { target: '<= 1' } : {}),
    });
  }
  return results;
};
