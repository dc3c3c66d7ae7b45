import Dexie, { type EntityTable } from 'dexie';
import { browser } from 'wxt/browser';
import { ACCOUNTS_CHANGED_KEY } from '../accounts-view';

/*
 * Where the background keeps the accounts' sessions and tokens: an IndexedDB database of the
 * extension's own origin, apart from the posts store (an export or "delete everything" never reads
 * it). Content scripts run in the pages' origins, so no script on x.com or threads.com can open it,
 * in Chrome and in Firefox alike. browser.storage.local, where they lived before, is readable by
 * every content script of the extension; Chrome can close it to them (setAccessLevel, done at
 * start as a second lock), Firefox cannot, hence one store for both browsers.
 *
 * Only the background opens this database. Pages learn that accounts changed from a marker in
 * storage.local that holds no secret (ACCOUNTS_CHANGED_KEY).
 */

export const ACCOUNTS_DB_NAME = 'crossfeed-accounts';

/** Where the accounts lived before (storage.local keys `compose.account.<network>`). */
const LEGACY_PREFIX = 'compose.account.';

interface AccountEntry {
  /** The network's key (`compose.account.bluesky`). */
  key: string;
  value: unknown;
}

class AccountsDB extends Dexie {
  accounts!: EntityTable<AccountEntry, 'key'>;
  constructor(name: string) {
    super(name);
    this.version(1).stores({ accounts: 'key' });
  }
}

let db: AccountsDB | undefined;
let migrated: Promise<void> | undefined;

function open(): AccountsDB {
  db ??= new AccountsDB(ACCOUNTS_DB_NAME);
  return db;
}

/**
 * Moves accounts kept in storage.local by earlier versions into this store, once, then deletes
 * them there. An entry already here wins (it is newer: a refreshed session).
 */
export async function migrateLegacyAccounts(): Promise<number> {
  const everything = await browser.storage.local.get(null);
  const legacy = Object.entries(everything).filter(([key]) => key.startsWith(LEGACY_PREFIX));
  if (!legacy.length) return 0;
  const store = open();
  await store.transaction('rw', store.accounts, async () => {
    for (const [key, value] of legacy) {
      if (!(await store.accounts.get(key))) await store.accounts.put({ key, value });
    }
  });
  await browser.storage.local.remove(legacy.map(([key]) => key));
  return legacy.length;
}

function ready(): Promise<void> {
  migrated ??= migrateLegacyAccounts().then(
    () => undefined,
    (error: unknown) => {
      migrated = undefined; // try again on the next read
      throw error;
    },
  );
  return migrated;
}

export async function readAccountEntry(key: string): Promise<unknown> {
  await ready();
  return (await open().accounts.get(key))?.value;
}

async function changed(): Promise<void> {
  await browser.storage.local.set({ [ACCOUNTS_CHANGED_KEY]: Date.now() });
}

export async function writeAccountEntry(key: string, value: unknown, announce = true): Promise<void> {
  await ready();
  await open().accounts.put({ key, value });
  if (announce) await changed();
}

export async function removeAccountEntry(key: string): Promise<void> {
  await ready();
  await open().accounts.delete(key);
  await changed();
}

/**
 * Chrome: closes storage.local to content scripts (extension pages and the background keep it).
 * Nothing secret is kept there any more; this is the second lock. Firefox has no such call.
 */
export async function closeLocalStorageToContentScripts(): Promise<boolean> {
  const local: { setAccessLevel?: (options: { accessLevel: 'TRUSTED_CONTEXTS' }) => Promise<void> } =
    browser.storage.local;
  if (typeof local.setAccessLevel !== 'function') return false;
  await local.setAccessLevel({ accessLevel: 'TRUSTED_CONTEXTS' });
  return true;
}

/** Tests: forget the open connection (each test opens a fresh fake IndexedDB). */
export async function resetAccountStoreForTests(): Promise<void> {
  await db?.delete();
  db = undefined;
  migrated = undefined;
}
