import type { Post } from '../../post';
import { finishParse, type CaptureContext, type ParseResult, type Skipped } from '../../parse-result';
import { asArray, isRecord, str, type JsonRecord } from '../../kit/json-read';
import { buildPost } from './build-post';
import { createCollector, settle, type BlueskyCollector } from './collector';
import { readContextSlot, readFeedItem } from './feed';
import { readNotifications } from './notifications';
import { BLUESKY_SKIP } from './skip-reasons';
import { readThreadList, readThreadTree } from './thread';

/**
 * Pure parser of one Bluesky XRPC response body, already JSON-parsed: Posts and counted skips out.
 * Reads no globals, never throws. It decides by the response's roots, not by the operation it was
 * told (the same parser reads saved files with no URL at all):
 *   feed[]          feedViewPost    getTimeline, getFeed, getAuthorFeed, getListFeed, getActorLikes
 *   posts[]         postView        getPosts, searchPosts(V2), getQuotes
 *   thread {}       threadViewPost  getPostThread
 *   thread[]        threadItem      getPostThreadV2, getPostThreadOtherV2
 *   bookmarks[]     bookmarkView    getBookmarks
 *   notifications[] notification    listNotifications (counted only)
 * A body with none of them is one `no-posts-root` skip (or `xrpc-error` for an error body).
 *
 * Skips are mostly rows that could not be built; `unsupported-embed`, `bad-embed` and
 * `facet-dropped` are parts of a post that is still emitted (skip-reasons.ts).
 */
export function parseBlueskyXrpc(json: unknown, context: CaptureContext): ParseResult {
  const { candidates, skipped } = walkBlueskyXrpc(json, context);
  return finishParse(candidates, skipped, context.validate);
}

/** The walk alone, before finishParse's schema check (the bench times the two apart). */
export function walkBlueskyXrpc(
  json: unknown,
  context: CaptureContext,
): { candidates: Post[]; skipped: Skipped[] } {
  const out = createCollector(context);
  try {
    if (!readRoots(json, out)) out.skipped.push(noRoot(json));
  } catch (error) {
    // Shapes are checked where they are read; this only turns a parser bug into a count, keeping
    // what was read before it, instead of losing the whole response and the page's capture.
    out.skipped.push({
      reason: BLUESKY_SKIP.parserError,
      detail: (error instanceof Error ? error.message : String(error)).slice(0, 200),
    });
  }
  return { candidates: settleSafely(out), skipped: out.skipped };
}

/** Whether a body has any root this parser reads (for `npm run parse`, which must tell formats apart). */
export function hasBlueskyRoot(json: unknown): boolean {
  if (!isRecord(json)) return false;
  const { feed, posts, thread, bookmarks, notifications } = json;
  return (
    Array.isArray(feed) ||
    Array.isArray(posts) ||
    Array.isArray(thread) ||
    isRecord(thread) ||
    Array.isArray(bookmarks) ||
    Array.isArray(notifications)
  );
}

/** Reads every root the body has; false when it has none. */
function readRoots(json: unknown, out: BlueskyCollector): boolean {
  if (!isRecord(json)) return false;
  let found = false;
  const feed = asArray(json.feed);
  if (feed !== undefined) {
    found = true;
    for (const item of feed) readFeedItem(item, out);
  }
  const posts = asArray(json.posts);
  if (posts !== undefined) {
    found = true;
    for (const view of posts) buildPost(view, 'postView', out);
  }
  const thread = json.thread;
  if (Array.isArray(thread)) {
    found = true;
    readThreadList(thread, out);
  } else if (isRecord(thread)) {
    found = true;
    readThreadTree(thread, out);
  }
  const bookmarks = asArray(json.bookmarks);
  if (bookmarks !== undefined) {
    found = true;
    for (const bookmark of bookmarks) readBookmark(bookmark, out);
  }
  const notifications = asArray(json.notifications);
  if (notifications !== undefined) {
    found = true;
    readNotifications(notifications, out);
  }
  return found;
}

/** app.bsky.bookmark.defs#bookmarkView: `item` is a postView, notFoundPost or blockedPost. */
function readBookmark(bookmark: unknown, out: BlueskyCollector): void {
  const item = isRecord(bookmark) ? bookmark.item : undefined;
  if (item === undefined) {
    out.skipped.push({ reason: BLUESKY_SKIP.noPost, detail: 'bookmark without item' });
    return;
  }
  readContextSlot(item, out);
}

function settleSafely(out: BlueskyCollector): Post[] {
  try {
    return settle(out);
  } catch (error) {
    out.skipped.push({ reason: BLUESKY_SKIP.parserError, detail: String(error).slice(0, 200) });
    return out.readings.map((reading) => reading.post);
  }
}

/** What the body was instead: an XRPC error names itself ({ error, message }). */
function noRoot(json: unknown): { reason: string; detail?: string } {
  const record: JsonRecord | undefined = isRecord(json) ? json : undefined;
  const error = str(record, 'error');
  if (error !== undefined) {
    const message = str(record, 'message');
    return {
      reason: BLUESKY_SKIP.xrpcError,
      detail: `${error}${message ? `: ${message}` : ''}`.slice(0, 200),
    };
  }
  if (record === undefined)
    return { reason: BLUESKY_SKIP.noPostsRoot, detail: Array.isArray(json) ? 'array' : typeof json };
  return { reason: BLUESKY_SKIP.noPostsRoot, detail: Object.keys(record).slice(0, 5).join(',') || undefined };
}
