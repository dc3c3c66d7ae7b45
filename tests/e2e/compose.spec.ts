import { expect, test } from '@playwright/test';
import type { CrosspostRow, DraftRow } from '../../lib/compose/records';
import { startFakeMastodon, type FakeMastodon } from '../fake-servers/fake-mastodon';
import { startFakePds, type FakePds } from '../fake-servers/fake-pds';
import { intentPage, sendFromPage, setUpAccounts, stubIntents } from './compose-helpers';
import {
  killServiceWorker,
  launchExtension,
  openExtensionPage,
  readStore,
  type LoadedExtension,
} from './harness';

/*
 * The composer in the real extension: the popup posts, the background opens X's and Threads'
 * intent pages (served by routing, nothing reaches the network) and posts to a loopback Bluesky
 * PDS and Mastodon instance, each behind the CORS answers the real services give.
 */

let extension: LoadedExtension;
let pds: FakePds;
let mastodon: FakeMastodon;
const closers: Array<() => Promise<void>> = [];

test.beforeEach(async () => {
  extension = await launchExtension();
  pds = await startFakePds();
  mastodon = await startFakeMastodon();
});
test.afterEach(async () => {
  await extension.close();
  for (const close of closers.splice(0)) await close();
  await Promise.all([pds.close(), mastodon.close()]);
});

const setUp = () => setUpAccounts(extension, pds, mastodon, closers);

test('one click: X and Threads intents open with the exact text, Bluesky and Mastodon get one post each', async () => {
  const xRequests = await stubIntents(
    extension.context,
    'https://x.com/intent/**',
    intentPage({ editor: 'tweetTextarea_0', button: 'tweetButton' }),
  );
  const threadsRequests = await stubIntents(
    extension.context,
    'https://www.threads.com/intent/**',
    intentPage({ editor: 'threads-editor', button: 'threads-post' }),
  );
  await setUp();
  const popup = await openExtensionPage(extension, 'popup.html');
  const text = 'Hello & welcome #crossfeed 🎉 100% sure?\nSecond line: https://example.com/a?b=c';
  await popup.getByTestId('composer-text').fill(text);
  await expect(popup.getByTestId('count-x')).toHaveText(/\/280$/);
  await popup.getByRole('button', { name: 'Post to 4 networks' }).click();

  const status = popup.getByTestId('crosspost-status');
  await expect(status.locator('[data-network="bluesky"]')).toHaveAttribute('data-state', 'posted');
  await expect(status.locator('[data-network="mastodon"]')).toHaveAttribute('data-state', 'posted');
  await expect(status.locator('[data-network="x"]')).toHaveAttribute('data-state', 'opened');
  await expect(status.locator('[data-network="threads"]')).toHaveAttribute('data-state', 'opened');
  await expect(status.locator('[data-network="x"]')).toContainText('Opened, waiting for you');

  // The intent tabs the background opened: exactly the encoded text.
  const xUrl = `https://x.com/intent/tweet?text=${encodeURIComponent(text)}`;
  const threadsUrl = `https://www.threads.com/intent/post?text=${encodeURIComponent(text)}`;
  // Playwright attaches to a tab the extension opens a moment after its first request, which may
  // slip past the routing (and fail offline); a reload of such a tab goes through the stub.
  await expect
    .poll(async () => {
      for (const page of extension.context.pages()) {
        if (page.url().startsWith('chrome-error://')) await page.reload().catch(() => undefined);
      }
      return [xRequests.length > 0, threadsRequests.length > 0];
    })
    .toEqual([true, true]);
  expect([...new Set(xRequests)]).toEqual([xUrl]);
  expect([...new Set(threadsRequests)]).toEqual([threadsUrl]);
  expect(new URL(xRequests[0]!).searchParams.get('text')).toBe(text);

  expect(pds.records.map((record) => record.value.text)).toEqual([text]);
  expect(mastodon.statuses.map((status) => status.text)).toEqual([text]);
  await expect(status.locator('[data-network="mastodon"] a')).toHaveAttribute(
    'href',
    mastodon.statuses[0]!.url,
  );

  const [row] = await readStore<CrosspostRow>(popup, 'crossposts');
  expect(row?.targets.map((target) => [target.network, target.status.state])).toEqual([
    ['x', 'opened'],
    ['threads', 'opened'],
    ['bluesky', 'posted'],
    ['mastodon', 'posted'],
  ]);
});

test('closing the popup right after the click does not stop posting; the side panel shows the history', async () => {
  await setUp();
  const popup = await openExtensionPage(extension, 'popup.html');
  const text = 'Posted while the popup was already closed';
  await popup.getByTestId('composer-text').fill(text);
  for (const network of ['X', 'Threads'])
    await popup.getByRole('checkbox', { name: network, exact: true }).uncheck();
  await popup.getByRole('button', { name: 'Post to 2 networks' }).click();
  await popup.close();
  await expect.poll(() => [pds.records.length, mastodon.statuses.length]).toEqual([1, 1]);
  const panel = await openExtensionPage(extension, 'sidepanel.html');
  await panel.getByRole('tab', { name: 'Compose' }).click();
  const history = panel.getByRole('region', { name: 'Cross-post history' });
  await expect(history).toContainText(text);
  await expect(history.locator('[data-network="bluesky"]')).toHaveAttribute('data-state', 'posted');
  await expect(history.locator('[data-network="mastodon"]')).toHaveAttribute('data-state', 'posted');
  await expect(history.locator('[data-network="bluesky"] a')).toHaveAttribute(
    'href',
    `https://bsky.app/profile/${pds.handle}/post/${pds.records[0]!.rkey}`,
  );
});

test('a failure shows its reason in words with a retry button, and the retry posts once', async () => {
  await setUp();
  mastodon.failNext('rate-limit', 1, '/api/v1/statuses');
  const popup = await openExtensionPage(extension, 'popup.html');
  await popup.getByTestId('composer-text').fill('Slow down');
  for (const network of ['X', 'Threads', 'Bluesky'])
    await popup.getByRole('checkbox', { name: network, exact: true }).uncheck();
  await popup.getByRole('button', { name: 'Post to 1 network' }).click();
  const line = popup.getByTestId('crosspost-status').locator('[data-network="mastodon"]');
  await expect(line).toHaveAttribute('data-state', 'failed');
  await expect(line).toContainText('Mastodon is limiting how fast you can post; try again in 5 minutes.');
  await line.getByRole('button', { name: 'Retry' }).click();
  await expect(line).toHaveAttribute('data-state', 'posted');
  expect(mastodon.statuses.map((status) => status.text)).toEqual(['Slow down']);
});

test('a draft survives closing the popup and a service worker restart', async () => {
  const popup = await openExtensionPage(extension, 'popup.html');
  const text = 'Half-written thought, 草稿 👩‍👩‍👧';
  await popup.getByTestId('composer-text').fill(text);
  await expect
    .poll(async () => (await readStore<DraftRow>(popup, 'drafts')).map((draft) => draft.text))
    .toEqual([text]);
  await popup.close();
  const observer = await openExtensionPage(extension, 'options.html');
  expect(await killServiceWorker(extension.context, observer)).toBe(true);
  const reopened = await openExtensionPage(extension, 'popup.html');
  await expect(reopened.getByTestId('composer-text')).toHaveValue(text);
  // "Quote / share to…" from another page makes a newer draft: the open composer shows it.
  const shared = '\n\nhttps://x.com/alice/status/1';
  await sendFromPage(observer, 'saveDraft', {
    id: 'draft-shared-1',
    text: shared,
    networks: ['x'],
    split: [],
  });
  await expect(reopened.getByTestId('composer-text')).toHaveValue(shared);
});

test('with "send for me" on, the intent page\'s own Post button is pressed once and the post is linked', async () => {
  const xRequests = await stubIntents(
    extension.context,
    'https://x.com/intent/**',
    intentPage({ editor: 'tweetTextarea_0', button: 'tweetButton' }),
  );
  const popup = await openExtensionPage(extension, 'popup.html');
  expect(await sendFromPage(popup, 'updateSettings', { sendForMe: true })).toMatchObject({ ok: true });
  const text = 'Sent for me ✨';
  await popup.getByTestId('composer-text').fill(text);
  for (const network of ['Threads', 'Bluesky'])
    await popup.getByRole('checkbox', { name: network, exact: true }).uncheck();
  await popup.getByRole('button', { name: 'Post to 1 network' }).click();

  const line = popup.getByTestId('crosspost-status').locator('[data-network="x"]');
  await expect(line).toHaveAttribute('data-state', 'posted');
  await expect(line.getByRole('link', { name: 'View post' })).toHaveAttribute(
    'href',
    'https://x.com/crossfeeder/status/1876543210987654321',
  );
  expect(xRequests).toHaveLength(1);
  const intentTab = extension.context.pages().find((page) => page.url().startsWith('https://x.com/intent/'));
  expect(await intentTab?.evaluate(() => (window as unknown as { __presses: number }).__presses)).toBe(1);
});
