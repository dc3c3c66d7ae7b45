import type { TapCore } from './core';

type AnyFunction = (...args: unknown[]) => unknown;

/**
 * WebSocket: new posts that a network pushes live (Mastodon's streaming API) arrive as socket
 * messages, not responses. The constructor is replaced by a Proxy of itself whose only trap is
 * `construct`: the page's socket is built by the browser's own constructor exactly as before (so
 * its prototype, `instanceof`, the constants, subclasses and errors are the browser's), and, for a
 * socket a source reads, one `message` listener of ours is added to it. That listener only takes
 * the message's text and schedules its parse in a task of its own, so the page's handlers run as
 * soon as they would have and the parse never lengthens the page's event dispatch. Every other
 * socket gets nothing at all. Nothing here can throw into the page.
 *
 * What differs from an untouched page: `WebSocket` is a Proxy (`Function.prototype.toString` of it
 * still says native code, without the name, in V8), and `WebSocket.prototype.constructor` is set to
 * it so that `socket.constructor === WebSocket` stays true, as it is without us.
 */
export function wrapWebSocket(scope: typeof globalThis, core: TapCore): void {
  const Original = scope.WebSocket as unknown as (new (...args: unknown[]) => WebSocket) | undefined;
  if (typeof Original !== 'function' || typeof Proxy !== 'function') return;
  // The built-ins this uses, captured before the page's code could replace them.
  const urlOf = getterOf(Original.prototype, 'url');
  const listen = scope.EventTarget?.prototype.addEventListener as unknown as AnyFunction | undefined;
  const dataOf = scope.MessageEvent ? getterOf(scope.MessageEvent.prototype, 'data') : undefined;
  if (!urlOf || !listen || !dataOf) return;

  const Tapped = new Proxy(Original, {
    construct(target, args, newTarget) {
      const socket = Reflect.construct(target, args, newTarget) as WebSocket;
      try {
        const hit = core.inspectStream(String(Reflect.apply(urlOf, socket, [])));
        if (hit) {
          Reflect.apply(listen, socket, [
            'message',
            (event: unknown) => {
              try {
                const data = Reflect.apply(dataOf, event, []);
                if (typeof data === 'string') core.deliverFrame(hit, data);
              } catch {
                core.failed('ws-read');
              }
            },
          ]);
        }
      } catch {
        core.failed('ws-open');
      }
      return socket;
    },
  });
  try {
    scope.WebSocket = Tapped as unknown as typeof scope.WebSocket;
    Original.prototype.constructor = Tapped;
  } catch {
    core.failed('ws-open');
  }
}

/** The getter of an accessor property, wherever on the prototype chain it is defined. */
function getterOf(proto: object | null, name: string): AnyFunction | undefined {
  for (let at = proto; at; at = Object.getPrototypeOf(at) as object | null) {
    const descriptor = Object.getOwnPropertyDescriptor(at, name);
    if (descriptor) return descriptor.get as AnyFunction | undefined;
  }
  return undefined;
}
