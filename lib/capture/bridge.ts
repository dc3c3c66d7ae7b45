import { z } from 'zod';
import { domRepostId, platformSchema } from '../post';

/**
 * The MAIN-world tap and the isolated content script share the page's DOM and nothing else. The tap
 * hands over its results as a string in a CustomEvent on `document` (a string crosses the two worlds
 * intact; an object would not). Unlike window.postMessage, this never reaches the page's own
 * `message` listeners, so the page receives nothing it would not have received without us.
 *
 * The string is a small JSON header, a newline, then the posts as JSON. The isolated side parses
 * only the header (what it needs: the ids, for the DOM fallback, and the counts) and forwards the
 * posts text as it is; the background parses and validates it, off the page's thread. Measured: this
 * halves the page-thread cost of the hand-over (parsing and re-serializing the posts object graph in
 * the isolated world was most of it). The page can read and forge these events: the header is
 * validated here and every post in the background.
 */
export const BRIDGE_EVENT = 'crossfeed:tap';

/** Generous caps: one response yields at most a few hundred posts; anything bigger is not ours. */
export const MAX_BRIDGE_CHARS = 4_000_000;
const MAX_HEADER_CHARS = 200_000;

const postsHeaderSchema = z.object({
  kind: z.literal('posts'),
  platform: platformSchema,
  operation: z.string().min(1).max(100),
  /** How many posts the JSON after the header holds. */
  count: z.number().int().nonnegative().max(1000),
  /** Their ids, and for reposts the id a DOM stand-in would have (lib/post.ts domRepostId). */
  ids: z.array(z.string().max(200)).max(2000),
  skipped: z.record(z.string().max(100), z.number().int().nonnegative()),
  /** Main-thread milliseconds the tap spent on this response (walk and hand-over). */
  costMs: z.number().nonnegative().optional(),
});

const headerSchema = z.discriminatedUnion('kind', [
  postsHeaderSchema,
  z.object({
    kind: z.literal('unknown-operation'),
    platform: platformSchema,
    operation: z.string().min(1).max(100),
  }),
]);

/** What the tap hands over, before encoding. */
export type TapMessage =
  | {
      kind: 'posts';
      platform: z.infer<typeof platformSchema>;
      operation: string;
      posts: readonly unknown[];
      skipped: Record<string, number>;
      costMs?: number;
    }
  | { kind: 'unknown-operation'; platform: z.infer<typeof platformSchema>; operation: string };

/** What the isolated side reads: the header, and the posts still as JSON text. */
export type ReceivedTapMessage =
  | (z.infer<typeof postsHeaderSchema> & { postsJson: string })
  | Extract<z.infer<typeof headerSchema>, { kind: 'unknown-operation' }>;

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
  return `${stringify(header)}\n${stringify(posts)}`;
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
  const result = headerSchema.safeParse(value);
  if (!result.success) return undefined;
  if (result.data.kind !== 'posts') return result.data;
  const postsJson = detail.slice(newline + 1);
  // A cheap shape check; the background parses and validates every post.
  if (!postsJson.startsWith('[') || !postsJson.endsWith(']')) return undefined;
  return { ...result.data, postsJson };
}

/**
 * Builds the MAIN world's sender. Built-ins are captured now, at document_start, before the page's
 * code runs and could replace them.
 */
export function createBridgeEmitter(scope: typeof globalThis): (message: TapMessage) => void {
  const stringify = scope.JSON.stringify.bind(scope.JSON) as (value: unknown) => string;
  const EventClass = scope.CustomEvent;
  const dispatch = scope.document.dispatchEvent.bind(scope.document);
  return (message) => {
    try {
      dispatch(new EventClass(BRIDGE_EVENT, { detail: encodeTapMessage(message, stringify) }));
    } catch {
      // Nothing may throw into the page.
    }
  };
}
