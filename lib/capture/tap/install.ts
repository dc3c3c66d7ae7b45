import type { Skipped } from '../../parse-result';
import type { TapMessage } from '../bridge';
import type { NetworkCaptureSource, TappedRequest } from '../source';
import { MAX_BODY_CHARS, POSTS_PER_PART, type TapBody, type TapCore, type TapHit } from './core';

class BodyTooLarge extends Error {}
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
    const chars = 'text' in body ? body.text.length : body.chars;
    try {
      if (chars !== undefined && chars > MAX_BODY_CHARS) throw new BodyTooLarge();
      const json: unknown = 'value' in body ? body.value : jsonParse(body.text);
      const result = hit.source.parse(json, {
        timeline: hit.operation,
        pageUrl: options.pageUrl(),
        now: now(),
      });
      read = { posts: result.posts, skipped: countReasons(result.skipped) };
    } catch (error) {
      read = {
        posts: [],
        skipped: { [error instanceof BodyTooLarge ? 'body-too-large' : 'unreadable-response']: 1 },
      };
    }
    // A big response goes in parts (the first carries the skips and counts the response).
    const costMs = clock() - started;
    for (
      let start = 0, part = 0;
      part === 0 || start < read.posts.length;
      start += POSTS_PER_PART, part += 1
    ) {
      options.emit({
        kind: 'posts',
        platform: hit.source.platform,
        operation: hit.operation,
        posts: read.posts.slice(start, start + POSTS_PER_PART),
        skipped: part === 0 ? read.skipped : {},
        ...(part > 0 ? { part } : {}),
        costMs: part === 0 ? costMs : 0,
      });
    }
  };

  const core: TapCore = {
    inspect(request) {
      try {
        const hit = findSource(request);
        if (!hit) reportUnknown(request);
        return hit;
      } catch {
        core.failed('inspect');
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
    failed(where) {
      // Reported as the network of the tap (one per page); emit never throws into the page.
      const platform = options.sources[0]?.platform;
      if (platform) options.emit({ kind: 'tap-failure', platform, operation: where });
    },
  };

  const reuse = installParseReuse(scope, () => core.failed('parse-reuse'));
  wrapFetch(scope, core, reuse);
  wrapXhr(scope, core, reuse);
}

function countReasons(skipped: readonly Skipped[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { reason } of skipped) counts[reason] = (counts[reason] ?? 0) + 1;
  return counts;
}
