import { describe, expect, it } from 'vitest';
import type { TapMessage } from '../../lib/capture/bridge';
import type { NetworkCaptureSource } from '../../lib/capture/source';
import { installNetworkTap } from '../../lib/capture/tap/install';
import type { CaptureContext } from '../../lib/parse-result';

/**
 * The tap's WebSocket side must leave the page's sockets exactly as the browser makes them: same
 * prototype, same constants, `instanceof`, subclassing, the page's own handlers getting the very
 * event objects, in order; only sockets a source's stream matches are read, off the page's dispatch.
 */

/** A stand-in for the browser's WebSocket: `url` an accessor on the prototype, as in browsers. */
class FakeWebSocket extends EventTarget {
  static readonly CONNECTING = 0;
  static readonly OPEN = 1;
  static readonly CLOSING = 2;
  static readonly CLOSED = 3;
  readonly #url: string;
  onmessage: ((event: MessageEvent) => void) | null = null;
  sent: unknown[] = [];
  constructor(url: string | URL, _protocols?: string | string[]) {
    super();
    if (new.target === undefined) throw new TypeError("Failed to construct 'WebSocket'");
    this.#url = new URL(String(url)).href;
  }
  get url() {
    return this.#url;
  }
  send(data: unknown) {
    this.sent.push(data);
  }
  /** The server sends a message: dispatched like the browser does (handler attribute included). */
  receive(data: unknown): MessageEvent {
    const event = new MessageEvent('message', { data });
    this.onmessage?.(event);
    this.dispatchEvent(event);
    return event;
  }
}

const STREAM = 'wss://social.example/api/v1/streaming?stream=user';

interface Parsed {
  frame: unknown;
  context: CaptureContext;
}

function streamSource(parsed: Parsed[]): NetworkCaptureSource {
  return {
    platform: 'mastodon',
    match: () => undefined,
    unknownOperation: () => undefined,
    parse: () => ({ posts: [], skipped: [] }),
    stream: {
      match: (url) => (url.startsWith('wss://social.example/api/v1/streaming') ? 'streaming' : undefined),
      parse: (frame, context, parseJson) => {
        parsed.push({ frame, context });
        const value = parseJson(String(frame)) as { event?: string };
        return { posts: [], skipped: [{ reason: `event-${value.event ?? 'none'}` }] };
      },
    },
  };
}

function install() {
  const WebSocketClass = class extends FakeWebSocket {};
  const scope = {
    JSON: { parse: JSON.parse, stringify: JSON.stringify },
    setTimeout,
    performance,
    location: { href: 'https://social.example/home' },
    EventTarget,
    MessageEvent,
    WebSocket: WebSocketClass,
  } as unknown as typeof globalThis;
  const parsed: Parsed[] = [];
  const messages: TapMessage[] = [];
  installNetworkTap(scope, {
    sources: [streamSource(parsed)],
    emit: (message) => messages.push(message),
    pageUrl: () => 'https://social.example/home',
    now: () => 5,
  });
  return { scope, Original: WebSocketClass, parsed, messages };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('network tap: WebSocket', () => {
  it('leaves the constructor as the page knows it: prototype, constants, name, instanceof, subclasses', () => {
    const { scope, Original } = install();
    const Tapped = scope.WebSocket as unknown as typeof FakeWebSocket;
    expect(Tapped).not.toBe(Original);
    expect(Tapped.prototype).toBe(Original.prototype);
    expect([Tapped.CONNECTING, Tapped.OPEN, Tapped.CLOSING, Tapped.CLOSED]).toEqual([0, 1, 2, 3]);
    expect(Tapped.name).toBe(Original.name);
    expect(Tapped.length).toBe(Original.length);
    const socket = new Tapped(STREAM);
    expect(Object.getPrototypeOf(socket)).toBe(Original.prototype);
    expect(socket).toBeInstanceOf(Tapped);
    expect(socket).toBeInstanceOf(Original);
    expect(socket.constructor).toBe(Tapped);
    expect(Object.keys(socket)).toEqual(Object.keys(new Original(STREAM)));
    class PageSocket extends Tapped {}
    const own = new PageSocket('wss://elsewhere.example/');
    expect(Object.getPrototypeOf(own)).toBe(PageSocket.prototype);
    expect(own).toBeInstanceOf(Tapped);
    // Called without `new`, it fails as the browser's does.
    expect(() => (Tapped as unknown as (url: string) => unknown)(STREAM)).toThrow(TypeError);
  });

  it("hands the page's handlers the very event, in order, and reads a matched socket's text after them", async () => {
    const { scope, parsed, messages } = install();
    const socket = new (scope.WebSocket as unknown as typeof FakeWebSocket)(STREAM);
    const seen: Array<[string, unknown]> = [];
    socket.onmessage = (event) => seen.push(['onmessage', event]);
    socket.addEventListener('message', (event) => {
      seen.push(['listener', event]);
      // Still inside the page's dispatch: the tap has not parsed anything yet.
      seen.push(['parsed so far', parsed.length]);
    });
    const frame = JSON.stringify({ stream: ['user'], event: 'update', payload: '{}' });
    const event = socket.receive(frame);
    expect(seen).toEqual([
      ['onmessage', event],
      ['listener', event],
      ['parsed so far', 0],
    ]);
    expect((event as MessageEvent).data).toBe(frame);
    await tick();
    expect(parsed).toEqual([
      {
        frame,
        context: {
          timeline: 'streaming',
          pageUrl: 'https://social.example/home',
          requestUrl: STREAM,
          now: 5,
        },
      },
    ]);
    expect(messages).toEqual([
      {
        kind: 'posts',
        platform: 'mastodon',
        operation: 'streaming',
        posts: [],
        skipped: { 'event-update': 1 },
        costMs: expect.any(Number),
      },
    ]);
  });

  it('reads nothing of a socket no stream matches, nor binary messages', async () => {
    const { scope, parsed, messages } = install();
    const Tapped = scope.WebSocket as unknown as typeof FakeWebSocket;
    const other = new Tapped('wss://chat.example/socket');
    other.receive('{"event":"update"}');
    const stream = new Tapped(STREAM);
    stream.receive(new ArrayBuffer(4));
    await tick();
    expect(parsed).toEqual([]);
    expect(messages).toEqual([]);
  });

  it("never throws into the page: a parser that throws is a counted unreadable message; the page's socket works on", async () => {
    const { scope, messages } = install();
    const socket = new (scope.WebSocket as unknown as typeof FakeWebSocket)(STREAM);
    const got: unknown[] = [];
    socket.addEventListener('message', (event) => got.push((event as MessageEvent).data));
    socket.receive('not json');
    socket.send('ping');
    await tick();
    expect(got).toEqual(['not json']);
    expect(socket.sent).toEqual(['ping']);
    expect(messages).toEqual([
      {
        kind: 'posts',
        platform: 'mastodon',
        operation: 'streaming',
        posts: [],
        skipped: { 'unreadable-response': 1 },
        costMs: expect.any(Number),
      },
    ]);
  });
});
