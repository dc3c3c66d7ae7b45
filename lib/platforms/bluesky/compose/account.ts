import { browser } from 'wxt/browser';
import { z } from 'zod';
import type { AccountView } from '../../../compose/accounts-view';
import type { BlueskySession } from './session';

/*
 * The Bluesky account, in browser.storage.local only: never storage.sync (it would leave the
 * machine), never IndexedDB (an export reads the store), never a log line. The session (access +
 * refresh JWT) is kept, never the app password. Removing the account deletes its key.
 */

export const BLUESKY_ACCOUNT_KEY = 'compose.account.bluesky';

const sessionSchema = z.object({
  service: z.string().min(1),
  did: z.string().startsWith('did:'),
  handle: z.string().min(1),
  accessJwt: z.string().min(1),
  refreshJwt: z.string().min(1),
});

export async function readBlueskySession(): Promise<BlueskySession | undefined> {
  const stored = await browser.storage.local.get(BLUESKY_ACCOUNT_KEY);
  const parsed = sessionSchema.safeParse(stored[BLUESKY_ACCOUNT_KEY]);
  return parsed.success ? parsed.data : undefined;
}

/** Called the moment a session is made or refreshed: a refresh token works once. */
export async function saveBlueskySession(session: BlueskySession): Promise<void> {
  await browser.storage.local.set({ [BLUESKY_ACCOUNT_KEY]: sessionSchema.parse(session) });
}

export async function removeBlueskySession(): Promise<void> {
  await browser.storage.local.remove(BLUESKY_ACCOUNT_KEY);
}

export function blueskyAccountView(session: BlueskySession): AccountView {
  return { handle: session.handle, server: session.service };
}
