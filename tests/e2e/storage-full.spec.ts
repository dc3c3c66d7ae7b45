import { expect, test } from '@playwright/test';
import { homeTimelineResponse, numberedTweets } from '../fixtures/x/handmade-timeline';
import type { Post } from '../../lib/post';
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

let extension: LoadedExtension;

test.beforeEach(async () => {
  extension = await launchExtension();
});
test.afterEach(async () => {
  await extension.close();
});

test('storage full: capture pauses and keeps its posts, the side panel and popup say so, and everything lands once space returns', async () => {
  test.setTimeout(120_000);
  const RESPONSES = 10;
  const PER_RESPONSE = 100;
  const bodies = new Map<string, string>();
  const requests = Array.from({ length: RESPONSES }, (_, n) => {
    const url = xGraphqlUrl('HomeTimeline', 300 + n);
    bodies.set(
      new URL(url).pathname,
      JSON.stringify(homeTimelineResponse(numberedTweets(n * PER_RESPONSE, PER_RESPONSE))),
    );
    return { via: 'xhr' as const, url, delayMs: 100 };
  });
  await serveSite(extension.context, 'https://x.com', {
    pages: { '/home': xTimelinePage(requests) },
    api: answerFrom(bodies),
  });

  const first = await openExtensionPage(extension, 'sidepanel.html');
  const origin = `chrome-extension://${extension.extensionId}`;
  const control = await extension.context.newPage();
  const cdp = await extension.context.newCDPSession(control);
  // Room for the empty store and a few hundred posts, not for a thousand.
  const usage = await first.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: usage + 100_000 });
  // Chromium's IndexedDB keeps the room it learnt when the store was opened (the background opens
  // it at start, for sync) until every connection closes: close them, so the new quota holds.
  await first.close();
  await killServiceWorker(extension.context, control);
  await control.waitForTimeout(3_000);
  const panel = await openExtensionPage(extension, 'sidepanel.html');

  const page = await extension.context.newPage();
  await page.goto('https://x.com/home');
  await page.waitForFunction(() => (window as unknown as { __done: boolean }).__done);

  const banner = panel.getByRole('alert').filter({ hasText: 'Storage is full' });
  await expect(banner).toBeVisible({ timeout: 30_000 });
  const popup = await openExtensionPage(extension, 'popup.html');
  await expect(popup.getByRole('alert').filter({ hasText: 'Storage is full' })).toBeVisible();
  const storedWhileFull = (await readStore<Post>(panel, 'posts')).length;
  expect(storedWhileFull).toBeLessThan(RESPONSES * PER_RESPONSE);

  // Space returns (the user pruned, or the browser freed some): capture resumes by itself.
  await cdp.send('Storage.overrideQuotaForOrigin', { origin });
  await expect
    .poll(async () => (await readStore<Post>(panel, 'posts')).length, { timeout: 60_000 })
    .toBe(RESPONSES * PER_RESPONSE);
  await expect(banner).toBeHidden();
  const ids = (await readStore<Post>(panel, 'posts')).map((post) => post.id).sort();
  expect(ids).toEqual(
    numberedTweets(0, RESPONSES * PER_RESPONSE)
      .map((tweet) => `x:${tweet.id}`)
      .sort(),
  );
});
