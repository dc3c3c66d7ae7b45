import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CHROMIUM } from '../browser/extension';
import { percentile, round, type Bench, type BenchResult } from './types';

/**
 * How to keep the search index in IndexedDB so the side panel answers from the whole store at open
 * (lib/search/README.md, "The stored index"), measured in Chromium at 100,000 generated posts:
 * - the chosen form: the segment's bytes as a Blob, read back and made queryable (read, decode,
 *   load, first query), next to the same bytes stored as a typed-array value and the segment as
 *   plain structured-clone data (string arrays), the obvious snapshot;
 * - a compaction (2,000 new posts, 1,000 removed, merged into the 100k segment and stored);
 * - the other candidate: a row per post with a multiEntry index of its words, maintained by the
 *   writer (write rate beside the same rows without it; prefix ranges read by key), at fewer posts.
 * Every read runs in a fresh page. `npx tsx scripts/bench/search-store.ts` runs it alone.
 */
const POSTS = Number(process.env.SEARCH_STORE_POSTS ?? 100_000);
const MULTI_ENTRY_POSTS = Number(process.env.SEARCH_STORE_MULTI_ENTRY_POSTS ?? 20_000);
const OPENS = 3;
const ORIGIN = 'https://search-store.bench';

type Api = {
  prepare(count: number): Promise<Record<string, number>>;
  open(form: string): Promise<{ readMs: number; decodeMs: number; loadMs: number; queryMs: number }>;
  multiEntry(count: number): Promise<Record<string, number>>;
};

export const searchStoreBench: Bench = async () => {
  const esbuild = await import('esbuild').catch(() => undefined);
  if (!existsSync(CHROMIUM) || !esbuild) {
    console.warn('search-store bench: no Chromium or esbuild, skipped');
    return [];
  }
  const bundle = await esbuild.build({
    entryPoints: [fileURLToPath(new URL('./search-store-page.ts', import.meta.url))],
    bundle: true,
    format: 'iife',
    write: false,
    logLevel: 'silent',
  });
  const script = bundle.outputFiles[0]!.text.replace(/<\/script/g, '<\\/script');
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  const results: BenchResult[] = [];
  const push = (metric: string, value: number, unit: string, n: number, target?: string) =>
    results.push({
      bench: 'search-store',
      metric,
      value: round(value),
      unit,
      n,
      ...(target ? { target } : {}),
    });
  try {
    const context = await browser.newContext();
    await context.route(`${ORIGIN}/**`, (route) =>
      route.fulfill({ contentType: 'text/html', body: `<!doctype html><script>${script}</script>` }),
    );
    const page = async () => {
      const opened = await context.newPage();
      await opened.goto(`${ORIGIN}/`);
      return opened;
    };
    const call = async <K extends keyof Api>(name: K, ...args: Parameters<Api[K]>) => {
      const opened = await page();
      try {
        return (await opened.evaluate(
          ([method, values]) =>
            (globalThis as unknown as Record<string, Record<string, (...a: unknown[]) => unknown>>)
              .searchStoreBench![method]!(...values),
          [name, args] as const,
        )) as Awaited<ReturnType<Api[K]>>;
      } finally {
        await opened.close();
      }
    };
    push(`machine load average at start`, loadavg()[0]!, 'runnable', 1);
    const prepared = await call('prepare', POSTS);
    push(`writer: search row per post (normalise, facets)`, prepared.rowsPerPostUs!, 'µs', POSTS);
    push(`segment of ${POSTS.toLocaleString()} posts built from scratch`, prepared.buildMs!, 'ms', 1);
    push('segment encoded', prepared.encodeMs!, 'ms', 1);
    push('segment bytes (texts as UTF-8, postings as 32-bit words)', prepared.bytes! / 1e6, 'MB', 1);
    push('  of which texts', prepared.textBytes! / 1e6, 'MB', 1);
    push('compaction: 2,000 in, 1,000 out, into the whole segment, stored', prepared.compactMs!, 'ms', 1);
    for (const form of ['blob', 'bytes', 'plain'] as const) {
      const runs: Array<Awaited<ReturnType<Api['open']>>> = [];
      for (let run = 0; run < OPENS; run += 1) runs.push(await call('open', form));
      const label = {
        blob: 'segment bytes as a Blob (chosen)',
        bytes: 'segment bytes as a typed-array value',
        plain: 'segment as structured-clone data (string arrays)',
      }[form];
      const median = (pick: (run: Awaited<ReturnType<Api['open']>>) => number) =>
        percentile(runs.map(pick), 50);
      push(
        `open: read, ${label}, median`,
        median((run) => run.readMs),
        'ms',
        OPENS,
      );
      if (form !== 'plain') {
        push(
          `open: decode, ${label}, median`,
          median((run) => run.decodeMs),
          'ms',
          OPENS,
        );
        push(
          `open: load into the index + first query, ${label}, median`,
          median((run) => run.loadMs + run.queryMs),
          'ms',
          OPENS,
        );
      }
    }
    const multi = await call('multiEntry', MULTI_ENTRY_POSTS);
    const at = `${MULTI_ENTRY_POSTS.toLocaleString()} posts`;
    push(
      `candidate multiEntry words index: rows/s written, batches of 100, ${at}`,
      multi.wordsRowsPerS!,
      'rows/s',
      MULTI_ENTRY_POSTS,
    );
    push(`  the same rows without the words index`, multi.plainRowsPerS!, 'rows/s', MULTI_ENTRY_POSTS);
    for (const prefix of ['c', 'cro', 'th'])
      push(
        `candidate multiEntry: keys of prefix "${prefix}" (${multi[`prefix ${prefix} keys`]}), ${at}`,
        multi[`prefix ${prefix} ms`]!,
        'ms',
        1,
      );
    return results;
  } finally {
    await browser.close();
  }
};

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  searchStoreBench().then(
    (results) => results.forEach((entry) => console.log(JSON.stringify(entry))),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
