import type { Platform } from '../post';
import type { CaptureContext, ParseResult } from '../parse-result';

/** A request as the network tap saw it leave the page. */
export interface TappedRequest {
  url: string;
  method: string;
  /** The request body when it was a string or URLSearchParams/FormData of strings (Threads names its operation there). */
  body?: string;
}

/**
 * One network capture source: a platform's table of API responses it reads, and its pure parser.
 * The MAIN-world tap asks `match` about every response; only a match is read and parsed, there.
 */
export interface NetworkCaptureSource {
  platform: Platform;
  /** The operation name when this source reads the response to `request`; undefined to ignore it. */
  match(request: TappedRequest): string | undefined;
  /**
   * The name of an API operation this platform serves but the source does not read (counted in
   * capture health, never stored); undefined for anything that is not this platform's API.
   */
  unknownOperation(request: TappedRequest): string | undefined;
  /** Pure: the parsed JSON body in, Posts out; never throws. */
  parse(json: unknown, context: CaptureContext): ParseResult;
  /** The WebSocket streams it reads, for a network that pushes new posts live (Mastodon's streaming API). */
  stream?: StreamCaptureSource;
}

/**
 * A source's WebSocket side: the tap asks `match` about every socket the page opens; only the
 * messages of a matched socket are read, each by `parse`, in a task of its own.
 */
export interface StreamCaptureSource {
  /** The operation name when this source reads the socket at `url`; undefined to leave it alone. */
  match(url: string): string | undefined;
  /**
   * Pure: one message (its text) in, Posts out; never throws. `parseJson` is the JSON.parse the tap
   * captured before the page could patch it.
   */
  parse(frame: unknown, context: CaptureContext, parseJson: (text: string) => unknown): ParseResult;
}

/** A parser of rendered markup: an element in, Posts out; pure, never throws, never reads layout. */
export type DomParser = (root: ParentNode, context: CaptureContext) => ParseResult;
