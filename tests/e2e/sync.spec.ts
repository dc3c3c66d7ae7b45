import { expect, test, type Page } from '@playwright/test';
import type { UserState } from '../../lib/db';
import type { Post } from '../../lib/post';
import type { SyncMetaRow } from '../../lib/sync/status';
import { captureTweets, sendFromPage } from './data-helpers';
import { shownIds, tweet } from './feed-helpers';
import { launchExtension, openExtensionPage, readStore, type LoadedExtension } from './harness';

/*
 * Two browser profiles as the user's two machines. Without a signed-in profile Chrome's
 * `storage.sync` keeps its items locally, so the browser's sync is played by copying one profile's
 * items into the other's `storage.sync` (which fires `storage.onChanged` there, as an arriving
 * sync does).
 */

interface ChromeStorage {
  chrome: {
    storage: {
      sync: {
        get(keys: null): Promise<Record<string, unknown>>;
        set(items: Record<string, unknown>): Promise<void>;
      };
    };
  };
}

const opened: LoadedExtension[] = [];
test.afterEach(async () => {
  await Promise.all(opened.splice(0).map((extension) => extension.close()));
});

async function launch(): Promise<LoadedExtension> {
  const extension = await launchExtension();
  opened.push(extension);
  return extension;
}

const syncItems = (page: Page) =>
  page.evaluate(() => (globalThis as unknown as ChromeStorage).chrome.storage.sync.get(null));
const putSyncItems = (page: Page, items: Record<string, unknown>) =>
  page.evaluate((values) => (globalThis as unknown as ChromeStorage).chrome.storage.sync.set(values), items);

async function syncStatus(page: Page) {
  const rows = await readStore<SyncMetaRow>(page, 'syncMeta');
  const row = rows.find((one) => one.key === 'status');
  return row?.key === 'status' ? row.value : undefined;
}

/** Waits until the profile's sync has written its last edit (nothing left pending). */
async function pushed(page: Page, since: number) {
  await expect
    .poll(async () => {
      const status = await syncStatus(page);
      return (status?.lastPushAt ?? 0) > since && status?.pendingPushAt === undefined;
    })
    .toBe(true);
}

const savedTweet = tweet(1, 'A lighthouse at dusk, worth keeping');
const plain = tweet(2, 'An ordinary morning');
const spoiling = tweet(3, 'The spoiler: the butler did it');

test('a saved post and mute words written by one profile show in a fresh one; an edit arriving later merges live', async () => {
  // Machine A: capture, save with tags, mute a word.
  const a = await launch();
  const optionsA = await openExtensionPage(a, 'options.html');
  await captureTweets(a, [savedTweet, plain], optionsA);
  const savedId = `x:${savedTweet.id}`;
  const start = Date.now();
  expect(
    await sendFromPage(optionsA, 'updateUserState', { postId: savedId, saved: true, tags: ['lighthouses'] }),
  ).toMatchObject({ ok: true });
  expect(await sendFromPage(optionsA, 'updateSettings', { muteWords: ['spoiler'] })).toMatchObject({
    ok: true,
  });
  await pushed(optionsA, start);
  const itemsA = await syncItems(optionsA);
  expect(Object.keys(itemsA).sort()).toEqual(
    expect.arrayContaining(['cf1.s.muteWords', expect.stringMatching(/^cf1\.p\.\d+$/)]),
  );
  await optionsA.reload();
  await expect(optionsA.getByTestId('sync-bytes')).toContainText('of 100 KB');
  await expect(optionsA.getByTestId('sync-what')).toContainText('mute words, saved searches');
  await expect(optionsA.getByLabel('Sync settings')).toBeChecked();
  await expect(optionsA.getByLabel('Sync saved posts')).toBeChecked();

  // Machine B: a fresh profile that never captured the saved post; it captures two others.
  const b = await launch();
  const optionsB = await openExtensionPage(b, 'options.html');
  await captureTweets(b, [plain, spoiling], optionsB);
  await putSyncItems(optionsB, itemsA);
  await expect
    .poll(async () =>
      (await readStore<UserState>(optionsB, 'userState')).map((row) => [row.postId, row.tags]),
    )
    .toEqual([[savedId, ['lighthouses']]]);
  const copy = (await readStore<Post>(optionsB, 'posts')).find((row) => row.id === savedId);
  expect(copy).toMatchObject({
    text: savedTweet.text,
    author: { handle: savedTweet.handle },
    capture: { source: 'sync' },
  });

  const panel = await openExtensionPage(b, 'sidepanel.html');
  // The mute word applies: the spoiling post is hidden from the feed.
  await expect(panel.getByTestId('muted-count')).toContainText('1 muted');
  expect((await shownIds(panel)).sort()).toEqual([savedId, `x:${plain.id}`].sort());
  await panel.getByRole('tab', { name: 'Saved' }).click();
  await expect.poll(() => shownIds(panel)).toEqual([savedId]);
  const card = panel.locator(`article[data-post-id="${savedId}"]`);
  await expect(card).toContainText(savedTweet.text);
  await expect(card).toContainText('lighthouses');

  // B notes the post while A, not yet hearing of it, retags it: both edits survive, live.
  const noted = Date.now();
  expect(await sendFromPage(optionsB, 'updateUserState', { postId: savedId, note: 'from B' })).toMatchObject({
    ok: true,
  });
  const retagged = Date.now();
  expect(
    await sendFromPage(optionsA, 'updateUserState', { postId: savedId, tags: ['lighthouses', 'evening'] }),
  ).toMatchObject({ ok: true });
  await pushed(optionsA, retagged);
  await pushed(optionsB, noted);
  const arrived = Date.now();
  await putSyncItems(optionsB, await syncItems(optionsA));
  await expect(card).toContainText('evening');
  await expect(card).toContainText('from B');
  expect(await readStore<UserState>(optionsB, 'userState')).toMatchObject([
    { postId: savedId, tags: ['lighthouses', 'evening'], note: 'from B' },
  ]);

  // B writes the merge back; A takes it and the two end equal.
  await pushed(optionsB, arrived);
  await putSyncItems(optionsA, await syncItems(optionsB));
  await expect
    .poll(async () =>
      (await readStore<UserState>(optionsA, 'userState')).map(({ postId, tags, note }) => ({
        postId,
        tags,
        note,
      })),
    )
    .toEqual([{ postId: savedId, tags: ['lighthouses', 'evening'], note: 'from B' }]);
  expect(await syncItems(optionsA)).toEqual(await syncItems(optionsB));
});
