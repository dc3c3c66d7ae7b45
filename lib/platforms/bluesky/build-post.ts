import type { Counts, Post, Reply } from '../../post';
import { arr, asCount, isRecord, rec, str, type JsonRecord } from '../../kit/json-read';
import { readAuthor } from './author';
import { addPost, type BlueskyCollector } from './collector';
import { parseDatetime } from './dates';
import { readEmbed, type EmbedTarget } from './embed';
import { readText } from './facets';
import { blueskyPostId, isPostUri, parsePostUri, postIdOf, postPermalink } from './ids';
import { isSensitive, readLabels } from './labels';
import { BLUESKY_SKIP } from './skip-reasons';

/**
 * One post view as a Post row, added to the collector and returned (so a feed item can add its
 * repost row or pin), or undefined after counting why not. Two views carry posts:
 * - app.bsky.feed.defs#postView: the record in `record`, the embed view in `embed`;
 * - app.bsky.embed.record#viewRecord (a quoted post): the record in `value`, views in `embeds[]`.
 */
export function buildPost(
  view: unknown,
  kind: 'postView' | 'viewRecord',
  out: BlueskyCollector,
  depth = 0,
): Post | undefined {
  if (!isRecord(view)) {
    out.skipped.push({ reason: BLUESKY_SKIP.noPost, detail: typeof view });
    return undefined;
  }
  const post = readPost(view, kind, out, depth);
  if (post === undefined) salvageQuotes(view, kind, out, depth);
  return post;
}

/**
 * A post that could not be built still shows what it embeds: its embed is read into a scratch
 * target, so the posts it quotes are kept as rows and its unavailable parts are counted as usual.
 */
function salvageQuotes(
  view: JsonRecord,
  kind: 'postView' | 'viewRecord',
  out: BlueskyCollector,
  depth: number,
): void {
  const scratch: EmbedTarget = { nativeId: str(view, 'uri')?.slice(0, 200) ?? '', media: [] };
  if (kind === 'postView') readEmbed(view.embed, scratch, out, depth, buildQuoted);
  else for (const embed of arr(view, 'embeds') ?? []) readEmbed(embed, scratch, out, depth, buildQuoted);
}

function readPost(
  view: JsonRecord,
  kind: 'postView' | 'viewRecord',
  out: BlueskyCollector,
  depth: number,
): Post | undefined {
  const uri = parsePostUri(view.uri);
  if (uri === undefined) return skip(out, BLUESKY_SKIP.badUri, str(view, 'uri'));
  const author = readAuthor(view.author);
  if (author === undefined) return skip(out, BLUESKY_SKIP.noAuthor, uri.uri);
  const record = rec(view, kind === 'postView' ? 'record' : 'value');
  if (record === undefined) return skip(out, BLUESKY_SKIP.noRecord, uri.uri);
  const createdAt = parseDatetime(record.createdAt);
  if (createdAt === undefined) return skip(out, BLUESKY_SKIP.badCreatedAt, uri.uri);
  const { text, entities } = readText(record, out.skipped);

  const post: Post = {
    id: blueskyPostId(uri.uri),
    platform: 'bluesky',
    nativeId: uri.uri,
    url: postPermalink(uri, author),
    author,
    text,
    entities,
    createdAt,
    sortAt: sortTime(createdAt, parseDatetime(view.indexedAt)),
    media: [],
    edited: false,
    sensitive: false,
    capture: out.capture,
  };
  // Optional fields are set only when present (never as `undefined`), one by one: cheaper on the
  // page's thread than spreading conditional objects.
  const lang = language(arr(record, 'langs')?.[0]);
  if (lang !== undefined) post.lang = lang;
  const labels = readLabels(view.labels, record, out.now);
  if (labels !== undefined) {
    post.labels = labels;
    post.sensitive = isSensitive(labels);
  }
  const reply = readReply(record.reply, out);
  if (reply !== undefined) post.reply = reply;
  const counts = readCounts(view, out.now);
  if (counts !== undefined) post.counts = counts;

  if (kind === 'postView') readEmbed(view.embed, post, out, depth, buildQuoted);
  else for (const embed of arr(view, 'embeds') ?? []) readEmbed(embed, post, out, depth, buildQuoted);

  addPost(out, post, kind === 'postView');
  return post;
}

/** A quoted post's row (passed to readEmbed, which cannot import this module back). */
function buildQuoted(view: JsonRecord, out: BlueskyCollector, depth: number): Post | undefined {
  return buildPost(view, 'viewRecord', out, depth);
}

function skip(out: BlueskyCollector, reason: string, detail: string | undefined): undefined {
  out.skipped.push({ reason, detail: detail?.slice(0, 200) });
  return undefined;
}

/**
 * Feed order as the AppView computes its own `sortAt`: the earlier of createdAt and indexedAt.
 * createdAt is the author's claim (a client can set any time: a post "from 2030" must not sit on
 * top of the feed for years), indexedAt when the network first saw it (an import of old posts is
 * indexed today but belongs at its written time); the earlier of the two is right in both cases.
 */
function sortTime(createdAt: number, indexedAt: number | undefined): number {
  return indexedAt !== undefined && indexedAt < createdAt ? indexedAt : createdAt;
}

/** The first of the author's `langs` (BCP 47), when it looks like one. */
function language(value: unknown): string | undefined {
  return typeof value === 'string' &&
    /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8}){0,3}$/.test(value) &&
    value.length <= 20
    ? value
    : undefined;
}

/**
 * The record's reply refs: parent → toPostId, root → rootPostId. The parent's handle and whether it
 * is unavailable come from the rest of the response (collector.settle), not from the record.
 */
function readReply(value: unknown, out: BlueskyCollector): Reply | undefined {
  if (!isRecord(value)) return undefined;
  const reply: Reply = {};
  const parent = str(rec(value, 'parent'), 'uri');
  if (isPostUri(parent)) {
    reply.toPostId = blueskyPostId(parent);
    out.replies.push({ reply, parentUri: parent });
  }
  const root = postIdOf(str(rec(value, 'root'), 'uri'));
  if (root !== undefined) reply.rootPostId = root;
  return reply;
}

const COUNT_FIELDS = [
  ['replies', 'replyCount'],
  ['reposts', 'repostCount'],
  ['quotes', 'quoteCount'],
  ['likes', 'likeCount'],
  ['bookmarks', 'bookmarkCount'],
] as const;

function readCounts(view: JsonRecord, now: number): Counts | undefined {
  const counts: Counts = { readAt: now };
  let known = false;
  for (const [key, field] of COUNT_FIELDS) {
    const value = asCount(view[field]);
    if (value === undefined) continue;
    counts[key] = value;
    known = true;
  }
  return known ? counts : undefined;
}
