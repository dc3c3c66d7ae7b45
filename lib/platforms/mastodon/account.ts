import type { Author } from '../../post';
import { asRecord, httpUrl, text, type JsonRecord } from '../../kit/json-read';
import { hostOf } from './context';
import { usedEmojis } from './emojis';

const MAX_HANDLE = 300;
const MAX_ID = 500;
const NO_SPACE = /^\S+$/;

/**
 * The full `user@host` handle of an Account (or a status's Mention, which has the same `acct` and
 * `url`). A remote account's `acct` already is `user@host`; a local one's is the bare username.
 * Its host is then taken from the account's own profile `url` — always on its server's web domain
 * — and only without one from the reader's server (`fallbackHost`): the page's origin is not the
 * server on Phanpy or Elk, which run on their own domains.
 */
export function accountHandle(account: unknown, fallbackHost: string | undefined): string | undefined {
  const raw = text(account, 'acct') ?? text(account, 'username');
  if (raw === undefined) return undefined;
  const acct = raw.startsWith('@') ? raw.slice(1) : raw;
  if (acct.length === 0 || acct.length > MAX_HANDLE || !NO_SPACE.test(acct)) return undefined;
  const at = acct.indexOf('@');
  if (at >= 0) return at > 0 && at < acct.length - 1 && !acct.includes('@', at + 1) ? acct : undefined;
  const host = hostOf(text(account, 'url')) ?? hostOf(text(account, 'uri')) ?? fallbackHost;
  if (host === undefined) return undefined;
  const handle = `${acct}@${host}`;
  return handle.length <= MAX_HANDLE ? handle : undefined;
}

/** The account's ActivityPub actor id (`uri`, the same on every server), else its profile URL. */
export function accountId(account: JsonRecord): string | undefined {
  for (const key of ['uri', 'url']) {
    const value = text(account, key);
    if (value !== undefined && value.length <= MAX_ID && NO_SPACE.test(value)) return value;
  }
  return undefined;
}

/** Display name; Mastodon shows the username when it is empty. */
export function accountName(account: JsonRecord): string {
  const name = text(account, 'display_name') ?? text(account, 'username') ?? '';
  return name.length > 200 ? name.slice(0, 200) : name;
}

/**
 * The Post author of an Account. The avatar is `avatar_static` (for the reason given in
 * emojis.ts: Mastodon shows animated avatars only with auto-play on). `verified` is always false:
 * Mastodon has no verified mark — a profile link's `verified_at` proves a website, not a person.
 */
export function readAuthor(raw: unknown, fallbackHost: string | undefined): Author | undefined {
  const account = asRecord(raw);
  const handle = accountHandle(account, fallbackHost);
  if (account === undefined || handle === undefined) return undefined;
  const name = accountName(account);
  const author: Author = { handle, name, verified: false };
  const id = accountId(account);
  if (id !== undefined) author.id = id;
  const avatarUrl = httpUrl(account, 'avatar_static') ?? httpUrl(account, 'avatar');
  if (avatarUrl !== undefined) author.avatarUrl = avatarUrl;
  const emojis = name.includes(':') ? usedEmojis([account.emojis], [name]) : undefined;
  if (emojis !== undefined) author.emojis = emojis;
  return author;
}
