import { bodyText, declaredLength, REUSE_WAIT_MS, type TapCore, type TapHit } from './core';
import type { ParseReuse } from './parse-reuse';

type AnyFunction = (...args: unknown[]) => unknown;

/**
 * XMLHttpRequest: `open` and `send` are wrapped on the prototype (the page's own instances, events
 * and properties are untouched); a response the tap reads is taken from the page's own parse of
 * `responseText` when it happens, from `response` when the page asked for JSON, or parsed once.
 */
export function wrapXhr(scope: typeof globalThis, core: TapCore, reuse: ParseReuse): void {
  const Xhr = scope.XMLHttpRequest;
  if (typeof Xhr !== 'function') return;
  const proto = Xhr.prototype;
  const originalOpen = proto.open as unknown as AnyFunction;
  const originalSend = proto.send as unknown as AnyFunction;
  const requests = new WeakMap<XMLHttpRequest, { method: string; url: string }>();

  proto.open = function open(this: XMLHttpRequest, method: unknown, url: unknown) {
    try {
      requests.set(this, {
        method: String(method).toUpperCase(),
        url: new URL(String(url), scope.location.href).href,
      });
    } catch {
      requests.delete(this);
      core.failed('xhr-open');
    }
    // eslint-disable-next-line prefer-rest-params -- pass the exact arguments through
    return Reflect.apply(originalOpen, this, arguments);
  } as typeof proto.open;

  proto.send = function send(this: XMLHttpRequest, body?: unknown) {
    try {
      const request = requests.get(this);
      const hit = request ? core.inspect({ ...request, body: bodyText(body) }) : undefined;
      if (hit) track(this, hit, core, reuse);
    } catch {
      // The page's request goes on untouched whatever happens here.
      core.failed('xhr-send');
    }
    // eslint-disable-next-line prefer-rest-params -- pass the exact arguments through
    return Reflect.apply(originalSend, this, arguments);
  } as typeof proto.send;
}

/** Follows one tapped request to its end and hands its body over (the page's parse first). */
function track(xhr: XMLHttpRequest, hit: TapHit, core: TapCore, reuse: ParseReuse): void {
  const textBody = () =>
    xhr.responseType === '' || xhr.responseType === 'text' ? xhr.responseText : undefined;
  let delivered = false;
  reuse.watch(
    xhr,
    () => (xhr.readyState === 4 ? textBody() : undefined),
    (value, chars) => {
      delivered = true;
      core.deliverNow(hit, { value, chars });
    },
  );
  xhr.addEventListener('loadend', () => {
    try {
      if (delivered) return;
      if (xhr.status < 200 || xhr.status >= 300) {
        reuse.unwatch(xhr);
        return;
      }
      if (xhr.responseType === 'json') {
        if (reuse.unwatch(xhr) && xhr.response !== null)
          core.deliver(hit, {
            value: xhr.response,
            chars: declaredLength(xhr.getResponseHeader('content-length')),
          });
        return;
      }
      // The page parses in its load handler (before this) or in a promise soon after; if it has not
      // within REUSE_WAIT_MS, the tap parses the text once itself.
      core.schedule(() => {
        const text = reuse.unwatch(xhr) ? textBody() : undefined;
        if (text !== undefined) core.deliverNow(hit, { text });
      }, REUSE_WAIT_MS);
    } catch {
      reuse.unwatch(xhr);
      core.failed('xhr-read');
    }
  });
}
