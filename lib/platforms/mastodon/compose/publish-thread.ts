import { z } from 'zod';
import { asHttpUrl } from '../../../kit/http-url';
import { globalFetch, type FetchLike } from '../../../compose/http-answer';
import { queuedResults, type PartResult, type PostedRef, type ThreadPart } from '../../../compose/thread';
import { mastodonCall } from './api';
import { mastodonFailure, unexpectedAnswer } from './errors';
import type { MastodonAccount } from './oauth';

export interface MastodonPublishOptions {
  fetch?: FetchLike;
  now?: () => number;
  /** public (default), unlisted, private or direct; applied to every part. */
  visibility?: 'public' | 'unlisted' | 'private' | 'direct';
  /** ISO 639 language of the text. */
  language?: string;
}

export interface MastodonPublishOutcome {
  parts: PartResult[];
}

const statusBody = z.object({ id: z.string().min(1), url: z.string().nullish(), uri: z.string() });

/**
 * The link to a status just made. The server's `url` (else its `uri`) becomes an href in the
 * composer, so it passes the one http(s) rule first; when neither does, the status's page on the
 * user's own server is built from its id.
 */
export function statusLink(
  status: { id: string; url?: string | null; uri: string },
  account: Pick<MastodonAccount, 'instanceUrl' | 'username'>,
): string {
  const given = asHttpUrl(status.url) ?? asHttpUrl(status.uri);
  if (given) return given;
  const path = account.username
    ? `/@${encodeURIComponent(account.username)}/${encodeURIComponent(status.id)}`
    : '/';
  return new URL(path, account.instanceUrl).toString();
}

/**
 * Posts `parts` as a thread of replies (in_reply_to_id = the part before) with
 * POST /api/v1/statuses. Each request carries `Idempotency-Key: part.key`: Mastodon remembers the
 * key for an hour and answers a repeat with the status it already made, so a retry after a lost
 * answer does not post twice. Parts with `posted` are skipped; the first failure stops the run
 * and later parts are `queued`. Never throws; no extension APIs.
 */
export async function publishMastodonThread(
  parts: readonly ThreadPart[],
  account: MastodonAccount,
  options: MastodonPublishOptions = {},
): Promise<MastodonPublishOutcome> {
  const fetchFn = options.fetch ?? globalFetch;
  const now = options.now ?? Date.now;
  const results: PartResult[] = [];
  let parentId: string | undefined;
  for (const [i, part] of parts.entries()) {
    if (part.posted) {
      parentId = part.posted.id;
      results.push({
        key: part.key,
        status: { state: 'posted', url: part.posted.url },
        posted: part.posted,
        notes: [],
      });
      continue;
    }
    const json: Record<string, string> = { status: part.text, visibility: options.visibility ?? 'public' };
    if (parentId) json.in_reply_to_id = parentId;
    if (options.language) json.language = options.language;
    // A card URL rides in the text: Mastodon makes the preview card itself from the first link.
    if (part.card && !part.text.includes(part.card.url)) json.status = `${part.text}\n\n${part.card.url}`;
    const answer = await mastodonCall(fetchFn, account.instanceUrl, '/api/v1/statuses', {
      method: 'POST',
      token: account.accessToken,
      json,
      headers: { 'idempotency-key': part.key },
    });
    const parsed = answer.kind === 'ok' ? statusBody.safeParse(answer.body) : undefined;
    if (answer.kind !== 'ok' || !parsed?.success) {
      const failure = answer.kind === 'ok' ? unexpectedAnswer('the post') : mastodonFailure(answer, now());
      results.push({ key: part.key, status: { state: 'failed', failure }, notes: [] });
      results.push(...queuedResults(parts.slice(i + 1)));
      break;
    }
    const posted: PostedRef = { id: parsed.data.id, url: statusLink(parsed.data, account) };
    parentId = posted.id;
    results.push({ key: part.key, status: { state: 'posted', url: posted.url }, posted, notes: [] });
  }
  return { parts: results };
}
