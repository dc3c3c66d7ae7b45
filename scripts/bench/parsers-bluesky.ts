import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { CaptureContext, ParseResult } from '../../lib/post';
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
const ROUNDS = 15;
const LARGE = 100_000;

function files(folder: string): Array<{ name: string; text: string }> {
  return readdirSync(join(CAPTURES, folder))
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(CAPTURES, folder, name), 'utf8') }));
}

/** Median time (ms) of `rounds` passes of `work` over all inputs, after one warm-up pass. */
function time<T>(inputs: readonly T[], work: (input: T) => ParseResult | unknown, rounds = ROUNDS): number {
  inputs.forEach(work);
  const samples: number[] = [];
  for (let pass = 0; pass < rounds; pass += 1) {
    const started = performance.now();
    for (const input of inputs) work(input);
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)]!;
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

export const parsersBlueskyBench: Bench = async () => {
  const json = files('bluesky');
  const bytes = json.reduce((sum, file) => sum + file.text.length, 0);
  const values = json.map((file) => JSON.parse(file.text) as unknown);
  const posts = values.reduce<number>((sum, value) => sum + parseBlueskyXrpc(value, CONTEXT).posts.length, 0);
  const jsonParse = time(json, (file) => JSON.parse(file.text));
  const walk = time(values, (value) => walkBlueskyXrpc(value, CONTEXT));
  const checked = time(values, (value) => parseBlueskyXrpc(value, CONTEXT));
  const label = `Bluesky XRPC, ${json.length} files ${(bytes / 1e6).toFixed(2)} MB`;
  const results: BenchResult[] = [
    ...throughput(`${label}, walk + schema check`, bytes, posts, checked),
    ...throughput(`${label}, JSON.parse + walk + schema check`, bytes, posts, checked + jsonParse),
    ...throughput(`${label}, walk only (as in the tap)`, bytes, posts, walk),
    {
      bench: 'parse-bluesky',
      metric: 'Bluesky walk (as in the tap) / JSON.parse of the same files',
      value: round(walk / jsonParse),
      unit: 'x',
      n: ROUNDS,
    },
  ];
  // Per response: what the tap adds to the page for it, against the JSON.parse the page does anyway.
  for (const [index, file] of json.entries()) {
    const value = values[index];
    const rounds = ROUNDS * 4;
    const parseMs = time([file.text], (text) => JSON.parse(text), rounds);
    const walkMs = time([value], (body) => walkBlueskyXrpc(body, CONTEXT), rounds);
    results.push({
      bench: 'parse-bluesky',
      metric: `walk / JSON.parse, ${file.name.replace(/\.json$/, '')} (${Math.round(file.text.length / 1000)} KB)`,
      value: round(walkMs / parseMs),
      unit: 'x',
      n: rounds,
      ...(file.text.length >= LARGE ? { target: '<= 1' } : {}),
    });
  }
  return results;
};
