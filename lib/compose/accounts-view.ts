import type { Platform } from '../platforms/registry';
import type { CountLimits } from './count-types';
import type { MediaLimits } from './features';

/**
 * What extension pages may know about one of the user's accounts: who and where, and the limits
 * the composer counts by. Never a token: those stay where only the background reads them.
 */
export interface AccountView {
  /** The account's handle as people write it (`alice.bsky.social`, `bob@mastodon.social`). */
  handle: string;
  /** The server it posts through (a Bluesky PDS, a Mastodon instance). */
  server: string;
  /** Limits the server announces (a Mastodon instance's own); absent: the network's fixed ones. */
  limits?: CountLimits;
  /** Media limits the server announces (a Mastodon instance's configuration.media_attachments). */
  media?: Partial<MediaLimits>;
  /** False when the server cannot make quotes (a Mastodon server before API version 7). */
  quotes?: boolean;
}

/** The accounts set up, by network (only networks that post through an API have one). */
export type AccountsView = Partial<Record<Platform, AccountView>>;

/**
 * A storage.local key the background rewrites (with a time, never a secret) when an account is
 * added or removed, so open pages ask for the accounts again.
 */
export const ACCOUNTS_CHANGED_KEY = 'compose.accountsChangedAt';
