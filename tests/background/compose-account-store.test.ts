import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { browser } from 'wxt/browser';
import {
  migrateLegacyAccounts,
  readAccountEntry,
  resetAccountStoreForTests,
  writeAccountEntry,
} from '../../lib/compose/worker/account-store';
import { BLUESKY_ACCOUNT_KEY, readBlueskySession } from '../../lib/platforms/bluesky/compose/account';
import { MASTODON_ACCOUNT_KEY, readMastodonAccount } from '../../lib/platforms/mastodon/compose/account';

/*
 * Accounts moved out of browser.storage.local (readable by every content script of the extension)
 * into the background's own IndexedDB store. An earlier version's keys are moved once and deleted.
 */

const blueskySession = {
  service: 'https://bsky.social',
  did: 'did:plc:alice',
  handle: 'alice.bsky.social',
  accessJwt: 'access-jwt-1',
  refreshJwt: 'refresh-jwt-1',
};
const mastodonAccount = {
  instanceUrl: 'https://mastodon.example',
  accessToken: 'mastodon-token-1',
  username: 'alice',
  accountId: '1',
  maxCharacters: 500,
  charactersReservedPerUrl: 23,
};

beforeEach(() => fakeBrowser.reset());
afterEach(() => resetAccountStoreForTests());

describe('the account store', () => {
  it('moves the accounts an earlier version kept in storage.local, once, and deletes them there', async () => {
    await browser.storage.local.set({
      [BLUESKY_ACCOUNT_KEY]: blueskySession,
      [MASTODON_ACCOUNT_KEY]: mastodonAccount,
      unrelated: 1,
    });
    expect(await readBlueskySession()).toEqual(blueskySession);
    expect(await readMastodonAccount()).toEqual(mastodonAccount);
    expect(await browser.storage.local.get(null)).toEqual({ unrelated: 1 });
    expect(await migrateLegacyAccounts()).toBe(0);
  });

  it('keeps what it already holds when an old key turns up again (the store is newer)', async () => {
    await writeAccountEntry(BLUESKY_ACCOUNT_KEY, { ...blueskySession, accessJwt: 'access-jwt-2' });
    await browser.storage.local.set({ [BLUESKY_ACCOUNT_KEY]: blueskySession });
    expect(await migrateLegacyAccounts()).toBe(1);
    expect(await readAccountEntry(BLUESKY_ACCOUNT_KEY)).toMatchObject({ accessJwt: 'access-jwt-2' });
    expect(await browser.storage.local.get(BLUESKY_ACCOUNT_KEY)).toEqual({});
  });

  it('never uses an account kept for a server the https rule refuses (the user signs in again)', async () => {
    await writeAccountEntry(BLUESKY_ACCOUNT_KEY, { ...blueskySession, service: 'http://pds.test' });
    await writeAccountEntry(MASTODON_ACCOUNT_KEY, { ...mastodonAccount, instanceUrl: 'http://masto.test' });
    expect(await readBlueskySession()).toBeUndefined();
    expect(await readMastodonAccount()).toBeUndefined();
    await writeAccountEntry(BLUESKY_ACCOUNT_KEY, { ...blueskySession, service: 'http://127.0.0.1:2583' });
    expect(await readBlueskySession()).toMatchObject({ service: 'http://127.0.0.1:2583' });
  });
});
