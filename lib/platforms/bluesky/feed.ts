import type { Post } from '../../post';
import { postId } from '../../parse-result';
import { isRecord, rec, str } from '../../kit/json-read';
import { readAuthor } from './author';
import { buildPost } from './build-post';
import { addPost, markUnavailable, type BlueskyCollector } from './collector';
import { parseDatetime } from './dates';
import { parseRecordUri, REPOST_COLLECTION } from './ids';
import { BLUESKY_SKIP } from './skip-reasons';
import { unavailableKind } from './unavailable';

/**
 * One app.bsky.feed.defs#feedViewPost (getTimeline, getFeed, getAuthorFeed, getListFeed,
 * getActorLikes): its post, the reason it is in the feed (a repost, a pin), and the reply context
 * the app shows above it — `reply.parent` and `reply.root` post views are posts the user sees, so
 * they are stored as rows of their own; unavailable ones are counted.
 */
export function readFeedItem(item: unknown, out: BlueskyCollector): void {
  if (!isRecord(item) || !isRecord(item.post)) {
    out.skipped.push({
      reason: BLUESKY_SKIP.noPost,
      detail: isRecord(item) ? 'feed item without post' : typeof item,
    });
    return;
  }
  const post = buildPost(item.post, 'postView', out);
  const reason = item.reason;
  if (reason !== undefined) readReason(reason, post, out);
  const reply = rec(item, 'reply');
  if (reply !== undefined) {
    readContextSlot(reply.parent, out);
    readContextSlot(reply.root, out);
  }
}

/** A reply ref slot: a postView, or a notFoundPost / blockedPost placeholder. */
export function readContextSlot(slot: unknown, out: BlueskyCollector): void {
  if (slot === undefined) return;
  const why = unavailableKind(slot);
  if (why !== undefined) markUnavailable(out, str(slot, 'uri'), why);
  else buildPost(slot, 'postView', out);
}

/**
 * reasonRepost ({ by, uri?, indexedAt }) is told by its reposter; reasonPin is an empty object, told
 * by its $type. Anything else keeps the post and is counted.
 */
function readReason(reason: unknown, post: Post | undefined, out: BlueskyCollector): void {
  if (isRecord(reason) && reason.by !== undefined) {
    if (post === undefined) out.skipped.push({ reason: BLUESKY_SKIP.repostOfSkipped });
    else addRepost(reason, post, out);
  } else if (str(reason, '$type') === 'app.bsky.feed.defs#reasonPin') {
    if (post !== undefined) post.pinned = true;
  } else {
    out.skipped.push({ reason: BLUESKY_SKIP.unknownReason, detail: str(reason, '$type')?.slice(0, 100) });
  }
}

/**
 * The repost row: the original's content, who reposted it and when (sortAt = the repost time). Its
 * id is the repost record's own at-uri when the AppView sends it (since 2024), else one derived from
 * the original and the reposter's DID, stable across captures. The original is its own row too.
 */
function addRepost(reason: Record<string, unknown>, original: Post, out: BlueskyCollector): void {
  const by = readAuthor(reason.by);
  if (by === undefined || by.id === undefined) {
    out.skipped.push({ reason: BLUESKY_SKIP.repostWithoutReposter, detail: original.nativeId });
    return;
  }
  const repostUri = parseRecordUri(reason.uri);
  const ownUri = repostUri?.collection === REPOST_COLLECTION ? repostUri.uri : undefined;
  if (ownUri === undefined && reason.uri !== undefined) {
    // The row is kept under the derived id, which differs from the one the server meant: counted.
    out.skipped.push({ reason: BLUESKY_SKIP.badRepostUri, detail: original.nativeId });
  }
  const nativeId = ownUri ?? `${original.nativeId}-rp-${by.id}`;
  const at = parseDatetime(reason.indexedAt);
  const reposter: NonNullable<Post['repost']>['by'] = { id: by.id, handle: by.handle };
  if (by.name) reposter.name = by.name;
  const row: Post = {
    ...original,
    id: postId('bluesky', nativeId),
    nativeId,
    sortAt: at ?? original.sortAt,
    repost:
      at === undefined
        ? { originalId: original.id, by: reposter }
        : { originalId: original.id, by: reposter, at },
  };
  delete row.pinned;
  addPost(out, row, true);
}
