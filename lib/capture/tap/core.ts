import type { NetworkCaptureSource, StreamCaptureSource, TappedRequest } from '../source';

/*
 * What the tap's installer (install.ts) and its fetch and XHR wrappers share. Kept apart so the
 * wrappers depend on this and the installer on them, without a cycle.
 */

/** A response the tap reads: which source, the operation it answers, and the request's URL. */
export interface TapHit {
  source: NetworkCaptureSource;
  operation: string;
  url: string;
}

/** A WebSocket the tap reads: which source's stream, the operation, and the socket's URL. */
export interface StreamHit {
  source: NetworkCaptureSource;
  stream: StreamCaptureSource;
  operation: string;
  url: string;
}

/**
 * A body to walk: the value the page parsed (with its size in characters when known: the text's
 * length, or the response's content-length), or text still to parse.
 */
export type TapBody = { value: unknown; chars?: number } | { text: string };

/**
 * Bodies larger than this are not walked (counted as `body-too-large`): no timeline response comes
 * near it (X's largest are ~1.5 MB), and walking 27 MB cost a page over a second.
 */
export const MAX_BODY_CHARS = 8_000_000;

/** A response's content-length header as a size (bytes ≥ characters of its text); undefined when absent. */
export function declaredLength(header: string | null): number | undefined {
  return header !== null && /^\d{1,12}$/.test(header) ? Number(header) : undefined;
}

/** Posts per hand-over message: a response with more is sent in parts, never dropped whole. */
export const POSTS_PER_PART = 100;

/** What the fetch, XHR and WebSocket wrappers share: recognise a request, and hand over a body. */
export interface TapCore {
  inspect(request: TappedRequest): TapHit | undefined;
  /** The stream a socket to `url` carries, when a source reads it. */
  inspectStream(url: string): StreamHit | undefined;
  /** Parses one message of a read socket in a task of its own, after the page's handlers. */
  deliverFrame(hit: StreamHit, frame: string): void;
  /**
   * Walks a body (a parsed value, reused or already an object, or text still to parse) in a task
   * of its own after the page's handlers.
   */
  deliver(hit: TapHit, body: TapBody): void;
  /** The same, now: for callers that already run in a task of their own (one task less). */
  deliverNow(hit: TapHit, body: TapBody): void;
  schedule(callback: () => void, ms?: number): void;
  /** Counts a failure of the tap's own code, which it swallows so the page never sees it. */
  failed(where: TapFailure): void;
}

/** Where the tap's own code failed (counted in capture health as `tap-<where>`). */
export type TapFailure =
  | 'inspect'
  | 'fetch-request'
  | 'fetch-read'
  | 'xhr-open'
  | 'xhr-send'
  | 'xhr-read'
  | 'parse-reuse'
  | 'ws-open'
  | 'ws-read';

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
