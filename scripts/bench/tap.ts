import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession, Page } from '@playwright/test';
import { answerFrom, launchExtension, serveSite } from '../browser/extension';
import { turnOnServer } from './turn-on-server';
import { percentile, round, type Bench, type BenchResult } from './types';
import { capturesDir, hasCaptures } from '../../tests/helpers/captures';

/**
 * Main-thread time Crossfeed adds to the page per captured response, in Chromium, on real captures.
 * The page's own script loads each response the way its network's app does (XMLHttpRequest, then
 * JSON.parse(responseText), on x.com, threads.com and a Mastodon server; fetch, then json(), on
 * bsky.app). `CROSSFEED_TAP_CASES=bluesky,mastodon` measures only the cases whose file matches. For each response, the renderer's total script time (CDP
 * Performance.getMetrics ScriptDuration: every world, every task on the page's thread) is measured
 * for the same body served at a URL Crossfeed does not read (control) and at the GraphQL URL it
 * reads; the difference is what the tap, the bridge and the content script added, the batch sent to
 * the background and its answer included. It is reported in ms and as a ratio to one plain
 * JSON.parse of the same body in the same page, timed by the same counter.
 * Two designs: "reuse" (the page parses, the tap walks the page's object — shipped) and "own parse"
 * (the page parses a copy the tap cannot recognise, so the tap parses again — the copy-free
 * parse-in-place alternative).
 */
/** The real captures (tests/helpers/captures.ts): without them this bench says so and measures nothing. */
const CAPTURES = capturesDir;
/** A response to measure: where the page asks for it (as the platform's app does) and the body. */
interface Case {
  origin: string;
  file: string;
  /** The URL Crossfeed reads; the control is the same body at `<origin>/control/<n>`. */
  tappedPath: string;
  /** Threads names its operation in a POST body; X uses GET. */
  requestBody?: string;
  /**
   * How the app reads it: XHR + JSON.parse(responseText) (X, Threads, Mastodon's axios) or fetch +
   * json() (Bluesky). With fetch, the "own parse" design reads text() and parses a copy instead.
   */
  via?: 'xhr' | 'fetch';
}
/** A Mastodon server: capture runs there once the user turns it on (done by the bench, as the options do). */
const MASTODON = 'https://mastodon.example';
const THREADS_BODY = 'fb_api_req_friendly_name=BarcelonaFeedPaginationDirectQuery&doc_id=1&variables=%7B%7D';
const CASES: Case[] = [
  {
    origin: 'https://x.com',
    file: 'x/graphql-HomeTimeline-2025-06.json',
    tappedPath: '/i/api/graphql/Q1/HomeTimeline',
  },
  {
    origin: 'https://x.com',
    file: 'x/graphql-UserTweets-2026-07.json',
    tappedPath: '/i/api/graphql/Q1/UserTweets',
  },
  {
    origin: 'https://x.com',
    file: 'x/graphql-TweetDetail-2025-07-gif.json',
    tappedPath: '/i/api/graphql/Q1/TweetDetail',
  },
  {
    origin: 'https://www.threads.com',
    file: 'threads/graphql-feedData-2026-06-7posts.json',
    tappedPath: '/graphql/query',
    requestBody: THREADS_BODY,
  },
  // Bluesky's app fetches XRPC and reads json(); the path is matched on any host.
  {
    origin: 'https://bsky.app',
    file: 'bluesky/app.bsky.feed.getTimeline-2023-05-200items.json',
    tappedPath: '/xrpc/app.bsky.feed.getTimeline',
    via: 'fetch',
  },
  {
    origin: 'https://bsky.app',
    file: 'bluesky/app.bsky.feed.getAuthorFeed-2024-09-17items-4reposts-external-cards.json',
    tappedPath: '/xrpc/app.bsky.feed.getAuthorFeed',
    via: 'fetch',
  },
  {
    origin: 'https://bsky.app',
    file: 'bluesky/app.bsky.feed.getPostThread-2025-04-5posts-video-quote-sv.json',
    tappedPath: '/xrpc/app.bsky.feed.getPostThread',
    via: 'fetch',
  },
  // Mastodon's web UI reads with axios: XHR, then JSON.parse of responseText.
  {
    origin: MASTODON,
    file: 'mastodon/api-v2-notifications-grouped-icosahedron.website-2026-04-40groups-37statuses-quote-poll-cw.json',
    tappedPath: '/api/v2/notifications',
  },
  {
    origin: MASTODON,
    file: 'mastodon/api-v1-timelines-home-fosstodon-2025-07-5statuses.json',
    tappedPath: '/api/v1/timelines/home',
  },
];
const RUNS = 24;

const PAGE = `<!doctype html><title>tap bench</title><body><script>
  // The listener only keeps the tap's message (read after the measured window): work done here
  // would be counted as the tap's.
  let onTap = null;
  window.__taps = [];
  document.addEventListener('crossfeed:tap', (event) => { window.__taps.push(event.detail); if (onTap) onTap(); });
  // Loads one response as X's app does; resolves when the page has parsed it and, when the tap
  // reads it, when the tap has handed its result over (so both runs cost the page the same waiting).
  window.__load = (url, copy, tapped, body, via) => new Promise((resolve) => {
    let parsed = false, tap = !tapped;
    const done = () => { if (parsed && tap) { onTap = null; resolve(); } };
    onTap = () => { tap = true; done(); };
    if (via === 'fetch') {
      fetch(url).then((response) => copy
        ? response.text().then((text) => JSON.parse(text + ' '))
        : response.json()).then(() => { parsed = true; done(); });
      return;
    }
    const xhr = new XMLHttpRequest();
    xhr.open(body ? 'POST' : 'GET', url);
    xhr.onload = () => {
      JSON.parse(copy ? xhr.responseText + ' ' : xhr.responseText);
      parsed = true;
      done();
    };
    xhr.send(body || null);
  });
  // One task that parses the body once (or does nothing): timed by the same counter as the runs.
  window.__fetchBody = (url) => fetch(url).then((r) => r.text()).then((text) => { window.__body = text; });
  window.__parseTask = (parse) => new Promise((resolve) => setTimeout(() => {
    if (parse) JSON.parse(window.__body);
    resolve();
  }, 0));
</script></body>`;

async function scriptSeconds(session: CDPSession): Promise<number> {
  const { metrics } = (await session.send('Performance.getMetrics')) as {
    metrics: Array<{ name: string; value: number }>;
  };
  return metrics.find((metric) => metric.name === 'ScriptDuration')?.value ?? Number.NaN;
}

/**
 * One plain JSON.parse of the body in this page, in ms: the script time of a task that parses it
 * once minus that of an empty task, the median of PARSE_SAMPLES pairs. The same counter as the runs
 * (performance.now in a page is coarsened to 0.1 ms, too coarse for a 0.5 ms parse).
 */
async function plainParseMs(page: Page, session: CDPSession, url: string): Promise<number> {
  await page.evaluate(
    (u) => (window as unknown as { __fetchBody: (u: string) => Promise<void> }).__fetchBody(u),
    url,
  );
  const task = async (parse: boolean) => {
    const before = await scriptSeconds(session);
    await page.evaluate(
      (p) => (window as unknown as { __parseTask: (p: boolean) => Promise<void> }).__parseTask(p),
      parse,
    );
    return (await scriptSeconds(session)) - before;
  };
  const samples: number[] = [];
  for (let sample = 0; sample < PARSE_SAMPLES; sample += 1) {
    const empty = await task(false);
    const parsed = await task(true);
    samples.push((parsed - empty) * 1000);
  }
  return percentile(samples, 50);
}
const PARSE_SAMPLES = 21;

/** Script time (ms) spent from the request until the tap's work (and its batch send) is done. */
async function measure(
  page: Page,
  session: CDPSession,
  url: string,
  copy: boolean,
  tapped: boolean,
  requestBody = '',
  via: Case['via'] = 'xhr',
): Promise<{ ms: number; costMs?: number; parts?: number }> {
  const before = await scriptSeconds(session);
  await page.evaluate(
    ([target, asCopy, isTapped, body, how]) =>
      (
        window as unknown as {
          __load: (u: string, c: boolean, t: boolean, b: string, v: string) => Promise<void>;
        }
      ).__load(target as string, asCopy as boolean, isTapped as boolean, body as string, how as string),
    [url, copy, tapped, requestBody, via] as const,
  );
  // Let the batch be sent and acknowledged (a network batch goes at once; others wait 250 ms).
  await page.waitForTimeout(400);
  const after = await scriptSeconds(session);
  // Every hand-over of this response (a big one goes in parts; the first carries the walk's cost).
  const headers = await page.evaluate(() => {
    const taps = (window as unknown as { __taps: string[] }).__taps;
    (window as unknown as { __taps: string[] }).__taps = [];
    return taps.map((detail) => detail.slice(0, detail.indexOf('\n')));
  });
  const costs = headers.map((header) => (JSON.parse(header) as { costMs?: number }).costMs ?? 0);
  return {
    ms: (after - before) * 1000,
    ...(tapped ? { costMs: costs.reduce((sum, cost) => sum + cost, 0), parts: headers.length } : {}),
  };
}

export const tapBench: Bench = async () => {
  if (!hasCaptures) {
    console.error(`tap: skipped, real captures absent at ${capturesDir} (set CROSSFEED_CAPTURES)`);
    return [];
  }
  const extension = await launchExtension({ grantedOrigins: [`${MASTODON}/*`] });
  const results: BenchResult[] = [];
  try {
    await turnOnServer(extension, MASTODON);
    // Each case's body is served at its tapped path and at a control path on the same origin.
    const bodies = new Map<string, string>();
    const pages = new Map<string, Page>();
    for (const origin of new Set(CASES.map((entry) => entry.origin))) {
      await serveSite(extension.context, origin, {
        pages: { '/bench': PAGE },
        api: answerFrom(bodies, true),
      });
      const page = await extension.context.newPage();
      await page.goto(`${origin}/bench`);
      pages.set(origin, page);
    }

    const only = process.env.CROSSFEED_TAP_CASES?.split(',').filter(Boolean);
    for (const [caseIndex, { origin, file, tappedPath, requestBody, via }] of CASES.entries()) {
      if (only && !only.some((part) => file.includes(part))) continue;
      const page = pages.get(origin)!;
      const session = await extension.context.newCDPSession(page);
      await session.send('Performance.enable');
      const body = readFileSync(join(CAPTURES, file), 'utf8');
      const control = `${origin}/control/${caseIndex}`;
      const tapped = `${origin}${tappedPath}`;
      bodies.set(control, body);
      bodies.set(tapped, body);
      // The parse is timed at the start, the middle and the end of the runs (median of the three):
      // the machine's speed drifts during a bench.
      const plainParse = () => plainParseMs(page, session, control);
      const plainTimes = [await plainParse()];
      const added: Record<'reuse' | 'own', number[]> = { reuse: [], own: [] };
      const walk: number[] = [];
      const parts: number[] = [];
      // Warm up both paths once (JIT), then alternate control and measured runs.
      await measure(page, session, control, false, false, requestBody, via);
      await measure(page, session, tapped, false, true, requestBody, via);
      for (let run = 0; run < RUNS; run += 1) {
        for (const design of ['reuse', 'own'] as const) {
          const copy = design === 'own';
          const base = await measure(page, session, control, copy, false, requestBody, via);
          const withTap = await measure(page, session, tapped, copy, true, requestBody, via);
          added[design].push(withTap.ms - base.ms);
          if (design === 'reuse' && withTap.costMs !== undefined) walk.push(withTap.costMs);
          if (design === 'reuse' && withTap.parts !== undefined) parts.push(withTap.parts);
        }
        if (run === Math.floor(RUNS / 2)) plainTimes.push(await plainParse());
      }
      plainTimes.push(await plainParse());
      const plain = percentile(plainTimes, 50);
      const name = `${file.split('/')[1]!.slice(0, 60)} (${(body.length / 1e6).toFixed(3)} MB)`;
      const reuse = percentile(added.reuse, 50);
      const own = percentile(added.own, 50);
      results.push(
        {
          bench: 'tap',
          metric: `${name}: plain JSON.parse in the page, median`,
          value: round(plain),
          unit: 'ms',
          n: PARSE_SAMPLES * 3,
        },
        {
          bench: 'tap',
          metric: `${name}: main-thread time added, reuse (shipped), median`,
          value: round(reuse),
          unit: 'ms',
          n: RUNS,
          baseline: round(own),
        },
        {
          bench: 'tap',
          metric: `${name}: added / JSON.parse, reuse (shipped)`,
          value: round(reuse / plain),
          unit: 'x',
          n: RUNS,
          baseline: round(own / plain),
          // The goal is set for responses of 100 KB or more; smaller ones are reported.
          ...(body.length >= 100_000 ? { target: '<= 1' } : {}),
        },
        {
          bench: 'tap',
          metric: `${name}: the tap's walk of the page's object, median`,
          value: round(percentile(walk, 50)),
          unit: 'ms',
          n: walk.length,
        },
        {
          // Each hand-over is one extension message, whose cost steps up past ~128 KB (bridge.ts).
          bench: 'tap',
          metric: `${name}: hand-overs (messages) per response, median`,
          value: percentile(parts, 50),
          unit: 'count',
          n: parts.length,
        },
        {
          // Everything Crossfeed adds to a response, even spread over several tasks, is below this:
          // it cannot make a long task (> 50 ms) of its own.
          bench: 'tap',
          metric: `${name}: main-thread time added, max over runs`,
          value: round(Math.max(...added.reuse)),
          unit: 'ms',
          n: RUNS,
          target: '< 50',
        },
      );
      await session.detach();
    }
    return results;
  } finally {
    await extension.close();
  }
};
