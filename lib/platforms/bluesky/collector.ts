import type { Capture, Post, Reply } from '../../post';
import type { CaptureContext, Skipped } from '../../parse-result';
import { isHttpUrl } from '../../kit/json-read';
import { BLUESKY_SKIP } from './skip-reasons';

/** Why a post referenced by a response was not delivered in it. */
export type Unavailable = 'not-found' | 'blocked' | 'detached';

/** One reading of a post: a full postView, or the thinner viewRecord of a quote. */
interface Reading {
  post: Post;
  full: boolean;
}

/** What one parse accumulates. */
export interface BlueskyCollector {
  readings: Reading[];
  skipped: Skipped[];
  /** The same capture block for every post of one response. */
  capture: Capture;
  /** context.now: when the counts were read. */
  now: number;
  /** Post URIs the response says are unavailable, and why (a reply to one is marked). */
  unavailable: Map<string, Unavailable>;
  /** Every reply read, with its parent's at-uri, for settle() to complete. */
  replies: Array<{ reply: Reply; parentUri: string }>;
}

export function createCollector(context: CaptureContext): BlueskyCollector {
  return {
    readings: [],
    skipped: [],
    capture: {
      source: 'network',
      timeline: context.timeline,
      // An unusable page URL is dropped rather than failing every post of the response.
      ...(isHttpUrl(context.pageUrl) ? { pageUrl: context.pageUrl } : {}),
      firstSeenAt: context.now,
      lastSeenAt: context.now,
    },
    now: context.now,
    unavailable: new Map(),
    replies: [],
  };
}

/** Adds a built post; `full` when read from a postView (counts incl. bookmarks, the view embed). */
export function addPost(out: BlueskyCollector, post: Post, full: boolean): void {
  out.readings.push({ post, full });
}

const UNAVAILABLE_SKIP: Record<Unavailable, string> = {
  'not-found': BLUESKY_SKIP.notFound,
  blocked: BLUESKY_SKIP.blocked,
  detached: BLUESKY_SKIP.detached,
};

/**
 * A post the response names but cannot show. Counted once per URI per response (a blocked thread
 * root is often both the root and the parent of a feed item), and remembered so that a reply to it
 * gets `parentUnavailable`.
 */
export function markUnavailable(out: BlueskyCollector, uri: unknown, why: Unavailable): void {
  if (typeof uri === 'string') {
    if (out.unavailable.has(uri)) return;
    out.unavailable.set(uri, why);
  }
  out.skipped.push({
    reason: UNAVAILABLE_SKIP[why],
    detail: typeof uri === 'string' ? uri.slice(0, 200) : undefined,
  });
}

/**
 * The rows of one response. A post read several times (a feed item that is also another item's
 * reply parent, a post that is also quoted) becomes one row: a full postView reading beats a
 * quote's viewRecord, otherwise the later reading wins; `pinned` is a fact about the post, so any
 * reading that says so keeps it. Replies then learn their parent's handle and availability from the
 * rest of the response (the record names only the parent's URI).
 */
export function settle(out: BlueskyCollector): Post[] {
  // Keyed by the native id (the at-uri as the JSON gave it): the row id is `bluesky:` + it.
  const best = new Map<string, Reading>();
  for (const reading of out.readings) {
    const key = reading.post.nativeId;
    const previous = best.get(key);
    if (previous === undefined) {
      best.set(key, reading);
      continue;
    }
    const keep = reading.full || !previous.full ? reading : previous;
    if (previous.post.pinned === true || reading.post.pinned === true) keep.post.pinned = true;
    best.set(key, keep);
  }
  for (const { reply, parentUri } of out.replies) {
    if (reply.toHandle === undefined) {
      const parent = best.get(parentUri);
      if (parent !== undefined) reply.toHandle = parent.post.author.handle;
    }
    if (reply.parentUnavailable === undefined) {
      const why = out.unavailable.get(parentUri);
      if (why === 'not-found' || why === 'blocked') reply.parentUnavailable = why;
    }
  }
  const posts: Post[] = [];
  for (const { post } of best.values()) posts.push(post);
  return posts;
}
