import { expect, test } from '@playwright/test';
import { DEMO_X_TWEETS, homeTimelineResponse, numberedTweets } from '../fixtures/x/handmade-timeline';
import type { Post } from '../../lib/post';
import type { HealthRecord } from '../../lib/health';
import {
  answerFrom,
  killServiceWorker,
  launchExtension,
  openExtensionPage,
  readStore,
  serveSite,
  type LoadedExtension,
} from './harness';
import { xGraphqlUrl, xTimelinePage } from './pages';

/** `chrome` inside an extension page (evaluated there, typed here). */
interface ChromeGlobal {
  chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };
}
interface PortGlobal {
  chrome: {
    runtime: {
      connect(options: { name: string }): {
        postMessage(message: unknown): void;
        onMessage: { addListener(listener: (message: unknown) => void): void };
      };
    };
  };
}

let extension: LoadedExtension;

test.beforeEach(async () => {
  extension = await launchExtension();
});
test.afterEach(async () => {
  await extension.close();
});

test('a post travels from an x.com page into the side panel, and the page receives its responses unchanged', async () => {
  const responses = new Map<string, string>([
    [
      new URL(xGraphqlUrl('HomeTimeline', 1)).pathname,
      JSON.stringify(homeTimelineResponse(DEMO_X_TWEETS.slice(0, 2))),
    ],
    [
      new URL(xGraphqlUrl('HomeLatestTimeline', 2)).pathname,
      JSON.stringify(homeTimelineResponse(DEMO_X_TWEETS.slice(2))),
    ],
  ]);
  await serveSite(extension.context, 'https://x.com', {
    pages: {
      '/home': xTimelinePage([
        { via: 'xhr', url: xGraphqlUrl('HomeTimeline', 1) },
        { via: 'fetch', url: xGraphqlUrl('HomeLatestTimeline', 2) },
      ]),
    },
    api: answerFrom(responses),
  });

  const panel = await openExtensionPage(extension, 'sidepanel.html');
  await expect(panel.getByText('No posts yet')).toBeVisible();

  const page = await extension.context.newPage();
  await page.goto('https://x.com/home');
  await page.waitForFunction(() => (window as unknown as { __done: boolean }).__done);

  // The page's own code got byte-identical responses through both XHR and fetch.
  const received = await page.evaluate(
    () =>
      (window as unknown as { __received: Array<{ url: string; status: number; text: string }> }).__received,
  );
  expect(received.map((entry) => [entry.status, entry.text])).toEqual(
    [...responses.values()].map((body) => [200, body]),
  );

  // The side panel shows every post, newest first, live (no reload).
  for (const tweet of DEMO_X_TWEETS) {
    await expect(panel.locator(`[data-post-id="x:${tweet.id}"]`)).toBeVisible();
  }
  const order = await panel
    .locator('[data-post-id]')
    .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-post-id')));
  expect(order).toEqual(DEMO_X_TWEETS.map((tweet) => `x:${tweet.id}`));
  await expect(panel.locator(`[data-post-id="x:${DEMO_X_TWEETS[0]!.id}"]`)).toContainText(
    DEMO_X_TWEETS[0]!.text,
  );

  const posts = await readStore<Post>(panel, 'posts');
  // The first two came with HomeTimeline, the rest with HomeLatestTimeline (the routes above).
  expect(posts.map((post) => post.capture.timeline).sort()).toEqual([
    ...DEMO_X_TWEETS.slice(2).map(() => 'HomeLatestTimeline'),
    'HomeTimeline',
    'HomeTimeline',
  ]);
  expect(
    posts.every((post) => post.capture.source === 'network' && post.capture.pageUrl === 'https://x.com/home'),
  ).toBe(true);
});

test('killing the service worker again and again during a stream loses no post and duplicates none', async () => {
  const RESPONSES = 16;
  const PER_RESPONSE = 25;
  const bodies = new Map<string, string>();
  const requests = Array.from({ length: RESPONSES }, (_, n) => {
    const url = xGraphqlUrl('HomeTimeline', 100 + n);
    bodies.set(
      new URL(url).pathname,
      JSON.stringify(homeTimelineResponse(numberedTweets(n * PER_RESPONSE, PER_RESPONSE))),
    );
    const via = (['xhr', 'fetch', 'fetch-json'] as const)[n % 3]!;
    return { via, url, delayMs: 120 };
  });
  await serveSite(extension.context, 'https://x.com', {
    pages: { '/home': xTimelinePage(requests) },
    api: answerFrom(bodies),
  });
  const observer = await openExtensionPage(extension, 'options.html');
  const page = await extension.context.newPage();
  await page.goto('https://x.com/home');

  let kills = 0;
  while (!(await page.evaluate(() => (window as unknown as { __done: boolean }).__done))) {
    if (await killServiceWorker(extension.context, observer)) kills += 1;
    await page.waitForTimeout(150);
  }
  // A few more kills while the last batches are still being retried.
  for (let i = 0; i < 3; i += 1) {
    if (await killServiceWorker(extension.context, observer)) kills += 1;
    await page.waitForTimeout(100);
  }
  expect(kills).toBeGreaterThanOrEqual(5);

  const expected = RESPONSES * PER_RESPONSE;
  await expect
    .poll(async () => (await readStore<Post>(observer, 'posts')).length, { timeout: 30_000 })
    .toBe(expected);
  const posts = await readStore<Post>(observer, 'posts');
  const wanted = numberedTweets(0, expected)
    .map((tweet) => `x:${tweet.id}`)
    .sort();
  expect(posts.map((post) => post.id).sort()).toEqual(wanted);
  // Exactly once: every post was counted as written once, no batch was counted twice.
  const health = await readStore<HealthRecord>(observer, 'health');
  const network = health.find((record) => record.key === 'x:network');
  expect(network?.postsNew).toBe(expected);
  expect(network?.postsStored).toBe(expected);
  expect(network?.operations.HomeTimeline?.responses).toBe(RESPONSES);
});

test('the background refuses a capture from an extension page, by message or on the capture port, and counts each refusal', async () => {
  const panel = await openExtensionPage(extension, 'sidepanel.html');
  const reply = await panel.evaluate(() =>
    (globalThis as unknown as ChromeGlobal).chrome.runtime.sendMessage({
      crossfeed: 1,
      name: 'ingest',
      payload: { batchId: 'forged-batch-1', platform: 'x', source: 'network', posts: [], stats: {} },
    }),
  );
  expect(reply).toEqual({ ok: false, error: 'wrong-channel' });
  const unknown = await panel.evaluate(() =>
    (globalThis as unknown as ChromeGlobal).chrome.runtime.sendMessage({
      crossfeed: 1,
      name: 'dropTables',
      payload: {},
    }),
  );
  expect(unknown).toEqual({ ok: false, error: 'unknown-message' });
  // The capture port (content scripts send their batches on it) checks its sender the same way.
  const onPort = await panel.evaluate(
    () =>
      new Promise((resolve) => {
        const runtime = (globalThis as unknown as PortGlobal).chrome.runtime;
        const port = runtime.connect({ name: 'crossfeed:capture' });
        port.onMessage.addListener((answer) => resolve(answer));
        port.postMessage({
          id: 1,
          message: {
            crossfeed: 1,
            name: 'ingest',
            payload: { batchId: 'forged-batch-2', platform: 'x', source: 'network', posts: [], stats: {} },
          },
        });
      }),
  );
  expect(onPort).toEqual({ id: 1, reply: { ok: false, error: 'wrong-channel' } });
  await expect
    .poll(
      async () =>
        (await readStore<{ key: string; value: unknown }>(panel, 'settings')).find(
          (row) => row.key === 'rejectedMessages',
        )?.value,
    )
    .toEqual({ 'wrong-channel': 2, 'unknown-message': 1 });
  expect(await readStore(panel, 'posts')).toEqual([]);
});

test('in Chrome the toolbar button opens the side panel, or the quick popup when the user chooses it', async () => {
  const page = await openExtensionPage(extension, 'options.html');
  const toolbar = () =>
    page.evaluate(
      `Promise.all([chrome.sidePanel.getPanelBehavior(), chrome.action.getPopup({})])`,
    ) as Promise<[{ openPanelOnActionClick: boolean }, string]>;
  await expect.poll(async () => (await toolbar())[0].openPanelOnActionClick).toBe(true);
  expect((await toolbar())[1]).toBe('');
  const reply = await page.evaluate(
    `chrome.runtime.sendMessage({ crossfeed: 1, name: 'updateSettings', payload: { toolbarAction: 'popup' } })`,
  );
  expect(reply).toMatchObject({ ok: true, data: { toolbarAction: 'popup' } });
  const [behavior, popup] = await toolbar();
  expect(behavior.openPanelOnActionClick).toBe(false);
  expect(popup).toBe(`chrome-extension://${extension.extensionId}/popup.html`);
});
