import { z } from 'zod';
import type { AccountView } from '../../../compose/accounts-view';
import type { MediaLimits } from '../../../compose/features';
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
  /** The instance's media limits (absent for accounts added before they were read). */
  media?: Partial<MediaLimits>;
  /** The instance's api_versions.mastodon: 7 and up can quote. */
  apiVersion?: number;
}

/** Mastodon's API version that brought quote posts (Mastodon 4.5). */
export const MASTODON_QUOTES_API_VERSION = 7;

const accountSchema = z.object({
  instanceUrl: storedServerSchema,
  accessToken: z.string().min(1),
  username: z.string().optional(),
  accountId: z.string().optional(),
  maxCharacters: z.number().int().positive().default(MASTODON_DEFAULT_MAX_CHARACTERS),
  charactersReservedPerUrl: z.number().int().nonnegative().default(MASTODON_DEFAULT_URL_LENGTH),
  media: z
    .object({
      maxImages: z.number().int().nonnegative().optional(),
      video: z.boolean().optional(),
      imageTypes: z.array(z.string()).optional(),
      videoTypes: z.array(z.string()).optional(),
      maxImageBytes: z.number().int().positive().optional(),
      maxImagePixels: z.number().int().positive().optional(),
      maxVideoBytes: z.number().int().positive().optional(),
    })
    .optional(),
  apiVersion: z.number().int().nonnegative().optional(),
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
    ...(account.media ? { media: account.media } : {}),
    quotes: (account.apiVersion ?? 0) >= MASTODON_QUOTES_API_VERSION,
  };
}
