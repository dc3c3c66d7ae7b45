import { existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Dexie from 'dexie';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { generatePosts } from '../../lib/dev/generate-posts';
import type { Post } from '../../lib/post';
import { compileQuery } from '../../lib/search/compile';
import { facetsOf, haystackOf, type PostFacets } from '../../lib/search/haystack';
import { compareFeedOrder, createSearchIndex } from '../../lib/search/index';
import { matchesFacets, matchesPost, matchesText } from '../../lib/search/matcher';
import { parseQuery } from '../../lib/search/query';
import { CHROMIUM } from '../browser/extension';
import { percentile, round, type Bench, type BenchResult } from './types';

/**
 * Search at 100,000 generated posts, in Node (no browser: the index is framework-free code; the
 * panel's paint time is the UI bench's). Measured for the chosen structure (lib/search/index.ts)
 * with the alternatives beside it:
 * - naive baseline: what `db.posts.filter(p => matchesPost(q, p))` does, in memory: every post
 *   through matchesPost (normalising its text each time), then sorted. Labelled "matchesPost scan".
 * - the real Dexie `Collection.filter()` over fake-indexeddb (a pure-JS IndexedDB, far slower per
 *   row than Chromium's) on fewer posts, labelled so.
 * - the other candidate structure: an array of pre-normalised texts scanned per query.
 * Keystrokes: "crossfeed launch" typed one character at a time, then operator queries.
 */

const POSTS = 100_000;
const DEXIE_POSTS = 10_000;
const ROUNDS = 5;
const TYPED = 'crossfeed launch';
const OPERATOR_QUERIES = [
  'from:{handle}',
  'has:video is:reply',
  'platform:threads crossfeed',
  '"crossfeed launch"',
  'café -the',
  'since:2025-01-01 until:2025-01-31',
  '東京',
  '🚀',
  'example.com',
  'is:repost -has:media launch',
];

/** The collector, exposed at run time (npm run bench starts node without --expose-gc). */
function gc(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

function heapMb(collect: () => void): number {
  collect();
  collect();
  return process.memoryUsage().heapUsed / 1e6;
}

function time<T>(run: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = run();
  return { ms: performance.now() - start, value };
}

/** The alternative structure: pre-normalised texts and facets in feed order, scanned per query. */
function buildTextScan(posts: readonly Post[]): { haystacks: string[]; facets: PostFacets[]; ids: string[] } {
  const sorted = [...posts].sort(compareFeedOrder);
  return {
    haystacks: sorted.map((post) => haystackOf(post)),
    facets: sorted.map((post) => facetsOf(post)),
    ids: sorted.map((post) => post.id),
  };
}

function scanQuery(scan: ReturnType<typeof buildTextScan>, input: string): { ids: string[]; total: number } {
  const query = compileQuery(parseQuery(input));
  const ids: string[] = [];
  let total = 0;
  for (let row = 0; row < scan.ids.length; row += 1) {
    if (!matchesFacets(query, scan.facets[row]!) || !matchesText(query, scan.haystacks[row]!)) continue;
    if (ids.length < 50) ids.push(scan.ids[row]!);
    total += 1;
  }
  return { ids, total };
}

function naiveQuery(posts: readonly Post[], input: string): { ids: string[]; total: number } {
  const query = parseQuery(input);
  const hits = posts.filter((post) => matchesPost(query, post)).sort(compareFeedOrder);
  return { ids: hits.slice(0, 50).map((post) => post.id), total: hits.length };
}

class BenchDb extends Dexie {
  posts!: Dexie.Table<Post, string>;
  constructor() {
    super(`search-bench-${Date.now()}`, { indexedDB, IDBKeyRange });
    this.version(1).stores({ posts: 'id, sortAt' });
  }
}

async function dexieFilterTimes(posts: readonly Post[], queries: readonly string[]): Promise<number[]> {
  const db = new BenchDb();
  await db.posts.bulkPut(posts.slice(0, DEXIE_POSTS));
  const times: number[] = [];
  for (const input of queries) {
    const query = parseQuery(input);
    const start = performance.now();
    await db.posts
      .orderBy('sortAt')
      .reverse()
      .filter((post) => matchesPost(query, post))
      .limit(50)
      .toArray();
    times.push(performance.now() - start);
  }
  db.close();
  await db.delete();
  return times;
}

export const searchBench: Bench = async () => {
  const collect = gc();
  const posts = generatePosts(POSTS, 1);
  const typed = Array.from({ length: TYPED.length }, (_, end) => TYPED.slice(0, end + 1)).filter(
    (q) => !q.endsWith(' '),
  );
  const operators = OPERATOR_QUERIES.map((q) => q.replace('{handle}', posts[10]!.author.handle));

  const loadAtStart = loadavg()[0]!;
  const heapBefore = heapMb(collect);
  const cpuBefore = process.cpuUsage();
  const build = time(() => {
    const index = createSearchIndex();
    index.add(posts);
    index.search(''); // the first search sorts the feed order: part of building
    return index;
  });
  const index = build.value;
  const buildCpu = process.cpuUsage(cpuBefore);
  const indexHeap = heapMb(collect) - heapBefore;

  // Index first, as in the panel (typing soon after it opened); the others after, their garbage apart.
  const queries = { typed, operators };
  const answers = new Map<string, string>();
  const measure = (search: (input: string) => { ids: string[]; total: number }) => {
    const times = { typed: [] as number[], operators: [] as number[], slowest: { ms: 0, input: '' } };
    for (let roundIndex = 0; roundIndex < ROUNDS; roundIndex += 1) {
      for (const kind of ['typed', 'operators'] as const) {
        for (const input of queries[kind]) {
          const { ms, value } = time(() => search(input));
          times[kind].push(ms);
          if (ms > times.slowest.ms)
            times.slowest = { ms, input: `${input}${roundIndex === 0 ? ', 1st run' : ''}` };
          const answer = `${value.total}:${value.ids.join()}`;
          if ((answers.get(input) ?? answer) !== answer) {
            throw new Error(`search bench: results differ between structures for ${JSON.stringify(input)}`);
          }
          answers.set(input, answer);
        }
      }
    }
    return times;
  };
  const indexTimes = measure((input) => index.search(input, { limit: 50 }));

  const scanBefore = heapMb(collect);
  const scanBuild = time(() => buildTextScan(posts));
  const scanHeap = heapMb(collect) - scanBefore;
  const scan = scanBuild.value;
  const scanTimes = measure((input) => scanQuery(scan, input));

  heapMb(collect);
  const naiveTimes = { typed: [] as number[], operators: [] as number[] };
  for (const kind of ['typed', 'operators'] as const) {
    for (const input of queries[kind]) {
      const naive = time(() => naiveQuery(posts, input));
      naiveTimes[kind].push(naive.ms);
      if (`${naive.value.total}:${naive.value.ids.join()}` !== answers.get(input)) {
        throw new Error(`search bench: the index differs from matchesPost for ${JSON.stringify(input)}`);
      }
    }
  }

  const dexieTimes = await dexieFilterTimes(posts, [...typed, ...operators]);

  // Live updates while the panel is open: capture batches (upserts of known posts, new text) and a prune.
  const upsertTimes: number[] = [];
  for (let batch = 0; batch < 40; batch += 1) {
    const posts25 = posts
      .slice(batch * 25, batch * 25 + 25)
      .map((post) => ({ ...post, text: `${post.text} more` }));
    upsertTimes.push(time(() => index.add(posts25)).ms);
  }
  const prune = time(() => index.remove(posts.slice(50_000, 60_000).map((post) => post.id)));

  const browser = await browserFigures(typed);

  const label = (metric: string) => `${metric} (index; baseline: matchesPost scan+sort, Node)`;
  const result = (
    metric: string,
    value: number,
    unit: string,
    n: number,
    baseline?: number,
    target?: string,
  ) =>
    ({
      bench: 'search',
      metric,
      value: round(value),
      unit,
      n,
      ...(baseline === undefined ? {} : { baseline: round(baseline) }),
      ...(target ? { target } : {}),
    }) satisfies BenchResult;
  return [
    // Timings on a shared machine stretch with its load: this says how busy it was.
    result(`machine load average at start (${cpus().length} cores)`, loadAtStart, 'runnable', 1),
    result('build 100k posts, CPU time (user + system)', (buildCpu.user + buildCpu.system) / 1000, 'ms', 1),
    result('build 100k posts (baseline: normalised-text array)', build.ms, 'ms', 1, scanBuild.ms),
    result(
      'heap 100k posts, Node 20 (baseline: normalised-text array)',
      indexHeap,
      'MB',
      1,
      scanHeap,
      '<= 150 (whole panel)',
    ),
    result(
      label(`keystroke "${TYPED}" p50`),
      percentile(indexTimes.typed, 50),
      'ms',
      indexTimes.typed.length,
      percentile(naiveTimes.typed, 50),
    ),
    result(
      label(`keystroke "${TYPED}" p95`),
      percentile(indexTimes.typed, 95),
      'ms',
      indexTimes.typed.length,
      percentile(naiveTimes.typed, 95),
      '<= 50',
    ),
    result(
      label('operator queries p50'),
      percentile(indexTimes.operators, 50),
      'ms',
      indexTimes.operators.length,
      percentile(naiveTimes.operators, 50),
    ),
    result(
      label('operator queries p95'),
      percentile(indexTimes.operators, 95),
      'ms',
      indexTimes.operators.length,
      percentile(naiveTimes.operators, 95),
      '<= 50',
    ),
    result(
      label(`slowest query: ${JSON.stringify(indexTimes.slowest.input)}`),
      indexTimes.slowest.ms,
      'ms',
      indexTimes.typed.length + indexTimes.operators.length,
      Math.max(...naiveTimes.typed, ...naiveTimes.operators),
    ),
    result(
      'keystroke p50 (alternative: normalised-text array scan)',
      percentile(scanTimes.typed, 50),
      'ms',
      scanTimes.typed.length,
    ),
    result(
      'keystroke p95 (alternative: normalised-text array scan)',
      percentile(scanTimes.typed, 95),
      'ms',
      scanTimes.typed.length,
    ),
    result(
      'operator queries p95 (alternative: normalised-text array scan)',
      percentile(scanTimes.operators, 95),
      'ms',
      scanTimes.operators.length,
    ),
    result(
      `Dexie Collection.filter first 50, fake-indexeddb, ${DEXIE_POSTS / 1000}k posts p50`,
      percentile(dexieTimes, 50),
      'ms',
      dexieTimes.length,
    ),
    result(
      `Dexie Collection.filter first 50, fake-indexeddb, ${DEXIE_POSTS / 1000}k posts p95`,
      percentile(dexieTimes, 95),
      'ms',
      dexieTimes.length,
    ),
    result('index update: upsert batch of 25 p95', percentile(upsertTimes, 95), 'ms', upsertTimes.length),
    result('index update: remove 10,000 posts', prune.ms, 'ms', 1),
    ...browser,
  ];
};

/**
 * The same index in Chromium (headless, this machine's /usr/bin/chromium): the lib code bundled
 * with esbuild into a blank page, 100k posts generated there. Heap from performance.memory after
 * forced collections. Skipped (no rows) when Chromium or esbuild is missing.
 */
const PAGE_SOURCE = `
import { generatePosts } from './lib/dev/generate-posts';
import { createSearchIndex } from './lib/search/index';
import { facetsOf, haystackOf } from './lib/search/haystack';
import { matchesPost } from './lib/search/matcher';
import { parseQuery } from './lib/search/query';
globalThis.runSearchBench = async (typed, operators, rounds) => {
  const gc = globalThis.gc;
  const heap = async () => {
    for (let i = 0; i < 4; i += 1) { gc(); await new Promise((resolve) => setTimeout(resolve, 50)); }
    return performance.memory.usedJSHeapSize / 1e6;
  };
  const posts = generatePosts(${POSTS}, 1);
  operators = operators.map((q) => q.replace('{handle}', posts[10].author.handle));
  const before = await heap();
  let start = performance.now();
  let scan = { haystacks: posts.map((p) => haystackOf(p)), facets: posts.map((p) => facetsOf(p)) };
  const scanBuild = performance.now() - start;
  const scanHeap = (await heap()) - before;
  scan = null;
  const base = await heap();
  start = performance.now();
  const index = createSearchIndex();
  index.add(posts);
  index.search('');
  const build = performance.now() - start;
  const indexHeap = (await heap()) - base;
  const times = [];
  let first = 0;
  for (let round = 0; round < rounds; round += 1) {
    for (const q of [...typed, ...operators]) {
      start = performance.now();
      index.search(q, { limit: 50 });
      const ms = performance.now() - start;
      if (round === 0 && q === typed[0]) first = ms;
      times.push(ms);
    }
  }
  const naive = [];
  for (const q of typed) {
    const query = parseQuery(q);
    start = performance.now();
    posts.filter((p) => matchesPost(query, p)).sort((a, b) => b.sortAt - a.sortAt);
    naive.push(performance.now() - start);
  }
  return { build, scanBuild, indexHeap, scanHeap, times, first, naive };
};
`;

interface PageFigures {
  build: number;
  scanBuild: number;
  indexHeap: number;
  scanHeap: number;
  times: number[];
  first: number;
  naive: number[];
}

async function browserFigures(typed: readonly string[]): Promise<BenchResult[]> {
  const esbuild = await import('esbuild').catch(() => undefined);
  if (!existsSync(CHROMIUM) || !esbuild) {
    console.warn('search bench: no Chromium or esbuild, browser figures skipped');
    return [];
  }
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const bundle = await esbuild.build({
    stdin: { contents: PAGE_SOURCE, resolveDir: root, loader: 'ts' },
    bundle: true,
    format: 'iife',
    write: false,
    logLevel: 'silent',
  });
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--js-flags=--expose-gc', '--enable-precise-memory-info'],
  });
  try {
    const page = await browser.newPage();
    await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
    const figures = (await page.evaluate(
      ([typedQueries, operatorQueries, rounds]) =>
        (globalThis as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>).runSearchBench!(
          typedQueries,
          operatorQueries,
          rounds,
        ),
      [typed, OPERATOR_QUERIES, ROUNDS] as const,
    )) as PageFigures;
    const row = (
      metric: string,
      value: number,
      unit: string,
      n: number,
      baseline?: number,
      target?: string,
    ) =>
      ({
        bench: 'search',
        metric: `Chromium: ${metric}`,
        value: round(value),
        unit,
        n,
        ...(baseline === undefined ? {} : { baseline: round(baseline) }),
        ...(target ? { target } : {}),
      }) satisfies BenchResult;
    return [
      row('build 100k (baseline: normalised-text array)', figures.build, 'ms', 1, figures.scanBuild),
      row('heap 100k (baseline: normalised-text array)', figures.indexHeap, 'MB', 1, figures.scanHeap),
      row(
        'query p50, typed + operators (baseline: matchesPost scan+sort, typed)',
        percentile(figures.times, 50),
        'ms',
        figures.times.length,
        percentile(figures.naive, 50),
      ),
      row(
        'query p95, typed + operators (baseline: matchesPost scan+sort, typed)',
        percentile(figures.times, 95),
        'ms',
        figures.times.length,
        percentile(figures.naive, 95),
        '<= 50 incl. paint',
      ),
      row('first keystroke after build (cold)', figures.first, 'ms', 1),
    ];
  } finally {
    await browser.close();
  }
}

// `npx tsx scripts/bench/search.ts` runs this bench alone.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  searchBench().then(
    (results) => results.forEach((entry) => console.log(JSON.stringify(entry))),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
