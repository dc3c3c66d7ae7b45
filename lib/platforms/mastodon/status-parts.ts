import type { Counts, Post } from '../../post';
import { postId } from '../../parse-result';
import { asArray, asCount, asRecord, str, text, type JsonRecord } from '../../kit/json-read';
import { accountHandle } from './account';
import { localId, type StatusCollector } from './collector';
import type { MentionRef } from './text-entities';

/** Engagement as the status shows it; quotes only from servers that count them (4.5+). */
export function readCounts(status: JsonRecord, now: number): Counts | undefined {
  const counts: Counts = { readAt: now };
  const replies = asCount(status.replies_count);
  if (replies !== undefined) counts.replies = replies;
  const reposts = asCount(status.reblogs_count);
  if (reposts !== undefined) counts.reposts = reposts;
  const likes = asCount(status.favourites_count);
  if (likes !== undefined) counts.likes = likes;
  const quotes = asCount(status.quotes_count);
  if (quotes !== undefined) counts.quotes = quotes;
  return Object.keys(counts).length > 1 ? counts : undefined;
}

/**
 * `in_reply_to_id` / `in_reply_to_account_id` are server-local ids. The parent's global id is known
 * only when the same response holds the parent (a context's ancestors, a notification page's
 * statuses); the replied-to handle from the status's mentions or any account the response names.
 */
export function readReply(
  status: JsonRecord,
  mentions: readonly MentionRef[],
  out: StatusCollector,
): Post['reply'] | undefined {
  const parentId = localId(status, 'in_reply_to_id');
  const accountId = localId(status, 'in_reply_to_account_id');
  if (parentId === undefined && accountId === undefined) return undefined;
  const reply: NonNullable<Post['reply']> = {};
  const parentUri = parentId === undefined ? undefined : out.uriByLocalId.get(parentId);
  if (parentUri !== undefined) reply.toPostId = postId('mastodon', parentUri);
  if (accountId !== undefined) {
    const toHandle =
      mentions.find((mention) => mention.id === accountId)?.handle ??
      accountHandle(out.accountById.get(accountId), out.fallbackHost);
    if (toHandle !== undefined) reply.toHandle = toHandle;
  }
  return reply;
}

const ACCT = /^([^\s@/?#]{1,100})(?:@([^\s@/?#]{1,253}))?$/;

/**
 * The reader's own server's copy: its local id, and the page there, `/@<acct>/<local id>`, which
 * Mastodon's web UI opens for any status it knows, local or remote — where the reader is signed in
 * and can reply, boost and favourite. (For a local status that is exactly its `url`; a remote
 * status's `url` is on the author's server, where the reader is nobody.) Needs the server's
 * origin, so a file read without a page or request URL has none.
 */
export function readLocal(status: JsonRecord, out: StatusCollector): Post['local'] | undefined {
  if (out.origin === undefined) return undefined;
  const id = localId(status);
  const acct = ACCT.exec(text(asRecord(status.account), 'acct') ?? '');
  if (id === undefined || acct === null) return undefined;
  const who = encodeURIComponent(acct[1]!) + (acct[2] === undefined ? '' : `@${encodeURIComponent(acct[2])}`);
  return { id, url: `${out.origin}/@${who}/${id}` };
}

type FilterAction = NonNullable<Post['filtered']>[number]['action'];
const ACTIONS: ReadonlyMap<unknown, FilterAction> = new Map([
  ['warn', 'warn'],
  ['hide', 'hide'],
  ['blur', 'blur'],
]);

/**
 * `filtered[]`: the reader's server-side filters that matched. A filter without a known action is
 * marked `warn` (Mastodon's default, and the safe reading: marked rather than unmarked).
 */
export function readFiltered(list: unknown): Post['filtered'] | undefined {
  let filtered: NonNullable<Post['filtered']> | undefined;
  for (const result of asArray(list) ?? []) {
    const filter = asRecord(asRecord(result)?.filter);
    if (filter === undefined) continue;
    const title = str(filter, 'title') ?? '';
    const action = ACTIONS.get(filter.filter_action) ?? 'warn';
    (filtered ??= []).push({ title: title.slice(0, 1000), action });
    if (filtered.length >= 20) break;
  }
  return filtered;
}
