/**
 * Reuse of the page's own parse. X's app reads a GraphQL response's `responseText` and passes it to
 * `JSON.parse`; parsing the same megabytes a second time is the largest cost the tap could add to
 * the page's thread. So `JSON.parse` is wrapped: it returns exactly what the original returns, and
 * when its argument is the body of a response the tap is waiting for (same length, same string —
 * usually the very same string object), the tap is handed the page's result right there, before
 * the page gets it back. Walking it at that moment, while the page's code holds it anyway, keeps the
 * response's objects from living on into a later task of ours only for our sake (measured in a
 * trace: the young-generation collections the walk's allocations trigger took 1–3.6 ms with the
 * objects kept into a later task, 1.1–1.5 ms walked inside the page's call).
 * Calls with a reviver are left alone (their result is not the plain parse). For every other call
 * the wrapper costs one size check.
 */
export interface ParseReuse {
  /**
   * Watches for the page to parse the body that `readBody` returns (undefined: not ready yet), and
   * then calls `onParsed` with the page's value, once, inside the page's call.
   */
  watch(
    key: object,
    readBody: () => string | undefined,
    onParsed: (value: unknown, chars: number) => void,
  ): void;
  /** Stops watching; true when the page had not parsed that body. */
  unwatch(key: object): boolean;
}

/** Bodies shorter than this are cheap to parse twice and not worth comparing. */
const MIN_BODY_CHARS = 2048;

type AnyFunction = (...args: unknown[]) => unknown;

interface Watch {
  readBody: () => string | undefined;
  onParsed: (value: unknown, chars: number) => void;
}

export function installParseReuse(
  scope: typeof globalThis,
  onFailure: () => void = () => undefined,
): ParseReuse {
  const json = scope.JSON;
  const original = json.parse as unknown as AnyFunction;
  const watched = new Map<object, Watch>();

  const parse = function parse(this: unknown, text: unknown, reviver?: unknown): unknown {
    // eslint-disable-next-line prefer-rest-params -- pass the exact arguments through
    const value = Reflect.apply(original, this, arguments);
    if (
      watched.size > 0 &&
      reviver === undefined &&
      typeof text === 'string' &&
      text.length >= MIN_BODY_CHARS
    ) {
      try {
        for (const [key, entry] of watched) {
          const body = entry.readBody();
          if (body === undefined || body.length !== text.length || body !== text) continue;
          watched.delete(key);
          entry.onParsed(value, text.length);
          break;
        }
      } catch {
        // Never disturb the page's parse.
        onFailure();
      }
    }
    return value;
  };
  json.parse = parse as typeof json.parse;

  return {
    watch(key, readBody, onParsed) {
      watched.set(key, { readBody, onParsed });
    },
    unwatch(key) {
      return watched.delete(key);
    },
  };
}
