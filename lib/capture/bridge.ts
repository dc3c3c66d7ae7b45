import { isRecord } from '../kit/json-read';
import { PLATFORMS, type Platform } from '../platforms/registry';
import { domRepostId } from '../parse-result';
import { compactRepostRows } from './posts-wire';

/**
 * The MAIN-world tap and the isolated content script share the page's DOM and nothing else. The tap
 * hands over its results as a string in a CustomEvent on `document` (a string crosses the two worlds
 * intact; an object would not). Unlike window.postMessage, this never reaches the page's own
 * `message` listeners, so the page receives nothing it would not have received without us.
 *
 * The string is a small JSON header, a newline, then the posts as JSON (repost rows compacted, see
 * posts-wire.ts). The isolated side parses
 * only the header (what it needs: the ids, for the DOM fallback, and the counts) and forwards the
 * posts text as it is; the background parses and validates it, off the page's thread. Measured: this
 * halves the page-thread cost of the hand-over (parsing and re-serializing the posts object graph in
 * the isolated world was most of it). The page can read and forge these events: the header is
 * validated here and every post in the background.
 */
export const BRIDGE_EVENT = 'crossfeed:tap';

/** Generous caps: one response yields at most a few hundred posts; anything bigger is not ours. */
export const MAX_BRIDGE_CHARS = 4_000_000;

/**
 * The size a hand-over aims for: posts beyond it go in several. Chromium's extension messaging
 * (runtime.sendMessage and port.postMessage alike), which the isolated side then uses, costs the
 * page's thread 0.5–1.3 ms for a message up to about 128 KB in memory and 5–7 ms just above it
 * (measured here in Debian's Chromium: 96 K one-byte characters 1.3 ms, 128 K 6.5 ms; 100 Bluesky
 * posts, 121 K characters, 6.2 ms). One emoji makes a JSON text two-byte (two bytes a character),
 * and the message escapes its quotes (about a tenth more), so parts of this size stay below the step
 * either way. (Escaping wide characters to keep the text one-byte did not help: V8 keeps the result
 * of a replace on a two-byte text two-byte, and the escaping itself cost 0.35 ms a response.)
 */
export const PART_TARGET_CHARS = 48_000;
const MAX_HEADER_CHARS = 200_000;

/** What the tap hands over, before encoding. */
export type TapMessage =
  | {
      kind: 'posts';
      platform: Platform;
      operation: string;
      posts: readonly unknown[];
      skipped: Record<string, number>;
      /** A later part of one response (a big response is handed over in parts); absent for the first. */
      part?: number;
      /** Main-thread milliseconds the tap spent on this response (walk and hand-over). */
      costMs?: number;
    }
  | { kind: 'unknown-operation'; platform: Platform; operation: string }
  /** The tap's own code failed here (it swallowed the error so the page never saw it): counted. */
  | { kind: 'tap-failure'; platform: Platform; operation: string };

/** The header of a posts message: everything but the posts, plus what the isolated side needs. */
export interface PostsHeader {
  kind: 'posts';
  platform: Platform;
  operation: string;
  /** How many posts the JSON after the header holds. */
  count: number;
  /** Their ids, and for reposts the id a DOM stand-in would have (lib/post.ts domRepostId). */
  ids: string[];
  skipped: Record<string, number>;
  part?: number;
  costMs?: number;
}

/** What the isolated side reads: the header, and the posts still as JSON text. */
export type ReceivedTapMessage =
  (PostsHeader & { postsJson: string }) | Extract<TapMessage, { kind: 'unknown-operation' | 'tap-failure' }>;

/** The ids the DOM fallback must not send again: each post's, and a repost's DOM stand-in's. */
export function deliveredIds(posts: readonly unknown[]): string[] {
  const ids: string[] = [];
  for (const post of posts) {
    const candidate = post as {
      id?: unknown;
      repost?: { originalId?: unknown; by?: { handle?: unknown } };
    } | null;
    if (typeof candidate?.id === 'string') ids.push(candidate.id);
    const originalId = candidate?.repost?.originalId;
    const handle = candidate?.repost?.by?.handle;
    if (typeof originalId === 'string' && typeof handle === 'string')
      ids.push(domRepostId(originalId, handle));
  }
  return ids;
}

/** Encodes a tap message as the bridge's string (header, newline, posts JSON). */
export function encodeTapMessage(
  message: TapMessage,
  stringify: (value: unknown) => string = JSON.stringify,
): string {
  if (message.kind !== 'posts') return `${stringify(message)}\n`;
  const { posts, ...rest } = message;
  const header = { ...rest, count: posts.length, ids: deliveredIds(posts) };
  return `${stringify(header)}\n${stringify(compactRepostRows(posts))}`;
}

/** Reads one bridge event's detail; undefined for anything that is not a well-formed tap message. */
export function readTapMessage(detail: unknown): ReceivedTapMessage | undefined {
  if (typeof detail !== 'string' || detail.length > MAX_BRIDGE_CHARS) return undefined;
  const newline = detail.indexOf('\n');
  if (newline < 0 || newline > MAX_HEADER_CHARS) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(detail.slice(0, newline));
  } catch {
    return undefined;
  }
  if (!isRecord(value) || !isPlatform(value.platform) || !isName(value.operation)) return undefined;
  const { platform, operation } = value;
  if (value.kind === 'unknown-operation' || value.kind === 'tap-failure')
    return { kind: value.kind, platform, operation };
  if (value.kind !== 'posts') return undefined;
  const { count, ids, skipped, costMs, part } = value;
  if (part !== undefined && !isCount(part)) return undefined;
  if (!isCount(count) || count > 1000) return undefined;
  if (!Array.isArray(ids) || ids.length > 2000 || !ids.every((id) => isString(id, 200))) return undefined;
  if (!isSkipCounts(skipped)) return undefined;
  if (costMs !== undefined && !(typeof costMs === 'number' && costMs >= 0)) return undefined;
  const postsJson = detail.slice(newline + 1);
  // A cheap shape check; the background parses and validates every post.
  if (!postsJson.startsWith('[') || !postsJson.endsWith(']')) return undefined;
  return {
    kind: 'posts',
    platform,
    operation,
    count,
    ids: ids as string[],
    skipped,
    ...(part !== undefined ? { part } : {}),
    ...(costMs !== undefined ? { costMs } : {}),
    postsJson,
  };
}

// The header is checked by hand rather than with zod: this runs on the page's thread for every
// captured response, and these few checks cost a tenth of a schema parse (bench `tap`).
function isString(value: unknown, maxLength: number): value is string {
  return typeof value === 'string' && value.length <= maxLength;
}

function isName(value: unknown): value is string {
  return isString(value, 100) && value.length > 0;
}

function isPlatform(value: unknown): value is Platform {
  return (PLATFORMS as readonly unknown[]).includes(value);
}

function isCount(value: unknown): value is number {
  return Number.isSafeInteger(value) && (value as number) >= 0;
}

function isSkipCounts(value: unknown): value is Record<string, number> {
  if (!isRecord(value)) return false;
  for (const key in value) if (key.length > 100 || !isCount(value[key])) return false;
  return true;
}

/**
 * Builds the MAIN world's sender. Built-ins are captured now, at document_start, before the page's
 * code runs and could replace them.
 */
export function createBridgeEmitter(scope: typeof globalThis): (message: TapMessage) => void {
  const stringify = scope.JSON.stringify.bind(scope.JSON) as (value: unknown) => string;
  const EventClass = scope.CustomEvent;
  const dispatch = scope.document.dispatchEvent.bind(scope.document);
  const send = (message: TapMessage): void => {
    const detail = encodeTapMessage(message, stringify);
    if (message.kind !== 'posts' || detail.length <= PART_TARGET_CHARS || message.posts.length <= 1) {
      if (detail.length <= MAX_BRIDGE_CHARS) dispatch(new EventClass(BRIDGE_EVENT, { detail }));
      else if (message.kind === 'posts')
        // One post longer than any hand-over (a text of megabytes): counted, never sent.
        send({ ...message, posts: [], skipped: { ...message.skipped, 'post-too-large': 1 } });
      return;
    }
    // Too long for one cheap hand-over: as many even parts as its size asks for, each checked again.
    const { posts } = message;
    const parts = Math.min(posts.length, Math.ceil(detail.length / PART_TARGET_CHARS));
    const size = Math.ceil(posts.length / parts);
    for (let start = 0; start < posts.length; start += size) {
      const first = start === 0;
      send({
        ...message,
        posts: posts.slice(start, start + size),
        // The first part keeps the response's skips, place and cost; later ones say they follow it.
        ...(first ? {} : { skipped: {}, part: (message.part ?? 0) + start, costMs: 0 }),
      });
    }
  };
  return (message) => {
    try {
      send(message);
    } catch {
      // Nothing may throw into the page.
    }
  };
}
