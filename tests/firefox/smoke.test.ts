import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import type { Post } from '../../lib/post';
import { parseXGraphql } from '../../lib/platforms/x/parse-graphql';
import {
  launchFirefoxExtension,
  openExtensionPage,
  serveSite,
  type FirefoxExtension,
} from '../../scripts/browser/firefox';
import { homeTimelineResponse, type HandmadeTweet } from '../fixtures/x/handmade-timeline';
import { content } from '../e2e/network-helpers';
import { xGraphqlUrl, xTimelinePage } from '../e2e/pages';

/**
 * The Firefox build in Debian's firefox-esr (run by `npm test` as its own step, CROSSFEED_FIREFOX=1,
 * after `wxt build -b firefox`): an x.com page whose own script fetches a HAND-MADE HomeTimeline
 * response; the posts must reach the extension's IndexedDB and show in the sidebar page.
 */
const TWEETS: HandmadeTweet[] = [
  {
    id: '1931700000000000003',
    handle: 'gecko_reader',
    name: 'Gecko Reader',
    userId: '3103',
    text: 'Read in Firefox ESR, stored by the Firefox build of Crossfeed',
    at: '2025-06-07T10:30:00Z',
    likes: 12,
  },
  {
    id: '1931700000000000002',
    handle: 'bidi_driver',
    name: 'BiDi Driver',
    userId: '3102',
    text: 'WebDriver BiDi served this timeline; no byte left the machine',
    at: '2025-06-07T09:15:00Z',
  },
  {
    id: '1931700000000000001',
    handle: 'sidebar_fan',
    name: 'Sidebar Fan',
    userId: '3101',
    text: 'The sidebar page lists what the tap read, newest first',
    at: '2025-06-07T08:00:00Z',
    reposts: 3,
  },
];
const RESPONSE = homeTimelineResponse(TWEETS);
const TIMELINE_URL = xGraphqlUrl('HomeTimeline', 3);

/** Every row of one object store of the extension's database, read from an extension page. */
function readStore(page: Page, store: string): Promise<unknown[]> {
  return page.evaluate(
    (name) =>
      new Promise<unknown[]>((resolve, reject) => {
        const open = indexedDB.open('crossfeed');
        open.onerror = () => reject(new Error(String(open.error)));
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains(name)) {
            db.close();
            resolve([]);
            return;
          }
          const request = db.transaction(name, 'readonly').objectStore(name).getAll();
          request.onsuccess = () => {
            db.close();
            resolve(request.result as unknown[]);
          };
          request.onerror = () => reject(new Error(String(request.error)));
        };
      }),
    store,
  );
}

async function poll<T>(read: () => Promise<T>, done: (value: T) => boolean, what: string): Promise<T> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`${what}: still ${JSON.stringify(value)} after 30 s`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('the Firefox build in firefox-esr', () => {
  let extension: FirefoxExtension;
  let panel: Page;

  beforeAll(async () => {
    extension = await launchFirefoxExtension();
  });
  afterAll(async () => {
    await extension?.close();
  });

  it('is installed under its gecko id with its x.com host permission granted', async () => {
    expect(extension.addonId).toBe('crossfeed@crossfeed.local');
    panel = await openExtensionPage(extension, 'sidepanel.html');
    const granted = await panel.evaluate(() =>
      (
        globalThis as unknown as {
          browser: { permissions: { contains(p: { origins: string[] }): Promise<boolean> } };
        }
      ).browser.permissions.contains({ origins: ['https://x.com/*'] }),
    );
    expect(granted).toBe(true);
  });

  it('stores the posts an x.com page fetched and shows them in the sidebar page', async () => {
    const page = await extension.browser.newPage();
    const body = JSON.stringify(RESPONSE);
    await serveSite(page, 'https://x.com', {
      pages: { '/home': xTimelinePage([{ via: 'fetch', url: TIMELINE_URL }]) },
      api: (url) => (url.pathname === new URL(TIMELINE_URL).pathname ? { body } : undefined),
    });
    await page.goto('https://x.com/home');
    await page.waitForFunction(() => (window as unknown as { __done: boolean }).__done);

    // (1) The extension's IndexedDB holds exactly the posts the parser reads from the response.
    const expected = parseXGraphql(RESPONSE, { timeline: 'HomeTimeline', now: 0 }).posts;
    expect(expected.map((post) => post.text)).toEqual(TWEETS.map((tweet) => tweet.text));
    const stored = (await poll(
      () => readStore(panel, 'posts'),
      (rows) => rows.length >= TWEETS.length,
      'posts in IndexedDB',
    )) as Post[];
    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    expect(stored.map(content).sort(byId)).toEqual(expected.map(content).sort(byId));
    expect(stored.map((post) => [post.id, post.capture.source, post.capture.pageUrl]).sort()).toEqual(
      TWEETS.map((tweet) => [`x:${tweet.id}`, 'network', 'https://x.com/home']).sort(),
    );

    // (2) A sidebar page opened now shows them, newest first, each with its own text.
    const sidebar = await openExtensionPage(extension, 'sidepanel.html');
    const cards = await poll(
      () =>
        sidebar.$$eval('[role="feed"] article[data-post-id]', (nodes) =>
          nodes.map((node) => [node.getAttribute('data-post-id'), node.textContent ?? '']),
        ),
      (rows) => rows.length >= TWEETS.length,
      'posts in the sidebar',
    );
    expect(cards.map(([id]) => id)).toEqual(TWEETS.map((tweet) => `x:${tweet.id}`));
    cards.forEach(([, text], index) => expect(text).toContain(TWEETS[index]!.text));
  });
});
