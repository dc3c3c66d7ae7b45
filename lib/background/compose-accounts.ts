import { browser } from 'wxt/browser';
import { z } from 'zod';
import type { AccountsView } from '../compose/accounts-view';
import type { BlueskySession } from '../compose/bluesky/session';
import { MASTODON_DEFAULT_MAX_CHARACTERS, MASTODON_DEFAULT_URL_LENGTH } from '../compose/mastodon-defaults';
import type { MastodonAccount } from '../compose/mastodon/oauth';

/*
 * The composer's accounts, in browser.storage.local only: never storage.sync (it would leave the
 * machine), never IndexedDB (an export reads the store), never a log line. Bluesky keeps the
 * session (access + refresh JWT), never the app password. Removing an account deletes its key.
 */

export const BLUESKY_ACCOUNT_KEY = 'compose.account.bluesky';
export const MASTODON_ACCOUNT_KEY = 'compose.account.mastodon';

const blueskySchema = z.object({
  service: z.string().min(1),
  did: z.string().startsWith('did:'),
  handle: z.string().min(1),
  accessJwt: z.string().min(1),
  refreshJwt: z.string().min(1),
});

/** A Mastodon account with the instance's posting limits (read once, when it was added). */
export interface StoredMastodonAccount extends MastodonAccount {
  maxCharacters: number;
  charactersReservedPerUrl: number;
}

const mastodonSchema = z.object({
  instanceUrl: z.string().min(1),
  accessToken: z.string().min(1),
  username: z.string().optional(),
  accountId: z.string().optional(),
  maxCharacters: z.number().int().positive().default(MASTODON_DEFAULT_MAX_CHARACTERS),
  charactersReservedPerUrl: z.number().int().nonnegative().default(MASTODON_DEFAULT_URL_LENGTH),
});

async function readKey<T>(key: string, schema: z.ZodType<T>): Promise<T | undefined> {
  const stored = await browser.storage.local.get(key);
  const parsed = schema.safeParse(stored[key]);
  return parsed.success ? parsed.data : undefined;
}

export function readBlueskySession(): Promise<BlueskySession | undefined> {
  return readKey(BLUESKY_ACCOUNT_KEY, blueskySchema);
}

/** Called the moment a session is made or refreshed: a refresh token works once. */
export async function saveBlueskySession(session: BlueskySession): Promise<void> {
  await browser.storage.local.set({ [BLUESKY_ACCOUNT_KEY]: blueskySchema.parse(session) });
}

export function readMastodonAccount(): Promise<StoredMastodonAccount | undefined> {
  return readKey(MASTODON_ACCOUNT_KEY, mastodonSchema);
}

export async function saveMastodonAccount(account: StoredMastodonAccount): Promise<void> {
  await browser.storage.local.set({ [MASTODON_ACCOUNT_KEY]: mastodonSchema.parse(account) });
}

export async function removeComposeAccount(network: 'bluesky' | 'mastodon'): Promise<void> {
  await browser.storage.local.remove(network === 'bluesky' ? BLUESKY_ACCOUNT_KEY : MASTODON_ACCOUNT_KEY);
}

/** The accounts as pages may see them: no token. */
export async function readAccountsView(): Promise<AccountsView> {
  const [bluesky, mastodon] = await Promise.all([readBlueskySession(), readMastodonAccount()]);
  const view: AccountsView = {};
  if (bluesky) view.bluesky = { handle: bluesky.handle, did: bluesky.did, service: bluesky.service };
  if (mastodon) {
    view.mastodon = {
      instanceUrl: mastodon.instanceUrl,
      maxCharacters: mastodon.maxCharacters,
      charactersReservedPerUrl: mastodon.charactersReservedPerUrl,
    };
    if (mastodon.username) view.mastodon.username = mastodon.username;
  }
  return view;
}
