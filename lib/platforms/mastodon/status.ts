import type { Post, Repost } from '../../post';
import { postId, type Skipped } from '../../parse-result';
import { asHttpUrl, asRecord, httpUrl, str, text, type JsonRecord } from '../../kit/json-read';
import { readAuthor } from './account';
import { readCard } from './card';
import { statusUri, type StatusCollector } from './collector';
import { contentText } from './content-text';
import { parseIsoDate } from './dates';
import { usedEmojis } from './emojis';
import { readMedia } from './media';
import { readPoll } from './poll';
import { readQuote, type QuoteOutcome } from './quote';
import { MASTODON_SKIP } from './skip-reasons';
import { readCounts, readFiltered, readLocal, readReply } from './status-parts';
import { contentEntities, readMentions } from './text-entities';

/** A boost holds a status, which may hold a quote, whose quote is shallow: 3 levels is all Mastodon sends. */
const MAX_DEPTH = 3;

/**
 * One Status entity → its rows: the status itself, plus for a boost the boosted original (its own
 * row) and a repost row, plus a quoted status as its own row. Returns the row that stands for the
 * slot (the repost row for a boost), or undefined after counting exactly one skip for it.
 */
export function readStatus(raw: unknown, out: StatusCollector, depth = 0): Post | undefined {
  const status = asRecord(raw);
  if (status === undefined) return skip(out, MASTODON_SKIP.notAStatus, typeof raw);
  if (depth > MAX_DEPTH) return skip(out, MASTODON_SKIP.tooDeep, statusUri(status));
  const reblog = asRecord(status.reblog);
  return reblog === undefined ? readOwn(status, out, depth) : readReblog(status, reblog, out, depth);
}

function skip(out: StatusCollector, reason: string, detail?: string): undefined {
  const skipped: Skipped = detail === undefined ? { reason } : { reason, detail };
  out.skipped.push(skipped);
  return undefined;
}

/**
 * A boost: the boosted status is stored as its own row; the boost row (id from the boost's own
 * `uri`) carries the original's content plus who boosted it and when, and sorts by that time —
 * when it entered the reader's timeline. Its `url` and `local` stay the original's: the boost's
 * own `url` is an ActivityPub activity, not a page.
 */
function readReblog(
  wrapper: JsonRecord,
  reblog: JsonRecord,
  out: StatusCollector,
  depth: number,
): Post | undefined {
  // A boost wrapper's own `quote` is null; one that holds a quoted status anyway still delivered
  // that status, so it is kept as its row like any other quote (the boost row shows the original).
  readQuoteOf(wrapper, out, depth);
  const original = readStatus(reblog, out, depth + 1);
  const uri = statusUri(wrapper);
  if (original === undefined) return skip(out, MASTODON_SKIP.reblogUnreadable, uri);
  if (uri === undefined) return skip(out, MASTODON_SKIP.noUri, 'boost');
  const by = readAuthor(wrapper.account, out.fallbackHost);
  if (by === undefined) return skip(out, MASTODON_SKIP.noAuthor, uri);
  const at = parseIsoDate(wrapper.created_at);
  const repost: Repost = { originalId: original.id, by: { handle: by.handle, name: by.name } };
  if (by.id !== undefined) repost.by.id = by.id;
  if (at !== undefined) repost.at = at;
  const row: Post = {
    ...original,
    id: postId('mastodon', uri),
    nativeId: uri,
    sortAt: at ?? original.createdAt,
    repost,
  };
  // The reader's filters are matched against the boost too; the web UI reads either.
  const filtered = readFiltered(wrapper.filtered);
  if (filtered !== undefined) row.filtered = filtered;
  out.posts.push(row);
  return row;
}

/** A status's quote; the quoted status is a row of its own whatever becomes of the quoting one. */
function readQuoteOf(status: JsonRecord, out: StatusCollector, depth: number): QuoteOutcome | undefined {
  const quote = asRecord(status.quote);
  if (quote === undefined) return undefined;
  return readQuote(quote, {
    readNested: (nested) => readStatus(nested, out, depth + 1)?.id,
    uriByLocalId: out.uriByLocalId,
    skipped: out.skipped,
  });
}

function readOwn(status: JsonRecord, out: StatusCollector, depth: number): Post | undefined {
  const quote = asRecord(status.quote);
  // Read first: the quoted status is kept even when this one cannot be.
  const quoted = readQuoteOf(status, out, depth);
  const uri = statusUri(status);
  if (uri === undefined) return skip(out, MASTODON_SKIP.noUri, str(status, 'id'));
  const author = readAuthor(status.account, out.fallbackHost);
  if (author === undefined) return skip(out, MASTODON_SKIP.noAuthor, uri);
  const createdAt = parseIsoDate(status.created_at);
  if (createdAt === undefined) return skip(out, MASTODON_SKIP.noCreatedAt, uri);
  const url = httpUrl(status, 'url') ?? asHttpUrl(uri);
  if (url === undefined) return skip(out, MASTODON_SKIP.noPermalink, uri);

  const content = contentText(str(status, 'content') ?? '', { dropQuoteInline: quote !== undefined });
  const mentions = readMentions(status.mentions, out.fallbackHost);
  const post: Post = {
    id: postId('mastodon', uri),
    platform: 'mastodon',
    nativeId: uri,
    url,
    author,
    text: content.text,
    entities: contentEntities(content, mentions, status.tags),
    createdAt,
    sortAt: createdAt,
    media: readMedia(status.media_attachments, out.skipped),
    edited: false,
    sensitive: status.sensitive === true,
    capture: out.capture,
  };
  const lang = text(status, 'language');
  if (lang !== undefined && lang.length <= 20) post.lang = lang;
  const warning = text(status, 'spoiler_text');
  if (warning !== undefined) post.contentWarning = warning.slice(0, 1000);
  // `edited_at` is null until the first edit; a date we cannot read still says it was edited.
  if (text(status, 'edited_at') !== undefined) {
    post.edited = true;
    const editedAt = parseIsoDate(status.edited_at);
    if (editedAt !== undefined) post.editedAt = editedAt;
  }
  const linkCard = readCard(status.card);
  if (linkCard !== undefined) post.linkCard = linkCard;
  const poll = readPoll(status.poll, out.skipped);
  if (poll !== undefined) post.poll = poll;
  const emojis = readEmojis(status, post);
  if (emojis !== undefined) post.emojis = emojis;
  const counts = readCounts(status, out.now);
  if (counts !== undefined) post.counts = counts;
  const reply = readReply(status, mentions, out);
  if (reply !== undefined) post.reply = reply;
  const local = readLocal(status, out);
  if (local !== undefined) post.local = local;
  const filtered = readFiltered(status.filtered);
  if (filtered !== undefined) post.filtered = filtered;
  // `pinned` is present only on the reader's own statuses: true means pinned on their profile.
  if (status.pinned === true) post.pinned = true;
  if (quoted?.quotedPostId !== undefined) post.quotedPostId = quoted.quotedPostId;
  if (quoted?.quoteUnavailable !== undefined) post.quoteUnavailable = quoted.quoteUnavailable;
  out.posts.push(post);
  return post;
}

/** Custom emoji of the text, the content warning and the poll (shortcodes stay `:code:` in them). */
function readEmojis(status: JsonRecord, post: Post): Post['emojis'] {
  const texts = [post.text];
  if (post.contentWarning !== undefined) texts.push(post.contentWarning);
  if (post.poll !== undefined) for (const choice of post.poll.choices) texts.push(choice.label);
  if (!texts.some((value) => value.includes(':'))) return undefined;
  return usedEmojis([status.emojis, asRecord(status.poll)?.emojis], texts);
}
