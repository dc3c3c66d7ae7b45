import { z } from 'zod';
import type { AccountView } from '../../../compose/accounts-view';
import { storedServerSchema } from '../../../compose/server-schema';
import {
  readAccountEntry,
  removeAccountEntry,
  writeAccountEntry,
} from '../../../compose/worker/account-store';
import { MASTODON_DEFAULT_MAX_CHARACTERS, MASTODON_DEFAULT_URL_LENGTH } from './defaults';
import type { MastodonAccount } from './oauth';

/*
 * The Mastodon account, in the background's own account store (compose/worker/account-store.ts),
 * where no content script can read it: never storage.sync, never the posts store (an export reads
 * it), never a log line. Removing the account deletes it.
 */

export const MASTODON_ACCOUNT_KEY = 'compose.account.mastodon';

/** A Mastodon account with the instance's posting limits (read once, when it was added). */
export interface StoredMastodonAccount extends MastodonAccount {
  maxCharacters: number;
  charactersReservedPerUrl: number;
}

const accountSchema = z.object({
  instanceUrl: storedServerSchema,
  accessToken: z.string().min(1),
  username: z.string().optional(),
  accountId: z.string().optional(),
  maxCharacters: z.number().int().positive().default(MASTODON_DEFAULT_MAX_CHARACTERS),
  charactersReservedPerUrl: z.number().int().nonnegative().default(MASTODON_DEFAULT_URL_LENGTH),
});

export async function readMastodonAccount(): Promise<StoredMastodonAccount | undefined> {
  const parsed = accountSchema.safeParse(await readAccountEntry(MASTODON_ACCOUNT_KEY));
  return parsed.success ? parsed.data : undefined;
}

export async function saveMastodonAccount(account: StoredMastodonAccount): Promise<void> {
  await writeAccountEntry(MASTODON_ACCOUNT_KEY, accountSchema.parse(account));
}

export async function removeMastodonAccount(): Promise<void> {
  await removeAccountEntry(MASTODON_ACCOUNT_KEY);
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
