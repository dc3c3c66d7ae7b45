import type { Skipped } from '../../post';
import type { TapMessage } from '../bridge';
import type { NetworkCaptureSource, TappedRequest } from '../source';
import { installParseReuse } from './parse-reuse';
import { wrapFetch } from './wrap-fetch';
import { wrapXhr } from './wrap-xhr';

/**
 * The MAIN-world network tap. It wraps `fetch` and `XMLHttpRequest` so that the page gets exactly
 * what it would get without Crossfeed (same promise, same Response, same events, errors, timing and
 * bytes), and, for responses a capture source reads, walks the parsed body *here*, where it already
 * is. Only the compact result crosses to the isolated world. Where the page parses the body itself,
 * its parse is reused and walked as the page's call returns it (parse-reuse.ts explains why then);
 * otherwise the tap parses once, in a task of its own after the page's handlers.
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

/** A response the tap reads: which source, and the operation it answers. */
export interface TapHit {
  source: NetworkCaptureSource;
  operation: string;
}

export type TapBody = { value: unknown } | { text: string };

/** What the fetch and XHR wrappers share: recognise a request, and hand over a body. */
export interface TapCore {
  inspect(request: TappedRequest): TapHit | undefined;
  /**
   * Walks a body (a parsed value, reused or already an object, or text still to parse) in a task
   * of its own after the page's handlers.
   */
  deliver(hit: TapHit, body: TapBody): void;
  /** The same, now: for callers that already run in a task of their own (one task less). */
  deliverNow(hit: TapHit, body: TapBody): void;
  schedule(callback: () => void, ms?: number): void;
}

export function installNetworkTap(scope: typeof globalThis, options: TapOptions): void {
  const jsonParse = scope.JSON.parse.bind(scope.JSON);
  const setTimer = scope.setTimeout.bind(scope);
  const clock = scope.performance ? () => scope.performance.now() : () => Date.now();
  const now = options.now ?? (() => Date.now());

  const findSource = (request: TappedRequest): TapHit | undefined => {
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

  const walk = (hit: TapHit, body: TapBody) => {
    const started = clock();
    let read: { posts: readonly unknown[]; skipped: Record<string, number> };
    try {
      const json: unknown = 'value' in body ? body.value : jsonParse(body.text);
      const result = hit.source.parse(json, {
        timeline: hit.operation,
        pageUrl: options.pageUrl(),
        now: now(),
      });
      read = { posts: result.posts, skipped: countReasons(result.skipped) };
    } catch {
      read = { posts: [], skipped: { 'unreadable-response': 1 } };
    }
    options.emit({
      kind: 'posts',
      platform: hit.source.platform,
      operation: hit.operation,
      ...read,
      costMs: clock() - started,
    });
  };

  const core: TapCore = {
    inspect(request) {
      try {
        const hit = findSource(request);
        if (!hit) reportUnknown(request);
        return hit;
      } catch {
        return undefined;
      }
    },
    deliver(hit, body) {
      setTimer(() => walk(hit, body), 0);
    },
    deliverNow: walk,
    schedule(callback, ms = 0) {
      setTimer(callback, ms);
    },
  };

  const reuse = installParseReuse(scope);
  wrapFetch(scope, core, reuse);
  wrapXhr(scope, core, reuse);
}

function countReasons(skipped: readonly Skipped[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { reason } of skipped) counts[reason] = (counts[reason] ?? 0) + 1;
  return counts;
}

/** The request body as text when it is text already; a stream or blob is never read (it would be consumed). */
export function bodyText(body: unknown): string | undefined {
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

/** How long the tap waits, after a response is complete, for the page to parse it itself. */
export const REUSE_WAIT_MS = 50;
