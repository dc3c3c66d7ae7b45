import { expect, type Page } from '@playwright/test';
import { homeTimelineResponse, type HandmadeTweet } from '../fixtures/x/handmade-timeline';
import { readStore, serveSite, type LoadedExtension } from './harness';
import { xGraphqlUrl, xTimelinePage } from './pages';

/** `chrome` inside an extension page (evaluated there, typed here). */
interface ChromeGlobal {
  chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };
}

/**
 * Captures `tweets` the real way: an x.com page (routed) whose own script loads a HomeTimeline. The
 * page stays open until `observer` (an extension page) sees every post stored: the content script
 * holds its batch until the background acks it.
 */
export async function captureTweets(
  extension: LoadedExtension,
  tweets: readonly HandmadeTweet[],
  observer: Page,
): Promise<void> {
  const url = xGraphqlUrl('HomeTimeline', 1);
  const body = JSON.stringify(homeTimelineResponse(tweets));
  await serveSite(extension.context, 'https://x.com', {
    pages: { '/home': xTimelinePage([{ via: 'fetch', url }]) },
    api: (requested) => (requested.pathname === new URL(url).pathname ? { body } : undefined),
  });
  const page = await extension.context.newPage();
  await page.goto('https://x.com/home');
  await page.waitForFunction(() => (window as unknown as { __done: boolean }).__done);
  await expect.poll(async () => (await readStore(observer, 'posts')).length).toBe(tweets.length);
  await page.close();
}

/** Sends one message to the background from an extension page, as the UI does. */
export async function sendFromPage(page: Page, name: string, payload: unknown): Promise<unknown> {
  return page.evaluate(
    ([messageName, messagePayload]) =>
      (globalThis as unknown as ChromeGlobal).chrome.runtime.sendMessage({
        crossfeed: 1,
        name: messageName,
        payload: messagePayload,
      }),
    [name, payload] as const,
  );
}

/** The tables an export covers, each in key order. */
export async function readExportedTables(page: Page): Promise<{ posts: unknown[]; userState: unknown[] }> {
  return { posts: await readStore(page, 'posts'), userState: await readStore(page, 'userState') };
}
