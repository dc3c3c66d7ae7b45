import type { Counts, LinkCard } from '../../post';
import { postId, type CaptureContext, type Skipped } from '../../parse-result';
import { readMedia } from './media';
import { readPoll } from './poll';
import { asCount, asHttpUrl, asNumericId, asRecord, asText, type JsonRecord } from '../../kit/json-read';
import { readText } from './text';
import { displayDomain, expandRedirect, permalinkFor } from './urls';

/**
 * The one Threads post normaliser: a `post` object of the web app's JSON (GraphQL responses and
 * page-embedded JSON alike) in, Post candidates out. Candidates are plain objects that
 * finishParse() checks against postSchema; anything this cannot read becomes a counted skip.
 */

/** A candidate row; finishParse() validates it. */
export type Candidate = Record<string, unknown> & { id: string };

export interface NormalizeOut {
  candidates: Candidate[];
  skipped: Skipped[];
}

/** How deep quotes of quotes are followed: a quote's own quote is rare and one level is what is shown. */
const MAX_NESTING = 2;

/**
 * Reads one thread item's post. Returns the id of the row the item stands for (the post, or the repost
 * row) so the next item of the same thread can name it as the parent, or undefined when skipped.
 */
export function normalizeThreadPost(
  raw: unknown,
  context: CaptureContext,
  out: NormalizeOut,
  parentId?: string,
): string | undefined {
  return normalize(raw, context, out, parentId, 0);
}

function normalize(
  raw: unknown,
  context: CaptureContext,
  out: NormalizeOut,
  parentId: string | undefined,
  depth: number,
): string | undefined {
  const post = asRecord(raw);
  if (post === undefined) {
    out.skipped.push({ reason: 'no-post' });
    return undefined;
  }
  const info = asRecord(post.text_post_app_info);
  if (info?.is_post_unavailable === true || asText(info?.post_unavailable_reason) !== undefined) {
    out.skipped.push({ reason: 'post-unavailable', detail: asText(info?.post_unavailable_reason) });
    return undefined;
  }
  const share = asRecord(info?.share_info);
  const reposted = asRecord(share?.reposted_post);
  if (reposted !== undefined && depth < MAX_NESTING)
    return normalizeRepost(post, reposted, context, out, depth);

  const base = readBase(post, context, out);
  if (base === undefined) return undefined;
  const quoted = asRecord(share?.quoted_post) ?? asRecord(share?.quoted_attachment_post);
  if (quoted !== undefined && depth < MAX_NESTING) {
    const quotedId = normalize(quoted, context, out, undefined, depth + 1);
    if (quotedId !== undefined) base.quotedPostId = quotedId;
  }
  const reply = readReply(info, parentId);
  if (reply !== undefined) base.reply = reply;
  out.candidates.push(base);
  return base.id;
}

/**
 * A repost arrives as a post of its own (the reposter's `user`, the repost's `pk` and `taken_at`)
 * whose `share_info.reposted_post` is the original. The original is stored as its own row; the
 * repost row carries the original's content plus who reposted it and when (sortAt = repost time).
 */
function normalizeRepost(
  wrapper: JsonRecord,
  reposted: JsonRecord,
  context: CaptureContext,
  out: NormalizeOut,
  depth: number,
): string | undefined {
  const originalId = normalize(reposted, context, out, undefined, depth + 1);
  if (originalId === undefined) return undefined;
  const original = out.candidates.find((candidate) => candidate.id === originalId);
  const user = asRecord(wrapper.user);
  const handle = asText(user?.username);
  if (original === undefined || handle === undefined) {
    out.skipped.push({ reason: 'repost-without-reposter', detail: originalId });
    return undefined;
  }
  const reposterId = asNumericId(user?.pk) ?? asNumericId(user?.id);
  const originalPk = String(original.nativeId);
  const wrapperPk = asNumericId(wrapper.pk);
  // The repost row needs an id of its own; when Meta sends none (or the original's), derive a stable one.
  const nativeId =
    wrapperPk !== undefined && wrapperPk !== originalPk
      ? wrapperPk
      : `${originalPk}_repost_${reposterId ?? handle}`;
  const at = readTime(wrapper.taken_at);
  const by: Record<string, string> = { handle };
  if (reposterId !== undefined) by.id = reposterId;
  const name = asText(user?.full_name);
  if (name !== undefined) by.name = name;
  const row: Candidate = {
    ...original,
    id: postId('threads', nativeId),
    nativeId,
    sortAt: at ?? original.sortAt,
    repost: at === undefined ? { originalId, by } : { originalId, by, at },
  };
  out.candidates.push(row);
  return row.id;
}

/** Everything of a post except its links to other posts (quote, reply, repost). */
function readBase(post: JsonRecord, context: CaptureContext, out: NormalizeOut): Candidate | undefined {
  const pk =
    asNumericId(post.pk) ?? asNumericId(typeof post.id === 'string' ? post.id.split('_')[0] : undefined);
  if (pk === undefined) {
    out.skipped.push({ reason: 'no-pk' });
    return undefined;
  }
  const user = asRecord(post.user);
  const handle = asText(user?.username);
  if (user === undefined || handle === undefined || handle.length > 100) {
    out.skipped.push({ reason: 'no-author', detail: pk });
    return undefined;
  }
  const createdAt = readTime(post.taken_at);
  if (createdAt === undefined) {
    out.skipped.push({ reason: 'no-created-at', detail: pk });
    return undefined;
  }
  const url = permalinkFor(handle, pk, asText(post.code));
  if (url === undefined) {
    out.skipped.push({ reason: 'no-permalink', detail: pk });
    return undefined;
  }
  const info = asRecord(post.text_post_app_info);
  const { text, entities } = readText(post, info);
  const candidate: Candidate = {
    id: postId('threads', pk),
    platform: 'threads',
    nativeId: pk,
    url,
    author: readAuthor(user, handle),
    text,
    entities,
    createdAt,
    sortAt: createdAt,
    media: readMedia(post),
    edited: post.caption_is_edited === true,
    sensitive: info?.is_spoiler_media === true,
    capture: readCapture(context),
  };
  const lang = asText(post.detected_language);
  if (lang !== undefined && lang.length <= 20) candidate.lang = lang;
  const linkCard = readLinkCard(asRecord(info?.link_preview_attachment));
  if (linkCard !== undefined) candidate.linkCard = linkCard;
  const poll = readPoll(info, context.now);
  if (poll !== undefined) candidate.poll = poll;
  const counts = readCounts(post, info, context.now);
  if (counts !== undefined) candidate.counts = counts;
  const topic = asText(asRecord(info?.tag_header)?.display_name);
  if (topic !== undefined) candidate.topic = topic.slice(0, 200);
  return candidate;
}

function readAuthor(user: JsonRecord, handle: string): Record<string, unknown> {
  const author: Record<string, unknown> = {
    handle,
    name: (asText(user.full_name) ?? '').slice(0, 200),
    verified: user.is_verified === true,
  };
  const id = asNumericId(user.pk) ?? asNumericId(user.id);
  if (id !== undefined) author.id = id;
  const avatarUrl = asHttpUrl(user.profile_pic_url);
  if (avatarUrl !== undefined) author.avatarUrl = avatarUrl;
  return author;
}

/** `taken_at` is unix seconds. */
function readTime(value: unknown): number | undefined {
  const seconds = asCount(value);
  return seconds !== undefined && seconds > 0 ? seconds * 1000 : undefined;
}

function readCapture(context: CaptureContext): Record<string, unknown> {
  const capture: Record<string, unknown> = {
    source: 'network',
    timeline: context.timeline,
    firstSeenAt: context.now,
    lastSeenAt: context.now,
  };
  const pageUrl = asHttpUrl(context.pageUrl);
  if (pageUrl !== undefined) capture.pageUrl = pageUrl;
  return capture;
}

/**
 * A reply names its author (`reply_to_author`); the post replied to is known only from the thread:
 * items of one `thread_items` list form a chain (each replies to the one before, which is how a
 * self-thread continuation and a reply shown under its parent arrive), so the caller passes the
 * previous item's id. The first item of a list gets the handle alone.
 */
function readReply(
  info: JsonRecord | undefined,
  parentId: string | undefined,
): Record<string, string> | undefined {
  const to = asRecord(info?.reply_to_author);
  if (info?.is_reply !== true && to === undefined) return undefined;
  const reply: Record<string, string> = {};
  if (parentId !== undefined) reply.toPostId = parentId;
  const toHandle = asText(to?.username);
  if (toHandle !== undefined && toHandle.length <= 100) reply.toHandle = toHandle;
  return reply;
}

function readLinkCard(attachment: JsonRecord | undefined): LinkCard | undefined {
  const url = expandRedirect(attachment?.url);
  if (attachment === undefined || url === undefined) return undefined;
  const card: LinkCard = { url };
  const title = asText(attachment.title);
  if (title !== undefined) card.title = title.slice(0, 1000);
  const imageUrl = asHttpUrl(attachment.image_url);
  if (imageUrl !== undefined) card.imageUrl = imageUrl;
  const domain = asText(attachment.display_url) ?? displayDomain(url);
  if (domain !== undefined) card.domain = domain.slice(0, 255);
  return card;
}

/**
 * Counts as the page shows them: likes (hidden when the author disabled like counts), replies =
 * `direct_reply_count`, reposts, quotes, views = `impression_count` and shares = `reshare_count`
 * (both null on many posts).
 */
function readCounts(post: JsonRecord, info: JsonRecord | undefined, now: number): Counts | undefined {
  const counts: Counts = { readAt: now };
  const likes = post.like_and_view_counts_disabled === true ? undefined : asCount(post.like_count);
  if (likes !== undefined) counts.likes = likes;
  const replies = asCount(info?.direct_reply_count);
  if (replies !== undefined) counts.replies = replies;
  const reposts = asCount(info?.repost_count);
  if (reposts !== undefined) counts.reposts = reposts;
  const quotes = asCount(info?.quote_count);
  if (quotes !== undefined) counts.quotes = quotes;
  const views = asCount(info?.impression_count);
  if (views !== undefined) counts.views = views;
  const shares = asCount(info?.reshare_count);
  if (shares !== undefined) counts.shares = shares;
  return Object.keys(counts).length > 1 ? counts : undefined;
}
