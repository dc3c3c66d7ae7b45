import type { Page } from '@playwright/test';
import { generatePosts } from '../../lib/dev/generate-posts';
import { launchExtension, openExtensionPage, type LoadedExtension } from '../browser/extension';
import { deckRows } from './deck';
import { percentile, round, type Bench, type BenchResult } from './types';

/**
 * The side panel at 100,000 generated posts in Chromium (the real extension): open → first posts
 * painted, index ready, search keystroke → results painted (p95, with the naive Dexie
 * `Collection.filter()` scan beside it), long tasks while scrolling, and the panel's heap.
 * Timings come from performance marks the panel sets (components/feed/perf-marks.ts); the
 * per-keystroke measure and the naive scan exist only when the page is opened with `?bench`.
 */
const POSTS = Number(process.env.FEED_BENCH_POSTS ?? 100_000);
const SEED = 20250601;
const WRITE_CHUNK = 1000;
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

const progress = (message: string) => console.error(`[feed bench] ${message}`);

/** Writes posts with raw IndexedDB from an extension page, 1000 rows per transaction. */
async function loadPosts(page: Page): Promise<number> {
  const posts = generatePosts(POSTS, SEED);
  progress(`generated ${posts.length} posts`);
  const started = performance.now();
  for (let at = 0; at < posts.length; at += WRITE_CHUNK) {
    if (at % 20_000 === 0) progress(`written ${at}`);
    // As one JSON string: Playwright serialises a string far faster than 1000 nested objects.
    await page.evaluate(
      (json) =>
        new Promise<void>((resolve, reject) => {
          const rows = JSON.parse(json) as unknown[];
          const open = indexedDB.open('crossfeed');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const tx = db.transaction('posts', 'readwrite');
            for (const row of rows) tx.objectStore('posts').put(row);
            tx.oncomplete = () => {
              db.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
      JSON.stringify(posts.slice(at, at + WRITE_CHUNK)),
    );
  }
  return performance.now() - started;
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

/** A scripted scroll in the panel with a longtask observer (a string: page code is not transpiled). */
const SCROLL_SCRIPT = `new Promise((resolve) => {
  const long = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) long.push(entry.duration);
  });
  observer.observe({ type: 'longtask' });
  const scroller = document.querySelector('[data-testid="feed-scroll"]');
  let frames = 0;
  const step = () => {
    frames += 1;
    // Reading speed, a fling every 50 frames, and a jump deep into the list.
    scroller.scrollTop += frames % 50 === 0 ? 20000 : 400;
    if (frames === 300) scroller.scrollTop = scroller.scrollHeight / 2;
    if (frames < 400) requestAnimationFrame(step);
    else setTimeout(() => { observer.disconnect(); resolve(long); }, 200);
  };
  requestAnimationFrame(step);
})`;

async function scrollLongTasks(page: Page): Promise<number[]> {
  return page.evaluate<number[]>(SCROLL_SCRIPT);
}

async function heapMb(page: Page): Promise<number> {
  const session = await page.context().newCDPSession(page);
  try {
    await session.send('HeapProfiler.collectGarbage');
    const usage = (await session.send('Runtime.getHeapUsage')) as { usedSize: number };
    return usage.usedSize / 1e6;
  } finally {
    await session.detach().catch(() => undefined);
  }
}

export const feedBench: Bench = async () => {
  const extension = await launchExtension({ viewport: PANEL });
  try {
    // The side panel creates the store (Dexie opens it with its schema); then fill it.
    const first = await openExtensionPage(extension, 'sidepanel.html');
    await first.getByText('No posts yet').waitFor();
    await first.close();
    const loader = await openExtensionPage(extension, 'popup.html');
    const writeMs = await loadPosts(loader);
    await loader.close();
    const results: BenchResult[] = [];
    const push = (metric: string, value: number, unit: string, n: number, extra: Partial<BenchResult> = {}) =>
      results.push({ bench: 'feed', metric, value: round(value), unit, n, ...extra });
    push(
      `load ${POSTS.toLocaleString()} generated posts (raw IndexedDB, 1000 per transaction)`,
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
    push(
      'side panel open → whole store indexed (search covers all), median',
      percentile(ready, 50),
      'ms',
      OPENS,
    );

    progress(`opened ${OPENS} times: first posts ${paints.join(', ')} ms, indexed ${ready.join(', ')} ms`);
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
    const long = await scrollLongTasks(panel!);
    push(
      'scrolling: long tasks > 50 ms (400 frames, flings and a jump)',
      long.filter((ms) => ms > 50).length,
      'tasks',
      long.length,
      { target: '0' },
    );
    push('scrolling: longest task', long.length === 0 ? 0 : Math.max(...long), 'ms', long.length);
    push('side panel JS heap after indexing and scrolling (after GC)', await heapMb(panel!), 'MB', 1, {
      target: '<= 150',
    });
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
