import { expect, test } from '@playwright/test';
import { isolatedWorld } from '../../scripts/browser/isolated-world';
import { startFakeMastodon, type FakeMastodon } from '../fake-servers/fake-mastodon';
import { startFakePds, type FakePds } from '../fake-servers/fake-pds';
import { setUpAccounts } from './compose-helpers';
import { launchExtension, serveSite, type LoadedExtension } from './harness';

/*
 * Issue 12 point 8: after signing in to Bluesky and Mastodon, no content script can read a token.
 * Any script on x.com that gets into our content-script world (or a bug in it) sees what that
 * world sees: this test asks from there, through the DevTools protocol, as the page's own
 * content script would.
 */

let extension: LoadedExtension;
let pds: FakePds;
let mastodon: FakeMastodon;
const closers: Array<() => Promise<void>> = [];

test.beforeEach(async () => {
  extension = await launchExtension();
  [pds, mastodon] = await Promise.all([startFakePds(), startFakeMastodon()]);
});
test.afterEach(async () => {
  await extension.close();
  for (const close of closers.splice(0)) await close();
  await Promise.all([pds.close(), mastodon.close()]);
});

const SECRETS = () => ['fake-access-', 'fake-refresh-', mastodon.accessToken];

test('signed in to both: an x.com content script cannot read a token, and storage.local holds none', async () => {
  await setUpAccounts(extension, pds, mastodon, closers);

  await serveSite(extension.context, 'https://x.com', {
    pages: { '/home': '<!doctype html><html><body><main>Home</main></body></html>' },
  });
  const page = await extension.context.newPage();
  await page.goto('https://x.com/home');
  const world = await isolatedWorld(extension.context, page);
  // What the content script's own storage.local call gets: in Chrome, a refusal (the background
  // closed it to content scripts); in any browser, no token (nothing secret is kept there).
  const seen = await world.evaluate<string>(`chrome.storage.local.get(null).then(
    (items) => 'items:' + JSON.stringify(items),
    (error) => 'refused:' + String(error && error.message),
  )`);
  await world.detach();
  expect(seen).toMatch(/^refused:/);
  for (const secret of SECRETS()) expect(seen).not.toContain(secret);

  // The background's own view of storage.local: only the "accounts changed" marker.
  const local = await extension.worker.evaluate(() =>
    (
      globalThis as unknown as { chrome: { storage: { local: { get(k: null): Promise<object> } } } }
    ).chrome.storage.local.get(null),
  );
  expect(Object.keys(local)).toEqual(['compose.accountsChangedAt']);
  // The tokens are where the background keeps them: the extension origin's own IndexedDB.
  const kept = await extension.worker.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('crossfeed-accounts');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('accounts').objectStore('accounts').getAll();
          request.onsuccess = () => resolve(JSON.stringify(request.result));
        };
      }),
  );
  expect(kept).toContain('fake-access-1');
  expect(kept).toContain(mastodon.accessToken);
});
