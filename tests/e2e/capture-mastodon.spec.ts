import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parseMastodonApi } from '../../lib/platforms/mastodon/parse-api';
import { parseMastodonStreamFrame } from '../../lib/platforms/mastodon/stream';
import { validatePost, type Post } from '../../lib/post';
import { startFakeStreaming, streamingBrowserArgs, type FakeStreaming } from '../fake-servers/fake-streaming';
import { ownFixturePath } from '../helpers/captures';
import {
  answerFrom,
  launchExtension,
  openExtensionPage,
  readStore,
  serveSite,
  type LoadedExtension,
} from './harness';
import { byId, content } from './network-helpers';
import { mastodonAppPage } from './network-pages';

/*
 * Mastodon in the real extension, on a server the user turns on: a routed mastodon.example whose
 * own script reads the REST API with XHR (Mastodon's web UI) and fetch(new Request(…)) (Phanpy,
 * Elk), and a real WebSocket stream (a local TLS server, see fake-streaming.ts). The server is
 * added with the options page's own button; its permission prompt cannot be answered in
 * automation, so the profile holds the grant already (launchExtension grantedOrigins), and the
 * browser's `permissions.request` resolves true at once, as after a yes. All data is hand-made.
 */

const HOST = 'mastodon.example';
const ORIGIN = `https://${HOST}`;
const PAGE_URL = `${ORIGIN}/home`;

let extension: LoadedExtension;
let streaming: FakeStreaming;
test.afterEach(async () => {
  await extension.close();
  await streaming.close();
});

function fixture(name: string): string {
  return readFileSync(ownFixturePath(`mastodon/${name}`), 'utf8');
}

/** The REST responses the page reads, how, and the operation each answers. */
const REST = [
  {
    path: '/api/v1/timelines/home',
    via: 'xhr',
    operation: 'timelines/home',
    body: fixture('handmade-hostile-status.json'),
  },
  {
    path: '/api/v1/timelines/tag/birding',
    via: 'request',
    operation: 'timelines/tag',
    body: fixture('handmade-timelines-tag.json'),
  },
  {
    path: '/api/v1/notifications',
    via: 'xhr',
    operation: 'notifications/v1',
    body: fixture('handmade-notifications-v1.json'),
  },
  {
    path: '/api/v1/statuses/116500000000000010',
    via: 'request',
    operation: 'statuses/show',
    body: fixture('handmade-status-video-audio.json'),
  },
] as const;
const FRAMES = fixture('handmade-streaming-frames.jsonl')
  .split('\n')
  .filter((line) => line.trim() !== '');
const HOSTILE_ID = 'mastodon:https://hostile.example/users/mallory/statuses/1';

interface MastodonPage {
  __received: Array<{ url: string; via: string; value: unknown }>;
  __frames: string[];
  __tapEvents: number;
  __xhr(url: string): Promise<number>;
  __request(url: string): Promise<number>;
  __stream(url: string): Promise<number>;
  __nativeSocket(): boolean;
}

/** The page's own functions and what it kept, called from the test. */
function app(page: Page) {
  const read = <K extends '__received' | '__frames' | '__tapEvents'>(key: K) =>
    page.evaluate((name) => (window as unknown as MastodonPage)[name], key) as Promise<MastodonPage[K]>;
  return {
    xhr: (url: string) => page.evaluate((u) => (window as unknown as MastodonPage).__xhr(u), url),
    request: (url: string) => page.evaluate((u) => (window as unknown as MastodonPage).__request(u), url),
    stream: (url: string) => page.evaluate((u) => (window as unknown as MastodonPage).__stream(u), url),
    nativeSocket: () => page.evaluate(() => (window as unknown as MastodonPage).__nativeSocket()),
    received: () => read('__received'),
    frames: () => read('__frames'),
    tapEvents: () => read('__tapEvents'),
  };
}

async function registeredScripts(): Promise<string[]> {
  return extension.worker.evaluate(async () => {
    const { chrome } = globalThis as unknown as {
      chrome: { scripting: { getRegisteredContentScripts(): Promise<Array<{ id: string }>> } };
    };
    return (await chrome.scripting.getRegisteredContentScripts()).map((script) => script.id);
  });
}

const mastodonPosts = async (panel: Page) =>
  (await readStore<Post>(panel, 'posts')).filter((post) => post.platform === 'mastodon');

test('a Mastodon server turned on in the options: XHR, fetch(Request) and its stream are captured live; turned off, capture stops there', async () => {
  streaming = await startFakeStreaming(HOST);
  extension = await launchExtension({
    args: streamingBrowserArgs(HOST),
    grantedOrigins: [`${ORIGIN}/*`],
    viewport: { width: 1280, height: 2400 },
  });
  const bodies = new Map<string, string>(REST.map(({ path, body }) => [path, body]));
  await serveSite(extension.context, ORIGIN, {
    pages: { '/home': mastodonAppPage() },
    api: answerFrom(bodies),
  });
  const dialogs: string[] = [];
  extension.context.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const panel = await openExtensionPage(extension, 'sidepanel.html');
  await expect(panel.getByTestId('empty-feed')).toContainText('Capture on Mastodon servers');

  // Before the server is turned on, nothing of Crossfeed runs there.
  const page = await extension.context.newPage();
  const site = app(page);
  await page.goto(PAGE_URL);
  expect(await site.nativeSocket()).toBe(true);
  await site.xhr('/api/v1/timelines/home');
  expect(await registeredScripts()).toEqual([]);

  // Turned on with the options' own button.
  const options = await openExtensionPage(extension, 'options.html');
  await options.getByLabel('Add a server').fill(HOST);
  await options.getByRole('button', { name: 'Add server' }).click();
  await expect(options.getByRole('list', { name: 'Mastodon servers captured' })).toContainText(HOST);
  expect(await registeredScripts()).toEqual([
    `crossfeed-server:mastodon-tap:${ORIGIN}`,
    `crossfeed-server:mastodon-capture:${ORIGIN}`,
  ]);

  // The page, loaded again: its REST reads are captured, the responses untouched.
  await page.goto(PAGE_URL);
  expect(await site.nativeSocket()).toBe(false);
  for (const { path, via } of REST) await (via === 'xhr' ? site.xhr(path) : site.request(path));
  expect(await site.received()).toEqual(
    REST.map(({ path, via, body }) => ({ url: path, via, value: JSON.parse(body) as unknown })),
  );
  const rest = byId(
    REST.map(
      ({ path, operation, body }) =>
        parseMastodonApi(JSON.parse(body), {
          timeline: operation,
          pageUrl: PAGE_URL,
          requestUrl: `${ORIGIN}${path}`,
          now: 0,
          validate: validatePost,
        }).posts,
    ),
  );
  await expect
    .poll(async () => (await mastodonPosts(panel)).length, { timeout: 20_000 })
    .toBe(rest.posts.size);
  const once = (posts: Iterable<Post>, repeated: Set<string>) =>
    [...posts]
      .filter((post) => !repeated.has(post.id))
      .map(content)
      .sort((a, b) => a.id.localeCompare(b.id));
  expect(once(await mastodonPosts(panel), rest.repeated)).toEqual(once(rest.posts.values(), rest.repeated));

  // The stream: every message reaches the page unchanged, and its statuses appear in the panel live.
  await site.stream(`${streaming.url}?stream=user`);
  expect(streaming.connections).toEqual(['/api/v1/streaming?stream=user']);
  for (const frame of FRAMES) streaming.send(frame);
  await expect.poll(async () => (await site.frames()).length).toBe(FRAMES.length);
  expect(await site.frames()).toEqual(FRAMES);
  const live = byId(
    FRAMES.map(
      (frame) =>
        parseMastodonStreamFrame(frame, {
          timeline: 'streaming',
          pageUrl: PAGE_URL,
          requestUrl: `${streaming.url}?stream=user`,
          now: 0,
          validate: validatePost,
        }).posts,
    ),
  );
  expect(live.posts.size).toBeGreaterThan(0);
  for (const id of live.posts.keys()) await expect(panel.locator(`[data-post-id="${id}"]`)).toBeVisible();
  const stored = await mastodonPosts(panel);
  const streamed = stored.filter((post) => live.posts.has(post.id) && !rest.posts.has(post.id));
  expect(once(streamed, live.repeated)).toEqual(
    once(
      [...live.posts.values()].filter((post) => !rest.posts.has(post.id)),
      live.repeated,
    ),
  );

  // Hostile markup is text in the panel, links only http(s).
  const hostile = panel.locator(`[data-post-id="${HOSTILE_ID}"]`);
  await expect(hostile).toBeVisible();
  expect(await hostile.locator('script, iframe, img[src="x"], [onerror], [onmouseover]').count()).toBe(0);
  await expect(hostile.locator('header')).toContainText('<img src=x onerror=alert(6)>Mallory');
  await expect(hostile.locator('.post-text')).toHaveText(
    'Hello  click me safe.example/page <b onmouseover=alert(4)>not bold</b>\ndata link',
  );
  const hrefs = await panel
    .locator('[role="feed"] a[href]')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
  expect(hrefs.length).toBeGreaterThan(0);
  expect(hrefs.filter((href) => !/^https?:\/\//.test(href))).toEqual([]);
  await expect(hostile.locator('.post-text a')).toHaveAttribute('href', 'https://safe.example/page');

  // A content warning folds its card; "Open" goes to the reader's own server.
  const warned = stored.find((post) => post.contentWarning !== undefined)!;
  const card = panel.locator(`[data-post-id="${warned.id}"]`);
  await expect(card.getByTestId('content-cover')).toContainText(warned.contentWarning!);
  await expect(card.locator('.post-text')).toHaveCount(0);
  await card.getByRole('button', { name: 'Show post' }).click();
  await expect(card.locator('.post-text')).toHaveCount(1);
  const remote = stored.find((post) => post.local && !post.url.startsWith(ORIGIN))!;
  expect(remote.local!.url.startsWith(`${ORIGIN}/`)).toBe(true);
  await expect(
    panel.locator(`[data-post-id="${remote.id}"] footer a`, { hasText: 'Open on Mastodon' }),
  ).toHaveAttribute('href', remote.local!.url);

  // Turned off: its scripts and permission go, and the page is as without Crossfeed.
  await options.getByRole('button', { name: 'Remove' }).click();
  await expect(options.getByText('No Mastodon server yet.')).toBeVisible();
  expect(await registeredScripts()).toEqual([]);
  expect(
    await options.evaluate(() =>
      (
        globalThis as unknown as { chrome: { permissions: { contains(p: unknown): Promise<boolean> } } }
      ).chrome.permissions.contains({ origins: ['https://mastodon.example/*'] }),
    ),
  ).toBe(false);
  const before = (await mastodonPosts(panel)).length;
  const fresh = JSON.parse(fixture('handmade-hostile-status.json')) as Array<Record<string, unknown>>;
  bodies.set(
    '/api/v1/timelines/public',
    JSON.stringify(
      fresh.map((status) => ({
        ...status,
        id: '2',
        uri: 'https://hostile.example/users/mallory/statuses/2',
      })),
    ),
  );
  await page.goto(PAGE_URL);
  expect(await site.nativeSocket()).toBe(true);
  await site.xhr('/api/v1/timelines/public');
  await page.waitForTimeout(500);
  expect(await site.tapEvents()).toBe(0);
  expect((await mastodonPosts(panel)).length).toBe(before);
  expect(dialogs).toEqual([]);
});
