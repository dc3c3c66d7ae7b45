import { rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { generatePosts } from '../../lib/dev/generate-posts';
import { EXPORT_FORMAT, EXPORT_VERSION } from '../../lib/export/format';
import { PLATFORMS, type Platform } from '../../lib/post';
import { launchExtension, openExtensionPage, type LoadedExtension } from '../browser/extension';
import { deckRows } from './deck';
import { heapMb, scrollLongTasks } from './page-probes';
import { percentile, round, type Bench, type BenchResult } from './types';

/**
 * The side panel at 100,000 generated posts (a quarter per network) in Chromium (the real
 * extension), loaded through the options page's import (which writes the posts with their search
 * log and compacts it, as any writer does): open → first posts painted, open → whole store
 * searchable, search keystroke → results painted (p95, with the naive Dexie `Collection.filter()`
 * scan beside it), long tasks while scrolling, and the panel's heap.
 * Timings come from performance marks the panel sets (components/feed/perf-marks.ts); the
 * per-keystroke measure and the naive scan exist only when the page is opened with `?bench`.
 */
const POSTS = Number(process.env.FEED_BENCH_POSTS ?? 100_000);
/** A quarter per network by default; FEED_BENCH_PLATFORMS=x,threads gives the mix of earlier runs. */
const BENCH_PLATFORMS = (process.env.FEED_BENCH_PLATFORMS?.split(',') ?? PLATFORMS).filter(
  (name): name is Platform => (PLATFORMS as readonly string[]).includes(name),
);
const SEED = 20250601;
const OPENS = 3;
const PANEL = { width: 420, height: 900 };
/** Typed one character at a time; each keystroke is one sample. */
const TYPED = [
  'crossfeed launch',
  'café',
  'music -the',
  'has:photo team',
  '"open source"',
  '東京',
  'from:ana',
];
const FIRST_POSTS_MARK = 'crossfeed:first-posts-painted';
const INDEX_READY_MARK = 'crossfeed:index-ready';
const SEARCH_MEASURE = 'crossfeed:search-painted';

/** What the panel's index-ready mark carries (lib/feed/feed-store.ts). */
interface IndexReadyDetail {
  posts: number;
  readMs: number;
  decodeMs: number;
  applyMs: number;
  logRows: number;
}

const progress = (message: string) => console.error(`[feed bench] ${message}`);

/** Imports the posts as a Crossfeed export file through the options page: the real import path. */
async function loadPosts(extension: LoadedExtension): Promise<number> {
  const posts = generatePosts(POSTS, SEED, { platforms: BENCH_PLATFORMS });
  progress(`generated ${posts.length} posts`);
  const file = join(tmpdir(), `crossfeed-feed-bench-${process.pid}.json`);
  const exportedAt = Date.now();
  writeFileSync(
    file,
    JSON.stringify({ format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt, posts, userState: [] }),
  );
  try {
    const page = await openExtensionPage(extension, 'options.html');
    const started = performance.now();
    await page.getByLabel('Choose a Crossfeed export (.json)').setInputFiles(file);
    await page.getByTestId('import-summary').waitFor({ timeout: 900_000 });
    const elapsed = performance.now() - started;
    await page.close();
    return elapsed;
  } finally {
    rmSync(file, { force: true });
  }
}

async function markTime(page: Page, name: string, timeoutMs = 120_000): Promise<number> {
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, name, {
    timeout: timeoutMs,
    polling: 50,
  });
  return page.evaluate((mark) => performance.getEntriesByName(mark)[0]!.startTime, name);
}

async function openPanel(extension: LoadedExtension): Promise<Page> {
  const page = await extension.context.newPage();
  await page.setViewportSize(PANEL);
  await page.goto(`chrome-extension://${extension.extensionId}/sidepanel.html?bench=1`);
  return page;
}

async function searchSamples(page: Page): Promise<{ index: number[]; naive: number[] }> {
  const box = page.getByRole('searchbox', { name: 'Search posts' });
  const index: number[] = [];
  const naive: number[] = [];
  for (const text of TYPED) {
    await box.fill('');
    await box.focus();
    await page.waitForTimeout(100);
    await page.evaluate((name) => performance.clearMeasures(name), SEARCH_MEASURE);
    for (let length = 1; length <= text.length; length += 1) {
      const before = index.length;
      await page.keyboard.type(text[length - 1]!);
      const painted = await page
        .waitForFunction((name) => performance.getEntriesByName(name).length > 0, SEARCH_MEASURE, {
          timeout: 5000,
          polling: 10,
        })
        .then(() => true)
        .catch(() => false); // no rows to paint (no match): not a sample
      if (painted) {
        index.push(
          await page.evaluate((name) => {
            const entry = performance.getEntriesByName(name)[0]!;
            performance.clearMeasures(name);
            return entry.duration;
          }, SEARCH_MEASURE),
        );
      }
      if (index.length > before) {
        const prefix = text.slice(0, length);
        const scan = await page.evaluate(
          (query) =>
            (
              globalThis as unknown as {
                crossfeedBench: { naiveSearch(q: string): Promise<{ ms: number }> };
              }
            ).crossfeedBench.naiveSearch(query),
          prefix,
        );
        naive.push(scan.ms);
      }
    }
  }
  return { index, naive };
}

export const feedBench: Bench = async () => {
  const extension = await launchExtension({ viewport: PANEL });
  try {
    // The side panel creates the store (Dexie opens it with its schema); then fill it.
    const first = await openExtensionPage(extension, 'sidepanel.html');
    await first.getByText('No posts yet').waitFor();
    await first.close();
    const writeMs = await loadPosts(extension);
    const results: BenchResult[] = [];
    const push = (metric: string, value: number, unit: string, n: number, extra: Partial<BenchResult> = {}) =>
      results.push({ bench: 'feed', metric, value: round(value), unit, n, ...extra });
    push(
      `load ${POSTS.toLocaleString()} generated posts (options page import: read, check, write, index)`,
      writeMs / 1000,
      's',
      POSTS,
    );

    const paints: number[] = [];
    const ready: number[] = [];
    let panel: Page | undefined;
    const scripts: number[] = [];
    for (let run = 0; run < OPENS; run += 1) {
      await panel?.close();
      panel = await openPanel(extension);
      paints.push(await markTime(panel, FIRST_POSTS_MARK));
      scripts.push(
        await panel.evaluate(
          () =>
            (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming)
              .domContentLoadedEventEnd,
        ),
      );
      ready.push(await markTime(panel, INDEX_READY_MARK));
    }
    const rows = await panel!.evaluate(
      (mark) => (performance.getEntriesByName(mark)[0] as PerformanceMark).detail.rows as number,
      FIRST_POSTS_MARK,
    );
    push(
      `side panel open → first posts painted (newest 50 read, ${rows} rows on screen), median`,
      percentile(paints, 50),
      'ms',
      OPENS,
      { target: '<= 150' },
    );
    push(
      '  of which: page and bundle loaded (DOMContentLoaded), median',
      percentile(scripts, 50),
      'ms',
      OPENS,
    );
    push('side panel open → whole store indexed/searchable, median', percentile(ready, 50), 'ms', OPENS, {
      target: '<= 1000',
    });
    const detail = await panel!.evaluate(
      (mark) => (performance.getEntriesByName(mark)[0] as PerformanceMark).detail as IndexReadyDetail,
      INDEX_READY_MARK,
    );
    push(
      '  of which: stored index read (beside the first page), last open',
      detail.readMs,
      'ms',
      detail.posts,
    );
    push('  of which: decoding it (after the first paint), last open', detail.decodeMs, 'ms', detail.posts);
    push(
      '  of which: user states and the log since applied, last open',
      detail.applyMs,
      'ms',
      detail.logRows,
    );

    progress(`opened ${OPENS} times: first posts ${paints.join(', ')} ms, searchable ${ready.join(', ')} ms`);
    const search = await searchSamples(panel!);
    progress(`searched ${search.index.length} keystrokes`);
    push('search keystroke → results painted, p95', percentile(search.index, 95), 'ms', search.index.length, {
      baseline: round(percentile(search.naive, 95)),
      target: '<= 50',
    });
    push(
      'search keystroke → results painted, median',
      percentile(search.index, 50),
      'ms',
      search.index.length,
      {
        baseline: round(percentile(search.naive, 50)),
      },
    );

    await panel!.getByRole('searchbox', { name: 'Search posts' }).fill('');
    await panel!.waitForTimeout(300);
    const long = await scrollLongTasks(panel!, '[data-testid="feed-scroll"]');
    push(
      'scrolling: long tasks > 50 ms (400 frames, flings and a jump)',
      long.filter((ms) => ms > 50).length,
      'tasks',
      long.length,
      { target: '0' },
    );
    push('scrolling: longest task', long.length === 0 ? 0 : Math.max(...long), 'ms', long.length);
    const memory = await heapMb(panel!);
    push(
      'side panel memory after indexing and scrolling (after GC): JS heap + ArrayBuffers',
      memory.js + memory.buffers,
      'MB',
      1,
      { target: '<= 100' },
    );
    push('  of which: JS heap', memory.js, 'MB', 1);
    push('  of which: ArrayBuffer backing stores (the search segment)', memory.buffers, 'MB', 1);
    await panel!.close();
    results.push(...(await deckRows(extension)));
    return results;
  } finally {
    await extension.close();
  }
};

/** `npx tsx scripts/bench/feed.ts` runs this bench alone (needs `npm run build`). */
if (process.argv[1]?.endsWith('feed.ts')) {
  feedBench()
    .then((results) => {
      for (const result of results) console.log(JSON.stringify(result));
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    });
}
