import type { XCollector } from './collector';
import { X_INSTRUCTION_PATHS, X_TWEET_RESULT_PATHS } from './operations';
import { arr, isRecord, path, rec, str } from '../../kit/json-read';
import { X_SKIP } from './skip-reasons';
import { readTweetSlot } from './tweet';

/**
 * Where a response keeps its posts: the timeline `instructions` of any operation in the table, or a
 * bare tweet result (TweetResultByRestId: `{ result }`, TweetResultsByRestIds: `[{ result }]`).
 * The table's paths are tried first; if none holds, the first `instructions` array found by a
 * bounded walk is used, so a renamed wrapper (X does rename them: `timeline_v2` → `timeline`)
 * keeps working.
 */
export type XPayload = { instructions: unknown[] } | { tweetResults: unknown[] };

export function locateXPayload(json: unknown): XPayload | undefined {
  for (const keys of X_INSTRUCTION_PATHS) {
    const found = path(json, keys);
    if (Array.isArray(found)) return { instructions: found };
  }
  for (const keys of X_TWEET_RESULT_PATHS) {
    const found = path(json, keys);
    if (Array.isArray(found)) return { tweetResults: found };
    if (isRecord(found)) return { tweetResults: [found] };
  }
  const instructions = findInstructions(json);
  return instructions ? { instructions } : undefined;
}

/** Breadth-first, a few levels down, never into tweets: only wrappers hold `instructions`. */
function findInstructions(json: unknown): unknown[] | undefined {
  let level: unknown[] = [json];
  for (let depth = 0; depth < 8 && level.length > 0; depth += 1) {
    const next: unknown[] = [];
    for (const node of level) {
      if (!isRecord(node)) continue;
      if (Array.isArray(node.instructions)) return node.instructions;
      for (const [key, child] of Object.entries(node)) {
        if (isRecord(child) && key !== 'legacy' && key !== 'core') next.push(child);
      }
    }
    level = next;
  }
  return undefined;
}

/** Reads every tweet of a located payload into the collector. */
export function readXPayload(payload: XPayload, out: XCollector): void {
  if ('tweetResults' in payload) {
    for (const slot of payload.tweetResults) readTweetSlot(slot, out);
    return;
  }
  for (const instruction of payload.instructions) {
    // Instructions are recognised by what they carry, not by `type`: TimelineAddEntries has
    // `entries`, TimelinePinEntry and TimelineReplaceEntry an `entry`, TimelineAddToModule
    // `moduleItems`. ClearCache, ShowAlert, TerminateTimeline… carry no posts.
    for (const entry of arr(instruction, 'entries') ?? []) readEntry(entry, out);
    const single = rec(instruction, 'entry');
    if (single) readEntry(single, out);
    for (const item of arr(instruction, 'moduleItems') ?? []) readItem(item, out);
  }
}

/**
 * An entry is one timeline row: a single item (`content.itemContent`), or a module
 * (`content.items[].item.itemContent`: conversations, threads, "you might like", who-to-follow).
 */
function readEntry(entry: unknown, out: XCollector): void {
  const content = rec(entry, 'content');
  const entryId = str(entry, 'entryId') ?? '';
  const single = rec(content, 'itemContent');
  if (single) readItemContent(single, entryId, out);
  for (const item of arr(content, 'items') ?? []) readItem(item, out, entryId);
}

function readItem(item: unknown, out: XCollector, parentId = ''): void {
  const itemContent = rec(rec(item, 'item'), 'itemContent');
  if (itemContent) readItemContent(itemContent, str(item, 'entryId') ?? parentId, out);
}

/**
 * Only items holding `tweet_results` are posts; users, trends, cursors, prompts and messages are
 * not, and are ignored without a count. An ad is skipped whole (its quoted post too).
 */
function readItemContent(itemContent: Record<string, unknown>, entryId: string, out: XCollector): void {
  if (!('tweet_results' in itemContent)) return;
  if (isRecord(itemContent.promotedMetadata) || entryId.startsWith('promoted-')) {
    out.skipped.push({ reason: X_SKIP.promoted, detail: entryId });
    return;
  }
  readTweetSlot(itemContent.tweet_results, out);
}
