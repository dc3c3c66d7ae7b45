import { browser } from 'wxt/browser';
import { isRecord } from '../kit/json-read';
import { describeError } from '../kit/log';
import type { PortAnswer } from './port-client';
import type { SenderInfo } from './sender';

/** The part of `runtime.Port` the background uses (a fake one in unit tests). */
export interface ServedPort {
  name: string;
  sender?: SenderInfo;
  postMessage(message: unknown): void;
  disconnect(): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
}

export interface PortServerOptions {
  /** Where ports arrive (runtime.onConnect). */
  onConnect?: { addListener(listener: (port: ServedPort) => void): void };
}

/**
 * Answers the requests of port-client.ts on ports named `portName`: each request's message goes
 * through `route` (the same router, sender checks and payload validation as a one-time message;
 * the sender is the port's, set by the browser, never the request's) and its reply goes back with
 * the request's number. A port of another name is closed. Register it synchronously at the
 * worker's start, as onMessage: a connection can be what wakes the worker.
 */
export function servePorts(
  portName: string,
  route: (message: unknown, sender: SenderInfo) => Promise<unknown>,
  options: PortServerOptions = {},
): void {
  const onConnect = options.onConnect ?? (browser.runtime.onConnect as PortServerOptions['onConnect'])!;
  onConnect.addListener((port) => {
    if (port.name !== portName) {
      port.disconnect();
      return;
    }
    port.onMessage.addListener((request) => {
      // A frame without a usable number could not be answered: nothing of it runs; it is routed as
      // nothing, so the router refuses and counts it (malformed-envelope).
      const id = isRecord(request) && Number.isSafeInteger(request.id) ? (request.id as number) : undefined;
      const message = id !== undefined && isRecord(request) ? request.message : undefined;
      route(message, port.sender ?? {})
        .catch((error: unknown) => ({ ok: false, error: describeError(error) }))
        .then((reply) => {
          if (id === undefined) return;
          try {
            const answer: PortAnswer = { id, reply };
            port.postMessage(answer);
          } catch {
            // The tab went away (closed or navigated): nobody waits for this answer.
          }
        })
        .catch(() => undefined);
    });
  });
}
