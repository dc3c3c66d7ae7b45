import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { cardViews } from '../../lib/feed/collapse/card-view';
import { toCollapseRow } from '../../lib/feed/collapse/rows';
import type { HealthRecord } from '../../lib/health';
import { parseBlueskyXrpc } from '../../lib/platforms/bluesky/parse-xrpc';
import { validatePost, type Post } from '../../lib/post';
import { compareFeedOrder } from '../../lib/search/feed-order';
import { demoThreadsSite } from '../../scripts/demo/threads-site';
import { capturePath, hasCaptures, ownFixturePath } from '../helpers/captures';
import { captureTweets, shownIds, tweet } from './feed-helpers';
import { launchExtension, openExtensionPage, readStore, serveSite, type LoadedExtension } from './harness';
import { blueskyAppPage } from './network-pages';
import { byId, content, servePds } from './network-helpers';

/*
 * Bluesky in the real extension: a routed bsky.app whose own script fetches XRPC responses from a
 * PDS-like host (the signed-in app talks to the user's PDS, any host), as the app does. The posts
 * are stored exactly as the parser reads them and join the X and Threads posts in one feed.
 * Hand-made responses always; the real 2023 Following timeline (984 KB) too when the real captures
 * are there.
 */

let extension: LoadedExtension;
test.afterEach(async () => {
  await extension.close();
});

const PDS = 'https://pds.example.com';
const PAGE_URL = 'https://bsky.app/';

/** Responses the page fetches: the file, and the operation and query it answers. */
const RESPONSES = [
  {
    file: ownFixturePath('bluesky/handmade-app.bsky.feed.getFeed.json'),
    nsid: 'app.bsky.feed.getFeed',
    query: '?feed=discover',
  },
  {
    file: ownFixturePath('bluesky/handmade-app.bsky.feed.getPosts.json'),
    nsid: 'app.bsky.feed.getPosts',
    query: '?uris=a',
  },
  {
    file: ownFixturePath('bluesky/handmade-app.bsky.unspecced.getPostThreadV2.json'),
    nsid: 'app.bsky.unspecced.getPostThreadV2',
    query: '?anchor=a',
  },
  {
    file: ownFixturePath('bluesky/handmade-gallery-app.bsky.feed.getAuthorFeed.json'),
    nsid: 'app.bsky.feed.getAuthorFeed',
    query: '?actor=gallery',
  },
  {
    file: ownFixturePath('bluesky/handmade-app.bsky.notification.listNotifications.json'),
    nsid: 'app.bsky.notification.listNotifications',
    query: '?limit=40',
  },
  ...(hasCaptures
    ? [
        {
          file: capturePath('bluesky/app.bsky.feed.getTimeline-2023-05-200items.json'),
          nsid: 'app.bsky.feed.getTimeline',
          query: '?limit=100',
        },
      ]
    : []),
];

test('a bsky.app page fetching XRPC from its PDS: the posts are stored as parsed and merge with X and Threads', async () => {
  // Tall, so the virtual list renders enough rows to see three networks interleaved.
  extension = await launchExtension({ viewport: { width: 1280, height: 2400 } });
  const bodies = new Map<string, string>();
  const urls: string[] = [];
  for (const { file, nsid, query } of RESPONSES) {
    bodies.set(`/xrpc/${nsid}${query}`, readFileSync(file, 'utf8'));
    urls.push(`${PDS}/xrpc/${nsid}${query}`);
  }
  await servePds(extension.context, PDS, bodies);
  await serveSite(extension.context, 'https://bsky.app', { pages: { '/': blueskyAppPage(urls) } });
  const panel = await openExtensionPage(extension, 'sidepanel.html');

  // X posts timed to fall between the Bluesky ones, and the Threads demo (May 2026).
  await captureTweets(extension, [
    tweet(1, 'An X post between two Bluesky posts', { at: '2026-07-02T09:30:00.000Z' }),
    tweet(2, 'An X post at the end of June', { at: '2026-06-30T00:00:00.000Z' }),
  ]);
  const threads = demoThreadsSite();
  await serveSite(extension.context, 'https://www.threads.com', threads.site);
  const threadsPage = await extension.context.newPage();
  await threadsPage.goto(threads.url);
  await threads.afterLoad(threadsPage);

  const page = await extension.context.newPage();
  await page.goto(PAGE_URL);
  await page.waitForFunction(() => (window as unknown as { __done: boolean }).__done);
  // The app got every response exactly as served.
  const received = await page.evaluate(
    () =>
      (window as unknown as { __received: Array<{ url: string; status: number; value: unknown }> })
        .__received,
  );
  expect(received).toEqual(
    RESPONSES.map(({ nsid, query }, index) => ({
      url: urls[index],
      status: 200,
      value: JSON.parse(bodies.get(`/xrpc/${nsid}${query}`)!) as unknown,
    })),
  );

  const expected = byId(
    RESPONSES.map(
      ({ nsid, query }, index) =>
        parseBlueskyXrpc(JSON.parse(bodies.get(`/xrpc/${nsid}${query}`)!), {
          timeline: nsid,
          pageUrl: PAGE_URL,
          requestUrl: urls[index],
          now: 0,
          validate: validatePost,
        }).posts,
    ),
  );
  expect(expected.posts.size).toBeGreaterThan(20);
  const bluesky = async () =>
    (await readStore<Post>(panel, 'posts')).filter((post) => post.platform === 'bluesky');
  await expect.poll(async () => (await bluesky()).length, { timeout: 30_000 }).toBe(expected.posts.size);
  const stored = await bluesky();
  expect(stored.map((post) => post.id).sort()).toEqual([...expected.posts.keys()].sort());
  // Every post read once is stored exactly as the parser read it (one read twice is merged by the store).
  const once = (posts: Post[]) =>
    posts
      .filter((post) => !expected.repeated.has(post.id))
      .map(content)
      .sort((a, b) => a.id.localeCompare(b.id));
  expect(once(stored)).toEqual(once([...expected.posts.values()]));
  expect(stored.every((post) => post.capture.source === 'network' && post.capture.pageUrl === PAGE_URL)).toBe(
    true,
  );

  // One feed, newest first, whatever the network, each post once (a repost folds into its original's card).
  const all = await readStore<Post>(panel, 'posts');
  await expect(panel.getByTestId('feed-status')).toContainText(`${all.length} posts`);
  const shown = await shownIds(panel);
  expect(shown.length).toBeGreaterThan(12);
  expect(shown).toEqual(
    cardViews([...all].sort(compareFeedOrder).map(toCollapseRow))
      .map((card) => card.show)
      .slice(0, shown.length),
  );
  expect(new Set(shown.map((id) => id.split(':')[0]))).toEqual(new Set(['bluesky', 'x', 'threads']));

  // Search by network.
  await panel.getByRole('searchbox').fill('platform:bluesky');
  await expect(panel.getByTestId('feed-status')).toContainText(`${stored.length} of ${all.length} posts`);
  expect(new Set((await shownIds(panel)).map((id) => id.split(':')[0]))).toEqual(new Set(['bluesky']));

  // Health: every operation counted; notifications yield no posts by design and raise no warning.
  const health = (await readStore<HealthRecord>(panel, 'health')).find(
    (record) => record.key === 'bluesky:network',
  )!;
  expect(health.operations['app.bsky.notification.listNotifications']).toMatchObject({
    responses: 1,
    posts: 0,
  });
  expect(health.skipped['notification-post']).toBe(3);
  expect(Object.keys(health.operations).sort()).toEqual([...new Set(RESPONSES.map((r) => r.nsid))].sort());
  await expect(panel.locator('[aria-label="Capture health"] [role="alert"]')).toHaveCount(0);
});
