import { expect, test, type Page } from '@playwright/test';
import type { Post } from '../../lib/post';
import { parseQuery } from '../../lib/search/query';
import { matchesPost } from '../../lib/search/matcher';
import { compareFeedOrder } from '../../lib/search/index';
import { isolatedWorld } from '../../scripts/browser/isolated-world';
import { launchExtension, openExtensionPage, readStore, type LoadedExtension } from './harness';
import { captureTweets, shownIds, tweet } from './feed-helpers';

let extension: LoadedExtension;
test.beforeEach(async () => {
  extension = await launchExtension({ viewport: { width: 480, height: 1400 } });
});
test.afterEach(async () => {
  await extension.close();
});

const TWEETS = [
  tweet(1, 'Morning light over the harbour, café au lait in hand'),
  tweet(2, 'The harbour market opens at nine'),
  tweet(3, 'Cafe culture is a way of life'),
  tweet(4, 'Nothing to see here'),
  tweet(5, 'Launch day for crossfeed: one local feed'),
  tweet(6, 'Crossfeed searches everything you read'),
];

async function panelWithPosts(count: number): Promise<Page> {
  const panel = await openExtensionPage(extension, 'sidepanel.html');
  await expect(panel.locator('[role="feed"] article[data-post-id]')).toHaveCount(count);
  return panel;
}

test('typing a query shows exactly the matching posts, highlighted', async () => {
  await captureTweets(extension, TWEETS);
  const panel = await panelWithPosts(TWEETS.length);
  const stored = await readStore<Post>(panel, 'posts');
  const box = panel.getByRole('searchbox', { name: 'Search posts' });
  for (const text of ['harbour', 'cafe', 'crossfeed -launch', '"harbour market"', 'from:author4', 'zzz']) {
    await box.fill(text);
    const query = parseQuery(text);
    const expected = stored.filter((post) => matchesPost(query, post)).sort(compareFeedOrder);
    await expect.poll(() => shownIds(panel)).toEqual(expected.map((post) => post.id));
  }
  await box.fill('cafe');
  await expect(panel.locator('article mark')).toHaveText(['café', 'Cafe']);
});

test('save from the card and from the keyboard; the Saved view lists them by saved time', async () => {
  await captureTweets(extension, TWEETS);
  const panel = await panelWithPosts(TWEETS.length);
  const [first, second] = await shownIds(panel);
  await panel.locator(`article[data-post-id="${second}"]`).getByRole('button', { name: '☆ Save' }).click();
  await expect(
    panel.locator(`article[data-post-id="${second}"]`).getByRole('button', { name: '★ Saved' }),
  ).toBeVisible();
  // j moves to the first post, s saves it.
  await panel.locator('body').click({ position: { x: 5, y: 5 } });
  await panel.keyboard.press('j');
  await expect(panel.locator(`article[data-post-id="${first}"]`)).toBeFocused();
  await panel.keyboard.press('s');
  await expect(
    panel.locator(`article[data-post-id="${first}"]`).getByRole('button', { name: '★ Saved' }),
  ).toBeVisible();

  await panel.getByRole('tab', { name: 'Saved' }).click();
  await expect.poll(() => shownIds(panel)).toEqual([first, second]);
  // Tags and a note, inline; they become searchable.
  const card = panel.locator(`article[data-post-id="${second}"]`);
  await card.getByRole('button', { name: 'Add tags or a note' }).click();
  await card.getByLabel('Tags (comma separated)').fill('later, boats');
  await card.getByLabel('Note').fill('read on the train');
  await card.getByRole('button', { name: 'Save tags and note' }).click();
  await expect(card).toContainText('read on the train');
  await panel.getByRole('searchbox', { name: 'Search posts' }).fill('train');
  await expect.poll(() => shownIds(panel)).toEqual([second]);
  const states = await readStore<{ postId: string; tags: string[]; note?: string }>(panel, 'userState');
  expect(states.find((state) => state.postId === second)).toMatchObject({
    tags: ['later', 'boats'],
    note: 'read on the train',
  });
});

test('markup in a post is text: no element is injected and no script runs', async () => {
  const dialogs: string[] = [];
  extension.context.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const payload = '<img src=x onerror=alert(1)>';
  await captureTweets(extension, [
    tweet(1, payload),
    tweet(2, 'plain <b>bold</b> & <script>alert(2)</script>'),
  ]);
  const panel = await openExtensionPage(extension, 'sidepanel.html');
  panel.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const card = panel.locator(`article[data-post-id="x:${tweet(1, '').id}"]`);
  await expect(card.locator('.post-text')).toHaveText(payload);
  await expect(panel.locator(`article[data-post-id="x:${tweet(2, '').id}"] .post-text`)).toHaveText(
    'plain <b>bold</b> & <script>alert(2)</script>',
  );
  expect(await panel.locator('.post-text img, .post-text b, .post-text script, img[src="x"]').count()).toBe(
    0,
  );
  await panel.waitForTimeout(500);
  expect(dialogs).toEqual([]);
});

test('a javascript: URL is never clickable: refused by the background, kept as text in a post', async () => {
  // The page's response carries a javascript: expanded URL: the parser links the https t.co form.
  const page = await captureTweets(extension, [
    tweet(1, 'Tap here', { link: { expanded: 'javascript:alert(1)', display: 'javascript:alert(1)' } }),
    tweet(2, 'Type javascript:alert(1) into the address bar, they said'),
  ]);
  const panel = await panelWithPosts(2);
  const hrefs = await panel
    .locator('a[href]')
    .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('href')!));
  expect(hrefs.every((href) => /^https?:\/\//.test(href))).toBe(true);
  const textCard = panel.locator(`article[data-post-id="x:${tweet(2, '').id}"]`);
  await expect(textCard.locator('.post-text')).toHaveText(
    'Type javascript:alert(1) into the address bar, they said',
  );
  expect(await textCard.locator('.post-text a').count()).toBe(0);

  // A post whose link entity is javascript: sent straight from the content script is refused.
  const world = await isolatedWorld(extension.context, page);
  const forged = {
    id: 'x:1930699999999999999',
    platform: 'x',
    nativeId: '1930699999999999999',
    url: 'https://x.com/evil/status/1930699999999999999',
    author: { handle: 'evil', name: 'Evil', verified: false },
    text: 'click me',
    entities: [{ kind: 'link', start: 0, end: 8, url: 'javascript:alert(1)' }],
    createdAt: Date.UTC(2025, 5, 7),
    sortAt: Date.UTC(2025, 5, 7),
    media: [],
    edited: false,
    sensitive: false,
    capture: { source: 'network', timeline: 'HomeTimeline', firstSeenAt: 1, lastSeenAt: 1 },
  };
  const reply = await world.evaluate<{ ok: boolean; data: { stored: number; rejected: unknown[] } }>(
    `chrome.runtime.sendMessage({ crossfeed: 1, name: 'ingest', payload: { batchId: 'forged-js-link-1', platform: 'x', source: 'network', posts: [${JSON.stringify(forged)}], stats: {} } })`,
  );
  await world.detach();
  expect(reply.ok).toBe(true);
  expect(reply.data.stored).toBe(0);
  expect(reply.data.rejected).toHaveLength(1);
  const stored = await readStore<Post>(panel, 'posts');
  expect(stored.map((post) => post.id)).not.toContain(forged.id);
  await panel.waitForTimeout(300);
  expect(await shownIds(panel)).not.toContain(forged.id);
});
