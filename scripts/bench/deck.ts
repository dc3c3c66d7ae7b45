import type { Page } from '@playwright/test';
import type { LoadedExtension } from '../browser/extension';
import { heapMb, scrollLongTasks } from './page-probes';
import { percentile, round, type BenchResult } from './types';

/**
 * The deck rows of the feed bench (issue 14's "the same figures for the deck with 4 columns"), on
 * the store the feed bench filled: 4 columns (every post, X, Threads, a saved search), open → the
 * first posts painted in all four (each column's list sets the first-posts mark once), the whole
 * store indexed, a keystroke in the deck's box → every column with results repainted, long tasks
 * while scrolling one column, and the heap.
 */
const OPENS = 3;
const DECK = { width: 1600, height: 900 };
const FIRST_POSTS_MARK = 'crossfeed:first-posts-painted';
const INDEX_READY_MARK = 'crossfeed:index-ready';
const LIST_PAINTED_MARK = 'crossfeed:list-painted';
const TYPED = ['team', 'crossfeed launch', 'music -the', 'café'];
const SETTINGS = {
  savedSearches: [{ id: 'bench-photos', name: 'Photos', query: 'has:photo' }],
  deckColumns: [
    { id: 'bench-all', kind: 'all', width: 360 },
    { id: 'bench-x', kind: 'platform', platform: 'x', width: 360 },
    { id: 'bench-threads', kind: 'platform', platform: 'threads', width: 360 },
    { id: 'bench-photos', kind: 'search', searchId: 'bench-photos', width: 360 },
  ],
};
const COLUMNS = SETTINGS.deckColumns.length;

const progress = (message: string) => console.error(`[deck bench] ${message}`);

/** ms from navigation start until `count` first-posts marks exist (one per column): the last column's paint. */
async function allColumnsPainted(page: Page): Promise<number> {
  await page.waitForFunction(
    ([mark, count]) => performance.getEntriesByName(mark as string).length >= (count as number),
    [FIRST_POSTS_MARK, COLUMNS] as const,
    { timeout: 120_000, polling: 50 },
  );
  return page.evaluate(
    (mark) => Math.max(...performance.getEntriesByName(mark).map((entry) => entry.startTime)),
    FIRST_POSTS_MARK,
  );
}

async function markTime(page: Page, name: string): Promise<number> {
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, name, {
    timeout: 120_000,
    polling: 50,
  });
  return page.evaluate((mark) => performance.getEntriesByName(mark)[0]!.startTime, name);
}

/** Per keystroke: from the input event to the last column with results painted (a column with none paints nothing). */
async function keystrokeSamples(page: Page): Promise<number[]> {
  const box = page.getByRole('searchbox', { name: 'Search posts' });
  await box.evaluate((element) => {
    element.addEventListener('input', () => {
      (window as unknown as { inputAt: number }).inputAt = performance.now();
    });
  });
  const samples: number[] = [];
  for (const text of TYPED) {
    await box.fill('');
    await box.focus();
    await page.waitForTimeout(300);
    for (const char of text) {
      await page.evaluate((mark) => performance.clearMarks(mark), LIST_PAINTED_MARK);
      await page.keyboard.type(char);
      await page.waitForTimeout(400);
      const sample = await page.evaluate((mark) => {
        const inputAt = (window as unknown as { inputAt: number }).inputAt;
        const painted = performance.getEntriesByName(mark).filter((entry) => entry.startTime > inputAt);
        const withResults = [...document.querySelectorAll('[data-testid="column-count"]')].filter(
          (node) => node.textContent !== '0',
        ).length;
        if (withResults === 0 || painted.length < withResults) return undefined;
        return Math.max(...painted.map((entry) => entry.startTime)) - inputAt;
      }, LIST_PAINTED_MARK);
      if (sample !== undefined) samples.push(sample);
    }
  }
  return samples;
}

export async function deckRows(extension: LoadedExtension): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  const push = (metric: string, value: number, unit: string, n: number, extra: Partial<BenchResult> = {}) =>
    results.push({ bench: 'feed', metric, value: round(value), unit, n, ...extra });
  const url = `chrome-extension://${extension.extensionId}/deck.html?bench=1`;

  let deck = await extension.context.newPage();
  await deck.setViewportSize(DECK);
  await deck.goto(url);
  const reply = await deck.evaluate<{ ok: boolean }>(
    `chrome.runtime.sendMessage({ crossfeed: 1, name: 'updateSettings', payload: ${JSON.stringify(SETTINGS)} })`,
  );
  if (!reply.ok) throw new Error('could not set the bench deck');

  const paints: number[] = [];
  const ready: number[] = [];
  const loaded: number[] = [];
  for (let run = 0; run < OPENS; run += 1) {
    await deck.close();
    deck = await extension.context.newPage();
    await deck.setViewportSize(DECK);
    await deck.goto(url);
    paints.push(await allColumnsPainted(deck));
    loaded.push(
      await deck.evaluate(
        () =>
          (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming)
            .domContentLoadedEventEnd,
      ),
    );
    ready.push(await markTime(deck, INDEX_READY_MARK));
  }
  progress(`opened ${OPENS} times: all 4 columns painted ${paints.map(round).join(', ')} ms`);
  push(
    'deck (4 columns) open → first posts painted in all columns, median',
    percentile(paints, 50),
    'ms',
    OPENS,
    {
      target: '<= 250',
    },
  );
  push('  of which: page and bundle loaded (DOMContentLoaded), median', percentile(loaded, 50), 'ms', OPENS);
  push('deck open → whole store indexed (search covers all), median', percentile(ready, 50), 'ms', OPENS);

  const keys = await keystrokeSamples(deck);
  progress(`typed ${keys.length} keystrokes`);
  push('deck search keystroke → every column repainted, p95', percentile(keys, 95), 'ms', keys.length, {
    target: '<= 50',
  });
  push('deck search keystroke → every column repainted, median', percentile(keys, 50), 'ms', keys.length);

  await deck.getByRole('searchbox', { name: 'Search posts' }).fill('');
  await deck.waitForTimeout(300);
  const long = await scrollLongTasks(deck, 'section[data-column-id] [data-testid="feed-scroll"]');
  push(
    'deck scrolling one column: long tasks > 50 ms (400 frames, flings and a jump)',
    long.filter((ms) => ms > 50).length,
    'tasks',
    long.length,
    { target: '0' },
  );
  push('deck scrolling: longest task', long.length === 0 ? 0 : Math.max(...long), 'ms', long.length);
  const memory = await heapMb(deck);
  push(
    'deck memory after indexing and scrolling (after GC): JS heap + ArrayBuffers',
    memory.js + memory.buffers,
    'MB',
    1,
    { target: '<= 100' },
  );
  await deck.close();
  return results;
}
