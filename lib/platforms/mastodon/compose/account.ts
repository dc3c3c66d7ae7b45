import { browser } from 'wxt/browser';
import { z } from 'zod';
import type { AccountView } from '../../../compose/accounts-view';
import { MASTODON_DEFAULT_MAX_CHARACTERS, MASTODON_DEFAULT_URL_LENGTH } from './defaults';
import type { MastodonAccount } from './oauth';

/*
 * The Mastodon account, in browser.storage.local only: never storage.sync, never IndexedDB (an
 * export reads the store), never a log line. Removing the account deletes its key.
 */

export const MASTODON_ACCOUNT_KEY = 'compose.account.mastodon';

/** A Mastodon account with the instance's posting limits (read once, when it was added). */
export interface StoredMastodonAccount extends MastodonAccount {
  maxCharacters: number;
  charactersReservedPerUrl: number;
}

const accountSchema = z.object({
  instanceUrl: z.string().min(1),
  accessToken: z.string().min(1),
  username: z.string().optional(),
  accountId: z.string().optional(),
  maxCharacters: z.number().int().positive().default(MASTODON_DEFAULT_MAX_CHARACTERS),
  charactersReservedPerUrl: z.number().int().nonnegative().default(MASTODON_DEFAULT_URL_LENGTH),
});

export async function readMastodonAccount(): Promise<StoredMastodonAccount | undefined> {
  const stored = await browser.storage.local.get(MASTODON_ACCOUNT_KEY);
  const parsed = accountSchema.safeParse(stored[MASTODON_ACCOUNT_KEY]);
  return parsed.success ? parsed.data : undefined;
}

export async function saveMastodonAccount(account: StoredMastodonAccount): Promise<void> {
  await browser.storage.local.set({ [MASTODON_ACCOUNT_KEY]: accountSchema.parse(account) });
}

export async function removeMastodonAccount(): Promise<void> {
  await browser.storage.local.remove(MASTODON_ACCOUNT_KEY);
}

export function mastodonAccountView(account: StoredMastodonAccount): AccountView {
  const host = new URL(account.instanceUrl).host;
  return {
    handle: account.username ? `${account.username}@${host}` : host,
    server: account.instanceUrl,
    limits: {
      maxCharacters: account.maxCharacters,
      charactersReservedPerUrl: account.charactersReservedPerUrl,
    },
  };
}
