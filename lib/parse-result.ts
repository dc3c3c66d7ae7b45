import type { Platform } from './platforms/registry';
import type { Post } from './post';

/*
 * What every parser takes and returns, and the ids it builds. Free of zod and of any framework:
 * the MAIN-world tap runs parsers inside the page, where the schema check is left to the
 * background (see CaptureContext.validate), and this keeps zod out of that bundle.
 */

/**
 * The longest native id (the part of a post id after `<platform>:`): from X's 19 digits to a Bluesky
 * at:// URI or a Mastodon status URI. Here rather than in post.ts so parsers in the page need no zod.
 */
export const MAX_NATIVE_ID = 500;

/** Builds the stable id of a post. */
export function postId(platform: Platform, nativeId: string): string {
  return `${platform}:${nativeId}`;
}

/**
 * The id of a repost row read from markup, which never shows the repost's own id: keyed by what it
 * does show, `<original id>-rp-<reposter handle, lowercased>`. It cannot equal a network id and can
 * be computed from a network repost row, so the DOM stand-in is dropped once the network delivers.
 */
export function domRepostId(originalId: string, reposterHandle: string): string {
  return `${originalId}-rp-${reposterHandle.toLowerCase()}`;
}

/** A post that a parser could not turn into a Post, with why (a short, stable, countable reason). */
export interface Skipped {
  reason: string;
  /** Optional detail for logs (the entry id, the missing field); never shown as a count key. */
  detail?: string;
}

/** What every parser returns: the posts it could read, and a counted reason for each it could not. */
export interface ParseResult {
  posts: Post[];
  skipped: Skipped[];
}

/**
 * `npm run parse`'s reader of one network: every network's read-capture-file.ts exports one as
 * `readCaptureText` (scripts/parse.ts finds them through the registry). Saved text in, the posts it
 * holds out, or why it is not that network's capture. `parseHtml` turns a saved page into a DOM,
 * for the networks that read markup.
 */
export type CaptureTextReader = (
  text: string,
  context: CaptureContext,
  parseHtml: (html: string) => ParentNode,
) => ParseResult | { error: string };

/** Checks one candidate row: the post, or a counted reason it is not one (lib/post.ts validatePost). */
export type PostValidator = (candidate: unknown) => { post: Post } | Skipped;

/** What a parser knows about the capture it is reading. */
export interface CaptureContext {
  /** Operation or page kind, stored as `capture.timeline`. */
  timeline: string;
  /** Page URL, when known. */
  pageUrl?: string;
  /**
   * The URL of the request (or WebSocket) whose response is being read, when the tap saw one. It
   * says which server answered where the page's own origin does not: a Mastodon front-end (Phanpy,
   * Elk) runs on its own domain and calls the reader's server from there.
   */
  requestUrl?: string;
  /** The capture time (epoch ms): becomes firstSeenAt/lastSeenAt/counts.readAt. */
  now: number;
  /**
   * Checks each row before it is handed on (validatePost): the isolated content script, `npm run
   * parse` and the tests pass it. The MAIN-world tap does not: it runs in the page's realm, where the
   * page can patch any built-in, so a check there proves nothing, and the background checks every
   * post again before writing (leaving it out takes about a quarter off the tap's time per response).
   */
  validate?: PostValidator;
}

/**
 * The step every parser ends with: a timeline repeats a post (a quote shown twice, a thread and
 * its focal post), so the last reading of an id is kept, in the place of the first; with
 * `validate`, each row that fails it becomes a counted skip, so a parser never hands on a bad row.
 */
export function finishParse(
  candidates: readonly unknown[],
  skipped: Skipped[],
  validate?: PostValidator,
): ParseResult {
  const byId = new Map<string, Post>();
  for (const candidate of candidates) {
    if (validate) {
      const checked = validate(candidate);
      if ('post' in checked) byId.set(checked.post.id, checked.post);
      else skipped.push(checked);
      continue;
    }
    const id = (candidate as { id?: unknown } | null)?.id;
    if (typeof id !== 'string') skipped.push({ reason: 'invalid-post', detail: 'no id' });
    else byId.set(id, candidate as Post);
  }
  return { posts: [...byId.values()], skipped };
}
