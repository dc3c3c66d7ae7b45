/**
 * Reuse of the page's own parse. X's app reads a GraphQL response's `responseText` and passes it to
 * `JSON.parse`; parsing the same megabytes a second time is the largest cost the tap could add to
 * the page's thread. So `JSON.parse` is wrapped: it returns exactly what the original returns, and
 * when its argument is the body of a response the tap is waiting for (same length, same string —
 * usually the very same string object), the tap keeps a reference to the page's result and walks
 * that instead of parsing again. Calls with a reviver are left alone (their result is not the plain
 * parse). For every other call the wrapper costs one size check.
 */
export interface ParseReuse {
  /** Starts watching for the page to parse the body that `readBody` returns (undefined: not ready). */
  watch(key: object, readBody: () => string | undefined): void;
  /** Stops watching; gives the page's parsed value if the page parsed that body meanwhile. */
  take(key: object): { value: unknown } | undefined;
}

/** Bodies shorter than this are cheap to parse twice and not worth comparing. */
const MIN_BODY_CHARS = 2048;

type AnyFunction = (...args: unknown[]) => unknown;

export function installParseReuse(scope: typeof globalThis): ParseReuse {
  const json = scope.JSON;
  const original = json.parse as unknown as AnyFunction;
  const watched = new Map<object, { readBody: () => string | undefined; result?: { value: unknown } }>();

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
        for (const entry of watched.values()) {
          if (entry.result) continue;
          const body = entry.readBody();
          if (body !== undefined && body.length === text.length && body === text) {
            entry.result = { value };
            break;
          }
        }
      } catch {
        // Never disturb the page's parse.
      }
    }
    return value;
  };
  json.parse = parse as typeof json.parse;

  return {
    watch(key, readBody) {
      watched.set(key, { readBody });
    },
    take(key) {
      const entry = watched.get(key);
      watched.delete(key);
      return entry?.result;
    },
  };
}
