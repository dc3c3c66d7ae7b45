import { expect, test, type Page } from '@playwright/test';
import type { DeckColumn } from '../../lib/settings';
import { captureTweets, tweet } from './feed-helpers';
import { anchorIn, columnTitles, idsIn, scrollFeed } from './deck-helpers';
import { launchExtension, openExtensionPage, readStore, type LoadedExtension } from './harness';

let extension: LoadedExtension;
test.beforeEach(async () => {
  extension = await launchExtension({ viewport: { width: 1600, height: 900 } });
});
test.afterEach(async () => {
  await extension.close();
});

const id = (n: number) => `x:${tweet(n, '').id}`;
const TWEETS = Array.from({ length: 6 }, (_, index) => tweet(index + 1, `Post number ${index + 1}`));

async function storedColumns(page: Page): Promise<DeckColumn[] | undefined> {
  const rows = await readStore<{ key: string; value: DeckColumn[] }>(page, 'settings');
  return rows.find((row) => row.key === 'deckColumns')?.value;
}

test('the deck: columns per view, added, reordered, resized and removed; the keyboard moves across them', async () => {
  await captureTweets(extension, TWEETS);
  const deck = await openExtensionPage(extension, 'deck.html');
  const column = (title: string) => deck.getByRole('region', { name: `Column ${title}`, exact: true });

  // Never set up: every post, then one column per network.
  await expect.poll(() => columnTitles(deck)).toEqual(['All posts', 'X', 'Threads', 'Bluesky', 'Mastodon']);
  await expect.poll(() => idsIn(column('All posts'))).toEqual(TWEETS.map((_, index) => id(index + 1)));
  await expect.poll(() => idsIn(column('X'))).toHaveLength(6);
  await expect(column('Threads')).toContainText('No posts match.');

  // A list of authors.
  await deck.getByRole('button', { name: '+ Add column' }).click();
  await deck.getByLabel('A list of authors').check();
  await deck.getByLabel('Authors (handles, comma separated)').fill('@author2, author5');
  await deck.getByLabel('Column name').fill('Friends');
  await deck.getByRole('button', { name: 'Add column', exact: true }).click();
  await expect
    .poll(() => columnTitles(deck))
    .toEqual(['All posts', 'X', 'Threads', 'Bluesky', 'Mastodon', 'Friends']);
  await expect.poll(() => idsIn(column('Friends'))).toEqual([id(2), id(5)]);

  // Reorder and remove; the deck is stored in the settings and comes back after a reload.
  await deck.getByRole('button', { name: 'Move column Friends left' }).click();
  await expect
    .poll(() => columnTitles(deck))
    .toEqual(['All posts', 'X', 'Threads', 'Bluesky', 'Friends', 'Mastodon']);
  await deck.getByRole('button', { name: 'Move column All posts right' }).click();
  await deck.getByRole('button', { name: 'Remove column Mastodon' }).click();
  await deck.getByRole('button', { name: 'Remove column Bluesky' }).click();
  await expect.poll(() => columnTitles(deck)).toEqual(['X', 'All posts', 'Threads', 'Friends']);
  // Resize from the keyboard: the column's edge takes the arrows.
  await deck.getByRole('separator', { name: 'Resize column X' }).focus();
  await deck.keyboard.press('ArrowRight');
  await deck.keyboard.press('ArrowRight');
  await expect.poll(async () => (await storedColumns(deck))?.[0]?.width).toBe(380);
  await deck.reload();
  await expect.poll(() => columnTitles(deck)).toEqual(['X', 'All posts', 'Threads', 'Friends']);
  expect((await storedColumns(deck))?.map((stored) => stored.kind)).toEqual([
    'platform',
    'all',
    'platform',
    'authors',
  ]);
  expect(await column('X').evaluate((node) => node.getBoundingClientRect().width)).toBe(380);

  // Keys: j/k within the current column, l/h (or →/←) to the next and previous column.
  await expect.poll(() => idsIn(column('Friends'))).toEqual([id(2), id(5)]);
  await deck.locator('h1').click();
  await deck.keyboard.press('j');
  await expect(column('X').locator(`article[data-post-id="${id(1)}"]`)).toBeFocused();
  await deck.keyboard.press('j');
  await expect(column('X').locator(`article[data-post-id="${id(2)}"]`)).toBeFocused();
  await deck.keyboard.press('l');
  await expect(column('All posts').locator(`article[data-post-id="${id(1)}"]`)).toBeFocused();
  await deck.keyboard.press('ArrowRight');
  await deck.keyboard.press('ArrowRight');
  await expect(column('Friends').locator(`article[data-post-id="${id(2)}"]`)).toBeFocused();
  await deck.keyboard.press('j');
  await expect(column('Friends').locator(`article[data-post-id="${id(5)}"]`)).toBeFocused();
  await deck.keyboard.press('h');
  await deck.keyboard.press('h');
  await deck.keyboard.press('h');
  // Back in the first column, on the post it was left on.
  await expect(column('X').locator(`article[data-post-id="${id(2)}"]`)).toBeFocused();

  // Live: a capture while the deck is open shows in every column it belongs to.
  await captureTweets(extension, [tweet(0, 'Fresh from the timeline', { handle: 'author5' })]);
  await expect.poll(async () => (await idsIn(column('All posts')))[0]).toBe(id(0));
  await expect.poll(() => idsIn(column('Friends'))).toEqual([id(0), id(2), id(5)]);
});

const MANY = Array.from({ length: 40 }, (_, index) => tweet(index + 1, `Reading post ${index + 1}`));

test('each view remembers where the reader stopped, across a reload; new posts never move it', async () => {
  await captureTweets(extension, MANY);
  const panel = await openExtensionPage(extension, 'sidepanel.html');
  await panel.setViewportSize({ width: 480, height: 900 });
  const scroller = panel.getByTestId('feed-scroll');
  await expect.poll(async () => (await idsIn(panel.locator('#panel-feed')))[0]).toBe(id(1));
  await panel.waitForTimeout(600); // past the opening's quiet time
  await scrollFeed(panel, scroller, 2100);
  const stopped = await anchorIn(scroller);
  expect(stopped?.postId).not.toBe(id(1));
  await panel.waitForTimeout(400);

  await panel.reload();
  // The view opens at the newest posts, and offers the place.
  await expect.poll(async () => (await idsIn(panel.locator('#panel-feed')))[0]).toBe(id(1));
  const back = panel.getByRole('button', { name: '↓ Back to where you left off' });
  await back.click();
  await expect.poll(() => anchorIn(scroller)).toEqual(stopped);
  await expect(back).toBeHidden();

  // A capture above the reader is held back, counted, and the place stays exactly where it was.
  await captureTweets(extension, [tweet(0, 'Newer than everything')]);
  await expect(panel.getByRole('button', { name: '↑ 1 new post' })).toBeVisible();
  expect(await anchorIn(scroller)).toEqual(stopped);

  // A deck column remembers its own place, apart from the side panel's.
  const deck = await openExtensionPage(extension, 'deck.html');
  const all = deck.getByRole('region', { name: 'Column All posts', exact: true });
  const deckScroller = all.getByTestId('feed-scroll');
  await expect.poll(async () => (await idsIn(all))[0]).toBe(id(0));
  await expect(all.getByRole('button', { name: '↓ Back to where you left off' })).toHaveCount(0);
  await deck.waitForTimeout(600);
  await scrollFeed(deck, deckScroller, 1200);
  const columnStop = await anchorIn(deckScroller);
  await deck.waitForTimeout(400);
  await deck.reload();
  await all.getByRole('button', { name: '↓ Back to where you left off' }).click();
  await expect.poll(() => anchorIn(deckScroller)).toEqual(columnStop);
});
