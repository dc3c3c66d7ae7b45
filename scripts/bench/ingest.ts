import { launchExtension, openExtensionPage, serveSite } from '../browser/extension';
import { isolatedWorld } from '../browser/isolated-world';
import { percentile, round, type Bench, type BenchResult } from './types';
import { CAPTURE_PORT } from '../../lib/capture/protocol';

/**
 * Ingest through the real message path in Chromium: a content script (the isolated world on an
 * x.com page) sends batches to the service worker, which validates and writes them to IndexedDB in
 * one transaction each (with the search log row that keeps the stored search index exact), then
 * acks. Measured: posts/s for batches of 25 and 100, and the round trip of an empty batch
 * (validation + one transaction + ack); then a side panel opened on the result must find every
 * post written in its search index.
 */
/**
 * Under the worker's per-tab budget (POSTS_PER_TAB_PER_MINUTE, 3,000: a burst up to a minute's
 * worth), so no post is refused as `rate-limit`; each run sends from a tab of its own.
 */
const POSTS_PER_RUN = 2500;
const WARM_UP_POSTS = 500;
const ROUND_TRIPS = 300;

/** Runs in the isolated world: makes `count` distinct valid posts and sends them `size` at a time. */
function sendExpression(runId: string, count: number, size: number): string {
  return `(async () => {
    // X ids are digits (the background refuses any other shape): the run's digits, then n in 6.
    const idOf = (n) => '${runId}' + String(n).padStart(6, '0');
    const post = (n) => ({
      id: 'x:' + idOf(n), platform: 'x', nativeId: idOf(n),
      url: 'https://x.com/bench/status/' + idOf(n),
      author: { id: String(n % 500), handle: 'bench' + (n % 500), name: 'Bench author ' + (n % 500), verified: n % 7 === 0,
                avatarUrl: 'https://pbs.twimg.com/profile_images/1/a_normal.jpg' },
      text: 'Benchmark post ' + n + ' with a realistic amount of text to carry across the boundary, about one tweet long. #bench https://example.com/' + n,
      entities: [{ kind: 'hashtag', start: 95, end: 101, tag: 'bench' }], lang: 'en',
      createdAt: 1750000000000 + n * 1000, sortAt: 1750000000000 + n * 1000,
      media: n % 3 === 0 ? [{ kind: 'photo', url: 'https://pbs.twimg.com/media/b' + n + '.jpg?name=orig', width: 1200, height: 800 }] : [],
      counts: { likes: n % 1000, reposts: n % 50, replies: n % 20, views: n * 10, readAt: 1750000000000 },
      edited: false, sensitive: false,
      capture: { source: 'network', timeline: 'HomeTimeline', pageUrl: 'https://x.com/home', firstSeenAt: 1750000000000, lastSeenAt: 1750000000000 },
    });
    const send = (posts, id) => chrome.runtime.sendMessage({ crossfeed: 1, name: 'ingest', payload: {
      batchId: id, platform: 'x', source: 'network', posts, stats: { operations: {}, skipped: {}, unknownOperations: {} } } });
    const started = performance.now();
    for (let first = 0; first < ${count}; first += ${size}) {
      const posts = [];
      for (let n = first; n < Math.min(first + ${size}, ${count}); n += 1) posts.push(post(n));
      const reply = await send(posts, 'bench-${runId}-' + first);
      if (!reply || !reply.ok || reply.data.stored !== posts.length) throw new Error('batch not stored: ' + JSON.stringify(reply));
    }
    return performance.now() - started;
  })()`;
}

/**
 * Round trips of an empty batch (validation, one transaction, the ack): as a one-time message each,
 * or on the capture port that content-capture.ts uses (lib/protocol/port-client.ts).
 */
function roundTripExpression(count: number, via: 'message' | 'port' = 'message'): string {
  return `(async () => {
    const batch = (i) => ({ crossfeed: 1, name: 'ingest', payload: {
      batchId: 'rt-${via}-' + i + '-' + Math.random().toString(36).slice(2), platform: 'x', source: 'network', posts: [],
      stats: { operations: {}, skipped: {}, unknownOperations: {} } } });
    const port = ${via === 'port' ? "chrome.runtime.connect({ name: '" + CAPTURE_PORT + "' })" : 'null'};
    const onPort = (i) => new Promise((resolve) => {
      const answer = (frame) => { if (frame.id === i) { port.onMessage.removeListener(answer); resolve(frame.reply); } };
      port.onMessage.addListener(answer);
      port.postMessage({ id: i, message: batch(i) });
    });
    const times = [];
    for (let i = 0; i < ${count}; i += 1) {
      const started = performance.now();
      const reply = port ? await onPort(i) : await chrome.runtime.sendMessage(batch(i));
      times.push(performance.now() - started);
      if (!reply || !reply.ok) throw new Error('no ack');
    }
    if (port) port.disconnect();
    return times;
  })()`;
}

export const ingestBench: Bench = async () => {
  const extension = await launchExtension();
  try {
    await serveSite(extension.context, 'https://x.com', {
      pages: { '/home': '<!doctype html><title>bench</title><p>bench</p>' },
    });
    /** A new x.com tab's content-script world: each has a whole budget of its own. */
    const openWorld = async () => {
      const page = await extension.context.newPage();
      await page.goto('https://x.com/home');
      return { page, world: await isolatedWorld(extension.context, page) };
    };
    const { world } = await openWorld();
    const results: BenchResult[] = [];
    const firstTrip = await world.evaluate<number[]>(roundTripExpression(1));
    results.push({
      bench: 'ingest',
      metric: 'first message round trip (cold start of the page channel)',
      value: round(firstTrip[0]!),
      unit: 'ms',
      n: 1,
    });
    for (const size of [25, 100]) {
      // One warm-up run, then the measured one (fresh ids: every post is a new row), each in its own tab.
      const warm = await openWorld();
      await warm.world.evaluate<number>(sendExpression(`1${size}0`, WARM_UP_POSTS, size));
      await warm.world.detach();
      await warm.page.close();
      const run = await openWorld();
      const elapsed = await run.world.evaluate<number>(sendExpression(`1${size}1`, POSTS_PER_RUN, size));
      await run.world.detach();
      await run.page.close();
      results.push({
        bench: 'ingest',
        metric: `posts/s into IndexedDB, batches of ${size} (content script → worker → Dexie → ack)`,
        value: round((POSTS_PER_RUN / elapsed) * 1000, 0),
        unit: 'posts/s',
        n: POSTS_PER_RUN,
      });
    }
    // Capture sends on its port; a one-time message each is the baseline beside it.
    const trips = await world.evaluate<number[]>(roundTripExpression(ROUND_TRIPS));
    const portTrips = await world.evaluate<number[]>(roundTripExpression(ROUND_TRIPS, 'port'));
    for (const [label, p] of [
      ['median', 50],
      ['p95', 95],
    ] as const) {
      results.push({
        bench: 'ingest',
        metric: `content script → worker round trip, empty batch, on the capture port, ${label}`,
        value: round(percentile(portTrips, p)),
        unit: 'ms',
        n: portTrips.length,
        baseline: round(percentile(trips, p)),
      });
    }
    await world.detach();
    const written = 2 * (WARM_UP_POSTS + POSTS_PER_RUN);
    const panel = await openExtensionPage(extension, 'sidepanel.html');
    await panel.waitForFunction(
      (mark) => performance.getEntriesByName(mark).length > 0,
      'crossfeed:index-ready',
    );
    const indexed = await panel.evaluate(
      () =>
        (performance.getEntriesByName('crossfeed:index-ready')[0] as PerformanceMark).detail.posts as number,
    );
    if (indexed !== written)
      throw new Error(`ingest bench: the search index holds ${indexed} posts of ${written}`);
    results.push({
      bench: 'ingest',
      metric: 'side panel opened after the runs: posts in its search index (= posts written)',
      value: indexed,
      unit: 'posts',
      n: written,
    });
    return results;
  } finally {
    await extension.close();
  }
};
