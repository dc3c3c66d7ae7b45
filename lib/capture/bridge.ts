import { z } from 'zod';
import { platformSchema } from '../post';

/**
 * The MAIN-world tap and the isolated content script share the page's DOM and nothing else. The tap
 * hands over compact results as a JSON string in a CustomEvent on `document` (a string crosses the
 * two worlds intact; an object would not). Unlike window.postMessage, this never reaches the page's
 * own `message` listeners, so the page receives nothing it would not have received without us.
 * The page can read and forge these events: the isolated side validates every one.
 */
export const BRIDGE_EVENT = 'crossfeed:tap';

/** Generous caps: one response yields at most a few hundred posts; anything bigger is not ours. */
export const MAX_BRIDGE_CHARS = 4_000_000;

export const tapMessageSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('posts'),
    platform: platformSchema,
    operation: z.string().min(1).max(100),
    posts: z.array(z.unknown()).max(1000),
    skipped: z.record(z.string().max(100), z.number().int().nonnegative()),
    /** Main-thread milliseconds the tap spent on this response (read, parse, hand over). */
    costMs: z.number().nonnegative().optional(),
  }),
  z.object({
    kind: z.literal('unknown-operation'),
    platform: platformSchema,
    operation: z.string().min(1).max(100),
  }),
]);
export type TapMessage = z.infer<typeof tapMessageSchema>;

/** Reads one bridge event's detail; undefined for anything that is not a well-formed tap message. */
export function readTapMessage(detail: unknown): TapMessage | undefined {
  if (typeof detail !== 'string' || detail.length > MAX_BRIDGE_CHARS) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(detail);
  } catch {
    return undefined;
  }
  const result = tapMessageSchema.safeParse(value);
  return result.success ? result.data : undefined;
}

/**
 * Builds the MAIN world's sender. Built-ins are captured now, at document_start, before the page's
 * code runs and could replace them.
 */
export function createBridgeEmitter(scope: typeof globalThis): (message: TapMessage) => void {
  const stringify = scope.JSON.stringify.bind(scope.JSON);
  const EventClass = scope.CustomEvent;
  const dispatch = scope.document.dispatchEvent.bind(scope.document);
  return (message) => {
    try {
      dispatch(new EventClass(BRIDGE_EVENT, { detail: stringify(message) }));
    } catch {
      // Nothing may throw into the page.
    }
  };
}
