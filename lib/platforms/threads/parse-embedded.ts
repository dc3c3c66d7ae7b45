import type { CaptureContext } from '../../parse-result';
import { findThreadHits, type WalkLimits } from './roots';
import { collectHits, emptyOut, finish, type RootCounts } from './parse-thread-hits';
import type { ThreadsParseResult } from './types';

/**
 * The first screen of every Threads page is server-rendered: its posts never come over the network
 * but sit in `<script type="application/json" data-sjs>` blobs (ScheduledServerJS → … →
 * RelayPrefetchedStreamCache → __bbox.result.data). This reads those blobs' texts with the same
 * walker and the same normaliser as the GraphQL parser. Pure, never throws.
 */

/** The page nests the data ~15 levels deep inside the require/__bbox wrappers. */
const EMBEDDED_LIMITS: WalkLimits = { maxDepth: 40, maxNodes: 400_000 };

/** The selector for the blobs, kept here so the content script and the file reader agree. */
export const THREADS_EMBEDDED_SCRIPT_SELECTOR = 'script[type="application/json"][data-sjs]';

export function parseThreadsEmbedded(
  scriptTexts: readonly string[],
  context: CaptureContext,
): ThreadsParseResult {
  const out = emptyOut();
  const roots: RootCounts = {};
  for (const text of scriptTexts) {
    // Most blobs are module maps and config (a page has ~45, up to 200 KB each): a substring test is
    // far cheaper than JSON.parse, and a blob without these keys cannot hold a post.
    if (typeof text !== 'string' || !(text.includes('"thread_items"') || text.includes('"taken_at"')))
      continue;
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      out.skipped.push({ reason: 'bad-embedded-json', detail: `${text.length} chars` });
      continue;
    }
    const found = collectHits(findThreadHits(json, EMBEDDED_LIMITS), context, out);
    for (const [root, count] of Object.entries(found) as Array<[keyof RootCounts, number]>) {
      roots[root] = (roots[root] ?? 0) + count;
    }
  }
  return finish(out, roots, context);
}

/** The blobs' texts, in document order, for the page case (content script, saved HTML files). */
export function extractThreadsScripts(root: ParentNode): string[] {
  const texts: string[] = [];
  for (const script of Array.from(root.querySelectorAll(THREADS_EMBEDDED_SCRIPT_SELECTOR))) {
    const text = script.textContent;
    if (text !== null && text.length > 0) texts.push(text);
  }
  return texts;
}
