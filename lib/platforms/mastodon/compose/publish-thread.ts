import { z } from 'zod';
import { asHttpUrl } from '../../../kit/http-url';
import { globalFetch, type FetchLike } from '../../../compose/http-answer';
import { primaryLanguage, type PostOptions } from '../../../compose/post-options';
import type { MediaAccess } from '../../../compose/publisher';
import { queuedResults, type PartResult, type PostedRef, type ThreadPart } from '../../../compose/thread';
import type { StoredMastodonAccount } from './account';
import { mastodonCall } from './api';
import { mastodonFailure, unexpectedAnswer } from './errors';
import { uploadMastodonMedia } from './media-upload';
import type { MastodonAccount } from './oauth';
import { resolveQuote } from './quote';

export interface MastodonPublishOptions {
  fetch?: FetchLike;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  /** The post's files; needed only when a part has media. */
  media?: MediaAccess;
  /** public (default), unlisted, private or direct; applied to every part. */
  visibility?: 'public' | 'unlisted' | 'private' | 'direct';
  /** Content warning, language, quoted post. */
  post?: PostOptions;
  /** ISO 639 language of the text (overrides `post.lang`). */
  language?: string;
  /** Have the server publish the (single) post at this time: `scheduled_at`. */
  scheduleAt?: number;
}

export interface MastodonPublishOutcome {
  parts: PartResult[];
}

const statusBody = z.object({ id: z.string().min(1), url: z.string().nullish(), uri: z.string() });
/** A ScheduledStatus: what POST /api/v1/statuses answers when given `scheduled_at`. */
const scheduledBody = z.object({ id: z.string().min(1), scheduled_at: z.string() });

const noMedia: MediaAccess = { read: async () => undefined, fit: async () => undefined };

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

/** The status's fields other than its text and thread: warning, language. */
function postFields(options: MastodonPublishOptions, hasMedia: boolean): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  const warning = options.post?.warning;
  if (warning?.text) fields.spoiler_text = warning.text;
  // A label says what the media show: Mastodon hides sensitive media behind a click.
  if (warning?.text || (warning?.label && hasMedia)) fields.sensitive = true;
  const language = options.language ?? (options.post?.lang ? primaryLanguage(options.post.lang) : undefined);
  if (language) fields.language = language;
  return fields;
}

/**
 * Posts `parts` as a thread of replies (in_reply_to_id = the part before) with
 * POST /api/v1/statuses, each with its files uploaded first (media-upload.ts) and its warning and
 * language. Each request carries `Idempotency-Key: part.key`: Mastodon remembers the key for an
 * hour and answers a repeat with the status it already made, so a retry after a lost answer does
 * not post twice. With `scheduleAt` the server holds the (single) post: the part comes back
 * `scheduled` with the ScheduledStatus id. Parts with `posted` are skipped; the first failure
 * stops the run and later parts are `queued`. Never throws; no extension APIs.
 */
export async function publishMastodonThread(
  parts: readonly ThreadPart[],
  account: MastodonAccount | StoredMastodonAccount,
  options: MastodonPublishOptions = {},
): Promise<MastodonPublishOutcome> {
  const fetchFn = options.fetch ?? globalFetch;
  const now = options.now ?? Date.now;
  const deps = {
    fetch: fetchFn,
    now,
    sleep: options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))),
    media: options.media ?? noMedia,
  };
  const stored: StoredMastodonAccount = { maxCharacters: 500, charactersReservedPerUrl: 23, ...account };
  const results: PartResult[] = [];
  let parentId: string | undefined;
  const stop = (i: number, result: PartResult) => {
    results.push(result, ...queuedResults(parts.slice(i + 1)));
  };
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
    const notes: string[] = [];
    const mediaIds: string[] = [];
    let failed = false;
    for (const media of part.media ?? []) {
      const uploaded = await uploadMastodonMedia(media, stored, deps);
      if ('kind' in uploaded) {
        stop(i, { key: part.key, status: { state: 'failed', failure: uploaded }, notes });
        failed = true;
        break;
      }
      mediaIds.push(uploaded.id);
    }
    if (failed) break;
    const json: Record<string, unknown> = {
      status: part.text,
      visibility: options.visibility ?? 'public',
      ...postFields(options, mediaIds.length > 0),
    };
    if (mediaIds.length) json.media_ids = mediaIds;
    if (parentId) json.in_reply_to_id = parentId;
    // A card URL rides in the text: Mastodon makes the preview card itself from the first link.
    if (part.card && !part.text.includes(part.card.url)) json.status = `${part.text}\n\n${part.card.url}`;
    const quote = options.post?.quote;
    if (i === 0 && quote) {
      const resolved = await resolveQuote(quote, stored, { fetch: fetchFn, hasMedia: mediaIds.length > 0 });
      if ('id' in resolved) json.quoted_status_id = resolved.id;
      else if (resolved.note) notes.push(resolved.note);
    }
    if (options.scheduleAt !== undefined) json.scheduled_at = new Date(options.scheduleAt).toISOString();
    const answer = await mastodonCall(fetchFn, account.instanceUrl, '/api/v1/statuses', {
      method: 'POST',
      token: account.accessToken,
      json,
      headers: { 'idempotency-key': part.key },
    });
    if (answer.kind !== 'ok') {
      stop(i, { key: part.key, status: { state: 'failed', failure: mastodonFailure(answer, now()) }, notes });
      break;
    }
    if (options.scheduleAt !== undefined) {
      const scheduled = scheduledBody.safeParse(answer.body);
      if (scheduled.success) {
        const at = Date.parse(scheduled.data.scheduled_at);
        results.push({
          key: part.key,
          status: { state: 'scheduled', at: Number.isFinite(at) ? at : options.scheduleAt, onServer: true },
          scheduledId: scheduled.data.id,
          notes,
        });
        continue;
      }
    }
    const parsed = statusBody.safeParse(answer.body);
    if (!parsed.success) {
      stop(i, { key: part.key, status: { state: 'failed', failure: unexpectedAnswer('the post') }, notes });
      break;
    }
    const posted: PostedRef = { id: parsed.data.id, url: statusLink(parsed.data, account) };
    parentId = posted.id;
    results.push({ key: part.key, status: { state: 'posted', url: posted.url }, posted, notes });
  }
  return { parts: results };
}
