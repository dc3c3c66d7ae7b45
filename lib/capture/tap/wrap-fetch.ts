import { declaredLength, REUSE_WAIT_MS, type TapBody, type TapCore, type TapHit } from './core';
import { createFetchRequestReader } from './fetch-request';
import type { ParseReuse } from './parse-reuse';

type AnyFunction = (...args: unknown[]) => unknown;

/**
 * fetch: the page gets the very promise and Response the browser gave. For a response the tap
 * reads, a clone is kept (a tee: the page's body is unaffected) as the fallback, and
 * `Response.prototype.json` / `.text` are watched so that when the page reads the body itself the
 * tap reuses that read (and its parse) instead of reading and parsing the clone. The page's parsed
 * value is walked as soon as it exists (see parse-reuse.ts for why).
 */
export function wrapFetch(scope: typeof globalThis, core: TapCore, reuse: ParseReuse): void {
  const original = scope.fetch as unknown as AnyFunction | undefined;
  const ResponseClass = scope.Response;
  if (typeof original !== 'function' || typeof ResponseClass !== 'function') return;
  const readRequest = createFetchRequestReader(scope, () => scope.location.href);
  const tapped = new WeakMap<Response, { hit: TapHit; clone: Response; done: boolean }>();

  /** `later`: walk in a task of its own (a body the page has not parsed: no hurry, no reuse). */
  const finish = (response: Response, body: TapBody, later = false) => {
    const entry = tapped.get(response);
    if (!entry || entry.done) return;
    entry.done = true;
    entry.clone.body?.cancel().catch(() => undefined);
    if (later) core.deliver(entry.hit, body);
    else core.deliverNow(entry.hit, body);
  };

  const proto = ResponseClass.prototype;
  const originalJson = proto.json as unknown as AnyFunction;
  const originalText = proto.text as unknown as AnyFunction;
  proto.json = function json(this: Response) {
    // eslint-disable-next-line prefer-rest-params -- pass the exact arguments through
    const result = Reflect.apply(originalJson, this, arguments) as Promise<unknown>;
    try {
      if (tapped.has(this))
        result.then(
          (value) => finish(this, { value, chars: declaredLength(this.headers.get('content-length')) }),
          () => undefined,
        );
    } catch {
      // Nothing may disturb the page's read.
      core.failed('fetch-read');
    }
    return result;
  } as typeof proto.json;
  proto.text = function text(this: Response) {
    // eslint-disable-next-line prefer-rest-params -- pass the exact arguments through
    const result = Reflect.apply(originalText, this, arguments) as Promise<string>;
    try {
      if (tapped.has(this)) {
        result.then(
          (body) => {
            reuse.watch(
              this,
              () => body,
              (value, chars) => finish(this, { value, chars }),
            );
            core.schedule(() => {
              if (reuse.unwatch(this)) finish(this, { text: body });
            }, REUSE_WAIT_MS);
          },
          () => undefined,
        );
      }
    } catch {
      // Nothing may disturb the page's read.
      core.failed('fetch-read');
    }
    return result;
  } as typeof proto.text;

  /** Keeps a clone of a read response and waits for the page to read it (or reads it later). */
  const follow = (result: Promise<Response>, hit: TapHit) => {
    result.then(
      (response) => {
        if (!response.ok || response.bodyUsed) return;
        const clone = response.clone();
        tapped.set(response, { hit, clone, done: false });
        // The page may read the body as a stream or not at all: after a while, read the clone.
        core.schedule(() => {
          const entry = tapped.get(response);
          if (!entry || entry.done) return;
          clone.text().then(
            (text) => finish(response, { text }, true),
            () => undefined,
          );
        }, 2000);
      },
      () => undefined,
    );
  };

  const fetch = function fetch(this: unknown, input: unknown, init?: unknown): unknown {
    // Read before the call: fetch consumes a Request's body (fetch-request.ts clones it first).
    let request: ReturnType<typeof readRequest> | undefined;
    try {
      request = readRequest(input, init);
    } catch {
      core.failed('fetch-request');
    }
    // eslint-disable-next-line prefer-rest-params -- pass the exact arguments through
    const result = Reflect.apply(original, this, arguments) as Promise<Response>;
    try {
      if (request && result && typeof result.then === 'function') {
        if ('then' in request) {
          request.then(
            (read) => {
              const hit = core.inspect(read);
              if (hit) follow(result, hit);
            },
            () => core.failed('fetch-request'),
          );
        } else {
          const hit = core.inspect(request);
          if (hit) follow(result, hit);
        }
      }
    } catch {
      // The page's request goes on untouched whatever happens here.
      core.failed('fetch-request');
    }
    return result;
  };
  scope.fetch = fetch as unknown as typeof scope.fetch;
}
