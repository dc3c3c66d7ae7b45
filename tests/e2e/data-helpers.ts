import { expect, type Page } from '@playwright/test';
import type { HandmadeTweet } from '../fixtures/x/handmade-timeline';
import { captureTweets as openTimelinePage } from './feed-helpers';
import { readStore, type LoadedExtension } from './harness';

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
  const page = await openTimelinePage(extension, tweets);
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
