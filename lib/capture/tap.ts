import type { Skipped } from '../post';
import type { NetworkCaptureSource, TappedRequest } from './source';
import type { TapMessage } from './bridge';

/**
 * The MAIN-world network tap. It wraps `fetch` and `XMLHttpRequest` so that the page gets exactly
 * what it would get without Crossfeed (same promise, same Response, same events, errors and timing),
 * and, for responses a capture source reads, parses the text *here*, where it already is, after the
 * page's own handlers have run. Only the compact result crosses to the isolated world.
 *
 * Everything here runs on the page's thread in the page's realm: built-ins are captured at
 * document_start before page code can patch them, every hook is wrapped so nothing can throw into
 * the page, and the tap never starts a request of its own.
 */

export interface TapOptions {
  sources: readonly NetworkCaptureSource[];
  emit: (message: TapMessage) => void;
  pageUrl: () => string;
  now?: () => number;
}

type AnyFunction = (...args: unknown[]) => unknown;

export function installNetworkTap(scope: typeof globalThis, options: TapOptions): void {
  const jsonParse = scope.JSON.parse.bind(scope.JSON);
  const schedule = scope.setTimeout.bind(scope);
  const clock = scope.performance ? () => scope.performance.now() : () => Date.now();
  const now = options.now ?? (() => Date.now());

  const findSource = (
    request: TappedRequest,
  ): { source: NetworkCaptureSource; operation: string } | undefined => {
    for (const source of options.sources) {
      const operation = source.match(request);
      if (operation) return { source, operation };
    }
    return undefined;
  };

  const reportUnknown = (request: TappedRequest) => {
    for (const source of options.sources) {
      const operation = source.unknownOperation(request);
      if (operation) {
        options.emit({ kind: 'unknown-operation', platform: source.platform, operation });
        return;
      }
    }
  };

  /** Parses one response body off the page's critical path (a task after the page's own handlers). */
  const handleBody = (hit: { source: NetworkCaptureSource; operation: string }, body: string | object) => {
    schedule(() => {
      try {
        const started = clock();
        const json: unknown = typeof body === 'string' ? jsonParse(body) : body;
        const pageUrl = options.pageUrl();
        const result = hit.source.parse(json, { timeline: hit.operation, pageUrl, now: now() });
        options.emit({
          kind: 'posts',
          platform: hit.source.platform,
          operation: hit.operation,
          posts: result.posts,
          skipped: countReasons(result.skipped),
          costMs: clock() - started,
        });
      } catch {
        options.emit({
          kind: 'posts',
          platform: hit.source.platform,
          operation: hit.operation,
          posts: [],
          skipped: { 'unreadable-response': 1 },
        });
      }
    }, 0);
  };

  const inspect = (request: TappedRequest) => {
    try {
      const hit = findSource(request);
      if (!hit) reportUnknown(request);
      return hit;
    } catch {
      return undefined;
    }
  };

  wrapFetch(scope, inspect, handleBody);
  wrapXhr(scope, inspect, handleBody);
}

function countReasons(skipped: readonly Skipped[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { reason } of skipped) counts[reason] = (counts[reason] ?? 0) + 1;
  return counts;
}

/** The request body as text when it is text already; a stream or blob is never read (it would be consumed). */
function bodyText(body: unknown): string | undefined {
  if (typeof body === 'string') return body;
  if (typeof URLSearchParams !== 'undefined' && body instanceof URLSearchParams) return body.toString();
  if (typeof FormData !== 'undefined' && body instanceof FormData) {
    const params = new URLSearchParams();
    body.forEach((value, key) => {
      if (typeof value === 'string') params.append(key, value);
    });
    return params.toString();
  }
  return undefined;
}

type Inspect = (request: TappedRequest) => { source: NetworkCaptureSource; operation: string } | undefined;
type HandleBody = (hit: { source: NetworkCaptureSource; operation: string }, body: string | object) => void;

function wrapFetch(scope: typeof globalThis, inspect: Inspect, handleBody: HandleBody): void {
  const original = scope.fetch as unknown as AnyFunction | undefined;
  if (typeof original !== 'function') return;
  const RequestClass = scope.Request;
  // A named function with fetch's arity, so the page sees the same shape it expects.
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
      const hit = inspect({
        url: new URL(url, scope.location.href).href,
        method,
        body: bodyText(initObject.body),
      });
      if (hit && result && typeof result.then === 'function') {
        result.then(
          (response) => {
            if (!response.ok) return;
            response
              .clone()
              .text()
              .then(
                (text) => handleBody(hit, text),
                () => undefined,
              );
          },
          () => undefined,
        );
      }
    } catch {
      // The page's request goes on untouched whatever happens here.
    }
    return result;
  };
  scope.fetch = fetch as unknown as typeof scope.fetch;
}

function wrapXhr(scope: typeof globalThis, inspect: Inspect, handleBody: HandleBody): void {
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
    }
    // eslint-disable-next-line prefer-rest-params -- pass the exact arguments through
    return Reflect.apply(originalOpen, this, arguments);
  } as typeof proto.open;

  proto.send = function send(this: XMLHttpRequest, body?: unknown) {
    try {
      const request = requests.get(this);
      const hit = request ? inspect({ ...request, body: bodyText(body) }) : undefined;
      if (hit) {
        this.addEventListener('load', (event) => {
          const xhr = event.currentTarget as XMLHttpRequest;
          try {
            if (xhr.status < 200 || xhr.status >= 300) return;
            const type = xhr.responseType;
            // With responseType "json" the page's own parse is already done: reuse its object.
            if (type === 'json' && xhr.response !== null && typeof xhr.response === 'object')
              handleBody(hit, xhr.response as object);
            else if (type === '' || type === 'text') handleBody(hit, xhr.responseText);
          } catch {
            // Reading the response must never disturb the page.
          }
        });
      }
    } catch {
      // As above: the page's request goes on untouched.
    }
    // eslint-disable-next-line prefer-rest-params -- pass the exact arguments through
    return Reflect.apply(originalSend, this, arguments);
  } as typeof proto.send;
}
