import type { Capture, Post } from '../../post';
import type { Skipped } from '../../parse-result';
import { asRecord, text } from '../../kit/json-read';
import { captureOf, hostOf, serverOrigin, type MastodonCaptureContext } from './context';

/**
 * What one parse of one response shares: rows and skips so far, the capture block, the reader's
 * server, and the response's index of local ids (statuses refer to each other, and to accounts, by
 * the server-local ids only that response's other objects can turn into global ones).
 */
export interface StatusCollector {
  posts: Post[];
  skipped: Skipped[];
  capture: Capture;
  now: number;
  /** Origin of the reader's server, for `local.url`; undefined when no URL says it. */
  origin: string | undefined;
  /** Its host: the host of a local account whose own URLs are unusable. */
  fallbackHost: string | undefined;
  /** Server-local status id → the status's global `uri`. */
  uriByLocalId: Map<string, string>;
  /** Server-local account id → an Account or Mention object of that account. */
  accountById: Map<string, unknown>;
}

export function createCollector(context: MastodonCaptureContext): StatusCollector {
  return {
    posts: [],
    skipped: [],
    capture: captureOf(context),
    now: context.now,
    origin: serverOrigin(context),
    fallbackHost: hostOf(context.requestUrl) ?? hostOf(context.pageUrl),
    uriByLocalId: new Map(),
    accountById: new Map(),
  };
}

/** An ActivityPub object id: an http(s) URL (or an OStatus `tag:` URI on statuses from 2017). */
const STATUS_URI = /^(?:https?:\/\/|tag:)\S{1,490}$/i;

export function statusUri(status: unknown): string | undefined {
  const uri = text(status, 'uri');
  return uri !== undefined && STATUS_URI.test(uri) ? uri : undefined;
}

/** A server-local id as Mastodon (digits), Pleroma/Akkoma (flake ids) or GoToSocial (ULIDs) write it. */
const LOCAL_ID = /^[A-Za-z0-9_-]{1,100}$/;

export function localId(record: unknown, key = 'id'): string | undefined {
  const value = asRecord(record)?.[key];
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return String(value);
  return typeof value === 'string' && LOCAL_ID.test(value) ? value : undefined;
}

const MAX_INDEX_DEPTH = 4;

/** Registers a status, the statuses inside it (boosted, quoted) and the accounts it names. */
export function indexStatus(raw: unknown, out: StatusCollector, depth = 0): void {
  const status = asRecord(raw);
  if (status === undefined || depth > MAX_INDEX_DEPTH) return;
  const id = localId(status);
  const uri = statusUri(status);
  if (id !== undefined && uri !== undefined && !out.uriByLocalId.has(id)) out.uriByLocalId.set(id, uri);
  indexAccount(status.account, out);
  if (Array.isArray(status.mentions)) for (const mention of status.mentions) indexAccount(mention, out);
  indexStatus(status.reblog, out, depth + 1);
  indexStatus(asRecord(status.quote)?.quoted_status, out, depth + 1);
}

export function indexAccount(account: unknown, out: StatusCollector): void {
  const id = localId(account);
  if (id !== undefined && !out.accountById.has(id)) out.accountById.set(id, account);
}
