import { z } from 'zod';
import type { AccountView } from '../../../compose/accounts-view';
import { storedServerSchema } from '../../../compose/server-schema';
import {
  readAccountEntry,
  removeAccountEntry,
  writeAccountEntry,
} from '../../../compose/worker/account-store';
import type { BlueskySession } from './session';

/*
 * The Bluesky account, in the background's own account store (compose/worker/account-store.ts),
 * where no content script can read it: never storage.sync (it would leave the machine), never the
 * posts store (an export reads it), never a log line. The session (access + refresh JWT) is kept,
 * never the app password. Removing the account deletes it.
 */

export const BLUESKY_ACCOUNT_KEY = 'compose.account.bluesky';

const sessionSchema = z.object({
  // A session kept for a server the https rule now refuses is not used: the user signs in again.
  service: storedServerSchema,
  did: z.string().startsWith('did:'),
  handle: z.string().min(1),
  accessJwt: z.string().min(1),
  refreshJwt: z.string().min(1),
  pds: storedServerSchema.optional(),
});

export async function readBlueskySession(): Promise<BlueskySession | undefined> {
  const parsed = sessionSchema.safeParse(await readAccountEntry(BLUESKY_ACCOUNT_KEY));
  return parsed.success ? parsed.data : undefined;
}

/**
 * Called the moment a session is made or refreshed: a refresh token works once. A refresh is the
 * same account, so pages are not told (`signedIn` false).
 */
export async function saveBlueskySession(session: BlueskySession, signedIn = true): Promise<void> {
  await writeAccountEntry(BLUESKY_ACCOUNT_KEY, sessionSchema.parse(session), signedIn);
}

export async function removeBlueskySession(): Promise<void> {
  await removeAccountEntry(BLUESKY_ACCOUNT_KEY);
}

export function blueskyAccountView(session: BlueskySession): AccountView {
  return { handle: session.handle, server: session.service };
}
