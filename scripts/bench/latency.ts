import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import {
  answerFrom,
  launchExtension,
  openExtensionPage,
  serveSite,
  type RoutedResponse,
} from '../browser/extension';
import { homeTimelineResponse, numberedTweets } from '../../tests/fixtures/x/handmade-timeline';
import { startFakeStreaming, streamingBrowserArgs } from '../../tests/fake-servers/fake-streaming';
import { parseBlueskyXrpc } from '../../lib/platforms/bluesky/parse-xrpc';
import { parseMastodonApi } from '../../lib/platforms/mastodon/parse-api';
import { parseMastodonStreamFrame } from '../../lib/platforms/mastodon/stream';
import { percentile, round, type Bench, type BenchResult } from './types';
import { turnOnServer } from './turn-on-server';

/**
 * Captured-to-stored latency in Chromium: from the moment the page has a response (or the server
 * sent a stream message) to the moment its posts are readable in IndexedDB from an extension page
 * (what the side panel's live query sees), for each network's way in: X (XHR), Bluesky (fetch +
 * json()), Mastodon (XHR on a server turned on, and a streaming message over a real WebSocket).
 * Every run's response holds posts never stored before (ids rewritten per run). Hand-made data.
 */
const RUNS = 15;
const FIXTURES = join(import.meta.dirname, '../../tests/fixtures');
const MASTODON_HOST = 'mastodon.example';
const MASTODON = `https://${MASTODON_HOST}`;

const LOADER = `<!doctype html><title>latency</title><script>
  window.__xhr = (url) => new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open('GET', url);
    xhr.onload = () => { JSON.parse(xhr.responseText); resolve(Date.now()); };
    xhr.send();
  });
  window.__fetch = (url) => fetch(url).then((response) => response.json()).then(() => Date.now());
  window.__stream = (url) => new Promise((resolve) => {
    const socket = new WebSocket(url);
    socket.onmessage = () => undefined;
    socket.onopen = () => resolve(true);
    window.__socket = socket;
  });
</script>`;

/** Resolves when the post is readable in IndexedDB, with the time (a string: the page has no bundler helpers). */
function storedAt(observer: Page, id: string): Promise<number> {
  return observer.evaluate<number>(`new Promise((resolve) => {
    const check = () => {
      const open = indexedDB.open('crossfeed');
      open.onsuccess = () => {
        const db = open.result;
        const request = db.transaction('posts', 'readonly').objectStore('posts').get(${JSON.stringify(id)});
        request.onsuccess = () => {
          db.close();
          if (request.result) resolve(Date.now());
          else setTimeout(check, 5);
        };
      };
    };
    check();
  })`);
}

function figures(name: string, samples: number[]): BenchResult[] {
  return [50, 95].map((p) => ({
    bench: 'latency',
    metric: `${name} → posts readable in IndexedDB, ${p === 50 ? 'median' : 'p95'}`,
    value: round(percentile(samples, p)),
    unit: 'ms',
    n: samples.length,
  }));
}

/** A hand-made fixture with every id made new for run `run` (a global replace of `from`). */
function fresh(file: string, from: string, to: (run: number) => string, run: number): string {
  return readFileSync(join(FIXTURES, file), 'utf8').replaceAll(from, to(run));
}

export const latencyBench: Bench = async () => {
  const streaming = await startFakeStreaming(MASTODON_HOST);
  const extension = await launchExtension({
    grantedOrigins: [`${MASTODON}/*`],
    args: streamingBrowserArgs(MASTODON_HOST),
  });
  try {
    await turnOnServer(extension, MASTODON);
    const observer = await openExtensionPage(extension, 'options.html');
    const results: BenchResult[] = [];
    /** One page per network, loading RUNS responses the way its app does. */
    const measure = async (
      origin: string,
      api: (url: URL) => RoutedResponse | undefined,
      runs: Array<{ url: string; via: '__xhr' | '__fetch'; id: string }>,
    ) => {
      await serveSite(extension.context, origin, { pages: { '/latency': LOADER }, api });
      const page = await extension.context.newPage();
      await page.goto(`${origin}/latency`);
      const samples: number[] = [];
      for (const { url, via, id } of runs) {
        const received = await page.evaluate(
          ([target, how]) =>
            (window as unknown as Record<string, (u: string) => Promise<number>>)[how]!(target),
          [url, via] as const,
        );
        samples.push((await storedAt(observer, id)) - received);
      }
      await page.close();
      return samples;
    };

    const x = new Map<string, string>();
    const xRuns = Array.from({ length: RUNS }, (_, run) => {
      const tweets = numberedTweets(10_000 + run * 20, 20);
      x.set(`/i/api/graphql/L${run}/HomeTimeline`, JSON.stringify(homeTimelineResponse(tweets)));
      return {
        url: `https://x.com/i/api/graphql/L${run}/HomeTimeline`,
        via: '__xhr' as const,
        id: `x:${tweets[19]!.id}`,
      };
    });
    results.push(
      ...figures(
        'X: page has the HomeTimeline response (20 posts, XHR)',
        await measure('https://x.com', answerFrom(x), xRuns),
      ),
    );

    // One XRPC path; each run's body is told apart by its query, as the app's cursors would.
    const bluesky = new Map<string, string>();
    const blueskyRuns = Array.from({ length: RUNS }, (_, run) => {
      const body = fresh(
        'bluesky/handmade-app.bsky.feed.getFeed.json',
        'did:plc:',
        (n) => `did:plc:run${n}`,
        run,
      );
      bluesky.set(String(run), body);
      const posts = parseBlueskyXrpc(JSON.parse(body), { timeline: 'latency', now: 0 }).posts;
      return {
        url: `https://bsky.app/xrpc/app.bsky.feed.getFeed?cursor=${run}`,
        via: '__fetch' as const,
        id: posts[posts.length - 1]!.id,
      };
    });
    const byCursor = (url: URL) => {
      const body = bluesky.get(url.searchParams.get('cursor') ?? '');
      return body === undefined ? undefined : { body };
    };
    results.push(
      ...figures(
        'Bluesky: page has the getFeed response (fetch + json)',
        await measure('https://bsky.app', byCursor, blueskyRuns),
      ),
    );

    const mastodon = new Map<string, string>();
    const mastodonRuns = Array.from({ length: RUNS }, (_, run) => {
      const body = fresh(
        'mastodon/handmade-timelines-tag.json',
        '/statuses/',
        (n) => `/statuses/r${n}-`,
        run,
      );
      mastodon.set(`/api/v1/timelines/list/${run}`, body);
      const posts = parseMastodonApi(JSON.parse(body), {
        timeline: 'latency',
        now: 0,
        pageUrl: MASTODON,
      }).posts;
      return {
        url: `${MASTODON}/api/v1/timelines/list/${run}`,
        via: '__xhr' as const,
        id: posts[posts.length - 1]!.id,
      };
    });
    results.push(
      ...figures(
        'Mastodon: page has a list timeline response (XHR)',
        await measure(MASTODON, answerFrom(mastodon), mastodonRuns),
      ),
    );

    // The stream: from the server's send to stored.
    await serveSite(extension.context, MASTODON, { pages: { '/stream': LOADER } });
    const page = await extension.context.newPage();
    await page.goto(`${MASTODON}/stream`);
    await page.evaluate(
      (url) => (window as unknown as { __stream: (u: string) => Promise<boolean> }).__stream(url),
      `${streaming.url}?stream=user`,
    );
    const update = readFileSync(join(FIXTURES, 'mastodon/handmade-streaming-frames.jsonl'), 'utf8').split(
      '\n',
    )[0]!;
    const streamSamples: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      const frame = update.replaceAll('/statuses/', `/statuses/s${run}-`);
      const id = parseMastodonStreamFrame(frame, { timeline: 'latency', now: 0, pageUrl: MASTODON }).posts[0]!
        .id;
      const waiting = storedAt(observer, id);
      const sent = Date.now();
      streaming.send(frame);
      streamSamples.push((await waiting) - sent);
    }
    results.push(...figures('Mastodon: the server sends a streaming update', streamSamples));
    return results;
  } finally {
    await extension.close();
    await streaming.close();
  }
};
