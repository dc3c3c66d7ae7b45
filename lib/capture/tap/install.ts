import type { CaptureContext, ParseResult, Skipped } from '../../parse-result';
import type { TapMessage } from '../bridge';
import type { NetworkCaptureSource, TappedRequest } from '../source';
import {
  MAX_BODY_CHARS,
  POSTS_PER_PART,
  type StreamHit,
  type TapBody,
  type TapCore,
  type TapHit,
} from './core';
import { installParseReuse } from './parse-reuse';
import { wrapFetch } from './wrap-fetch';
import { wrapWebSocket } from './wrap-websocket';
import { wrapXhr } from './wrap-xhr';

class BodyTooLarge extends Error {}

/**
 * The MAIN-world network tap. It wraps `fetch` and `XMLHttpRequest` (and `WebSocket`, for a source
 * that reads a stream: wrap-websocket.ts) so that the page gets exactly
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
      if (operation) return { source, operation, url: request.url };
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

  /** Runs one parse and hands on its compact result; nothing it does can throw into the page. */
  const read = (hit: TapHit | StreamHit, parse: (context: CaptureContext) => ParseResult) => {
    const started = clock();
    let result: { posts: readonly unknown[]; skipped: Record<string, number> };
    try {
      const parsed = parse({
        timeline: hit.operation,
        pageUrl: options.pageUrl(),
        requestUrl: hit.url,
        now: now(),
      });
      result = { posts: parsed.posts, skipped: countReasons(parsed.skipped) };
    } catch (error) {
      result = {
        posts: [],
        skipped: { [error instanceof BodyTooLarge ? 'body-too-large' : 'unreadable-response']: 1 },
      };
    }
    // A big response goes in parts (the first carries the skips and counts the response).
    const costMs = clock() - started;
    for (
      let start = 0, part = 0;
      part === 0 || start < result.posts.length;
      start += POSTS_PER_PART, part += 1
    ) {
      options.emit({
        kind: 'posts',
        platform: hit.source.platform,
        operation: hit.operation,
        posts: result.posts.slice(start, start + POSTS_PER_PART),
        skipped: part === 0 ? result.skipped : {},
        ...(part > 0 ? { part } : {}),
        costMs: part === 0 ? costMs : 0,
      });
    }
  };

  const walk = (hit: TapHit, body: TapBody) =>
    read(hit, (context) => {
      const chars = 'text' in body ? body.text.length : body.chars;
      if (chars !== undefined && chars > MAX_BODY_CHARS) throw new BodyTooLarge();
      const json: unknown = 'value' in body ? body.value : jsonParse(body.text);
      return hit.source.parse(json, context);
    });

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
    inspectStream(url) {
      try {
        for (const source of options.sources) {
          const operation = source.stream?.match(url);
          if (operation && source.stream) return { source, stream: source.stream, operation, url };
        }
      } catch {
        core.failed('inspect');
      }
      return undefined;
    },
    deliverFrame(hit, frame) {
      setTimer(() => read(hit, (context) => hit.stream.parse(frame, context, jsonParse)), 0);
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
  wrapWebSocket(scope, core);
}

function countReasons(skipped: readonly Skipped[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { reason } of skipped) counts[reason] = (counts[reason] ?? 0) + 1;
  return counts;
}
