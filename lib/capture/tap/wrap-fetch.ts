import { bodyText, declaredLength, REUSE_WAIT_MS, type TapBody, type TapCore, type TapHit } from './core';
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
  const RequestClass = scope.Request;
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

  const fetch = function fetch(this: unknown, input: unknown, init?: unknown): unknown {
    // eslint-disable-next-line prefer-rest-params -- pass the exact arguments through
    const result = Reflect.apply(original, this, arguments) as Promise<Response>;
    try {
      const isRequest = typeof RequestClass === 'function' && input instanceof RequestClass;
      const url = isRequest ? (input as Request).url : String(input);
      const initObject = (init ?? {}) as { method?: unknown; body?: unknown };
      const method = String(
        initObject.method ?? (isRequest ? (input as Request).method : 'GET'),
      ).toUpperCase();
      const hit = core.inspect({
        url: new URL(url, scope.location.href).href,
        method,
        body: bodyText(initObject.body),
      });
      if (hit && result && typeof result.then === 'function') {
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
      }
    } catch {
      // The page's request goes on untouched whatever happens here.
      core.failed('fetch-request');
    }
    return result;
  };
  scope.fetch = fetch as unknown as typeof scope.fetch;
}
