import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ParseResult } from '../../lib/parse-result';
import type { MastodonCaptureContext } from '../../lib/platforms/mastodon/context';
import { collectMastodonApi, parseMastodonApi } from '../../lib/platforms/mastodon/parse-api';
import { parseMastodonStreamFrame } from '../../lib/platforms/mastodon/stream';
import { round, type Bench, type BenchResult } from './types';

/**
 * Mastodon parser throughput over every real capture (Node, warmed up): MB/s and posts/s, with
 * JSON.parse counted separately so the walk's own cost is visible, the walk as a ratio to one
 * JSON.parse per response of 100 KB or more (the tap's budget: ≤ 1×), and the streaming path — each
 * real status sent as an `update` frame (frame JSON → payload string JSON → status).
 * The files are small, so each figure is the median of many passes over all of them.
 */
const CAPTURES = resolve(
  process.env.CROSSFEED_CAPTURES ?? join(import.meta.dirname, '../../../shared/fixtures'),
);
const CONTEXT: MastodonCaptureContext = {
  timeline: 'bench',
  pageUrl: 'https://mastodon.example/home',
  now: 1_750_000_000_000,
};
const ROUNDS = 41;
const LARGE = 100_000;

interface File {
  name: string;
  text: string;
  value: unknown;
}

function files(): File[] {
  const folder = join(CAPTURES, 'mastodon');
  return readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const text = readFileSync(join(folder, name), 'utf8');
      return { name, text, value: JSON.parse(text) as unknown };
    });
}

/**
 * Warm-up passes before any timing: zod's checks keep getting faster for the first hundreds of
 * calls (measured here: 425 → 10 µs per post over 8 passes of the 79 posts), and so does the walk.
 */
const WARM_UP = 15;

/** Median time (ms) of `rounds` passes of `work` over all inputs, after the warm-up passes. */
function time<T>(inputs: readonly T[], work: (input: T) => ParseResult | unknown): number {
  for (let warm = 0; warm < WARM_UP; warm += 1) inputs.forEach(work);
  const samples: number[] = [];
  for (let pass = 0; pass < ROUNDS; pass += 1) {
    const started = performance.now();
    for (const input of inputs) work(input);
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)]!;
}

/**
 * Median over `rounds` of a/b, each round timing `a` and then `b` (`repeat` times each) back to
 * back: on a shared, busy machine a ratio of paired runs is far steadier than two separate medians.
 */
function pairedRatio(a: () => unknown, b: () => unknown, repeat = 5): number {
  for (let warm = 0; warm < WARM_UP * repeat; warm += 1) {
    a();
    b();
  }
  const ratios: number[] = [];
  for (let pass = 0; pass < ROUNDS; pass += 1) {
    let started = performance.now();
    for (let index = 0; index < repeat; index += 1) a();
    const aMs = performance.now() - started;
    started = performance.now();
    for (let index = 0; index < repeat; index += 1) b();
    ratios.push(aMs / (performance.now() - started));
  }
  ratios.sort((x, y) => x - y);
  return ratios[Math.floor(ratios.length / 2)]!;
}

function throughput(label: string, bytes: number, posts: number, ms: number): BenchResult[] {
  return [
    {
      bench: 'parse-mastodon',
      metric: `${label}: MB/s`,
      value: round(bytes / 1e6 / (ms / 1000), 1),
      unit: 'MB/s',
      n: ROUNDS,
    },
    {
      bench: 'parse-mastodon',
      metric: `${label}: posts/s`,
      value: round(posts / (ms / 1000), 0),
      unit: 'posts/s',
      n: ROUNDS,
    },
  ];
}

/** Every top-level status of a response (the shapes the parser reads), for the stream figures. */
function statusesOf(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  if (typeof value !== 'object' || value === null) return [];
  const record = value as Record<string, unknown>;
  const lists = ['ancestors', 'descendants', 'statuses'].flatMap((key) =>
    Array.isArray(record[key]) ? (record[key] as unknown[]) : [],
  );
  return lists.length > 0 ? lists : [value];
}

/** Found by scripts/bench/index.ts by its file name (parsers-<network id>.ts). */
export const bench: Bench = async () => {
  const all = files();
  const bytes = all.reduce((sum, file) => sum + file.text.length, 0);
  const posts = all.reduce((sum, file) => sum + parseMastodonApi(file.value, CONTEXT).posts.length, 0);
  const parse = time(all, (file) => JSON.parse(file.text));
  const walk = time(all, (file) => parseMastodonApi(file.value, CONTEXT));
  const results: BenchResult[] = [
    ...throughput(
      `Mastodon REST, ${all.length} files ${(bytes / 1e6).toFixed(2)} MB, walk + schema check`,
      bytes,
      posts,
      walk,
    ),
    ...throughput('Mastodon REST, JSON.parse + walk', bytes, posts, walk + parse),
    {
      bench: 'parse-mastodon',
      metric: 'Mastodon REST walk / JSON.parse of the same files',
      value: round(walk / parse),
      unit: 'x',
      n: ROUNDS,
    },
  ];

  // The tap leaves the schema check to the background: its cost on the page is the walk alone
  // (collectMastodonApi; finishParse then only de-duplicates rows). Every file is reported; the goal
  // (≤ 1× one JSON.parse) is set for responses of 100 KB or more.
  for (const file of all) {
    const rows = parseMastodonApi(file.value, CONTEXT).posts.length;
    const parse = () => JSON.parse(file.text) as unknown;
    const large = file.text.length >= LARGE;
    const label = `${file.name.slice(0, 40)}… (${Math.round(file.text.length / 1000)} KB, ${rows} posts)`;
    if (large) {
      results.push({
        bench: 'parse-mastodon',
        metric: `${label}: walk + schema check / JSON.parse`,
        value: round(pairedRatio(() => parseMastodonApi(file.value, CONTEXT), parse)),
        unit: 'x',
        n: ROUNDS,
      });
    }
    results.push({
      bench: 'parse-mastodon',
      metric: `${label}: walk without the check (the tap's) / JSON.parse`,
      value: round(pairedRatio(() => collectMastodonApi(file.value, CONTEXT), parse, large ? 5 : 50)),
      unit: 'x',
      n: ROUNDS,
      ...(large ? { target: '<= 1' } : {}),
    });
  }
  const walkOnly = time(all, (file) => collectMastodonApi(file.value, CONTEXT));
  results.push(...throughput("Mastodon REST, walk without the check (the tap's)", bytes, posts, walkOnly));

  const frames = all.flatMap((file) =>
    statusesOf(file.value).map((status) =>
      JSON.stringify({ stream: ['user'], event: 'update', payload: JSON.stringify(status) }),
    ),
  );
  const frameBytes = frames.reduce((sum, frame) => sum + frame.length, 0);
  const framePosts = frames.reduce(
    (sum, frame) => sum + parseMastodonStreamFrame(frame, CONTEXT).posts.length,
    0,
  );
  const frameMs = time(frames, (frame) => parseMastodonStreamFrame(frame, CONTEXT));
  results.push(
    ...throughput(
      `Mastodon streaming, ${frames.length} update frames, both JSON.parses + walk`,
      frameBytes,
      framePosts,
      frameMs,
    ),
    {
      bench: 'parse-mastodon',
      metric: 'Mastodon streaming: frames/s',
      value: round(frames.length / (frameMs / 1000), 0),
      unit: 'frames/s',
      n: ROUNDS,
    },
  );
  return results;
};
