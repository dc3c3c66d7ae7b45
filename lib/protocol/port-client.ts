import { browser } from 'wxt/browser';
import { isRecord } from '../kit/json-read';
import { asReply } from './client';
import type { Reply } from './envelope';
import type { MessageTable, RequestOf, ResponseOf } from './spec';

/*
 * The same messages as client.ts, over one long-lived port instead of a one-time message each.
 * For a content script that sends often (capture sends a batch per network response): Chromium's
 * runtime.sendMessage opens a channel per call, which costs the page's thread about 0.4 ms more
 * than a message on an open port (bench `tap`, measured in the content script: 10 bytes 0.45–0.5 ms
 * by sendMessage, 0.08 ms on a port). The background answers on the port (port-server.ts) after the
 * same checks as any message.
 */

/** What travels on the port: a request with the sender's number for it, and the answer to it. */
export interface PortRequest {
  id: number;
  message: unknown;
}
export interface PortAnswer {
  id: number;
  reply: unknown;
}

/** The part of `runtime.Port` used here (a fake one in unit tests). */
export interface PortLike {
  postMessage(message: unknown): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
}

export interface PortSenderOptions {
  /** Opens the port (runtime.connect); throws when the extension is gone. */
  connect?: (name: string) => PortLike;
  /** An answer not here after this long counts as lost (resolves undefined, like a stopped worker). */
  timeoutMs?: number;
}

/**
 * A typed sender over a port named `portName`, opened on first use and again after the background
 * went away (an MV3 worker is stopped when idle, which closes its ports). Resolves `undefined` when
 * no answer came (the port closed or the answer timed out): the caller treats that as "not done" and
 * may retry, as with client.ts.
 */
export function createPortSender<Table extends MessageTable>(
  portName: string,
  options: PortSenderOptions = {},
) {
  const connect = options.connect ?? ((name: string) => browser.runtime.connect({ name }) as PortLike);
  const timeoutMs = options.timeoutMs ?? 30_000;
  /** Requests still waiting for their answer: how to settle each, and the port it went on. */
  const waiting = new Map<number, { settle: (reply: unknown) => void; on: PortLike }>();
  let port: PortLike | undefined;
  let lastId = 0;

  const open = (): PortLike => {
    if (port) return port;
    const opened = connect(portName);
    opened.onMessage.addListener((answer) => {
      if (!isRecord(answer) || typeof answer.id !== 'number') return;
      waiting.get(answer.id)?.settle(answer.reply);
    });
    opened.onDisconnect.addListener(() => {
      if (port === opened) port = undefined;
      // Only what went on this port is lost; a request already on a newer port still gets its answer.
      for (const { settle, on } of [...waiting.values()]) if (on === opened) settle(undefined);
    });
    port = opened;
    return opened;
  };

  /**
   * Posts one request and returns the port it went on; a port that closed before its disconnect
   * event arrived is opened again once.
   */
  const post = (request: PortRequest): PortLike => {
    try {
      const on = open();
      on.postMessage(request);
      return on;
    } catch {
      port = undefined;
      const on = open();
      on.postMessage(request);
      return on;
    }
  };

  return async function sendOnPort<Name extends keyof Table & string>(
    name: Name,
    payload: RequestOf<Table[Name]>,
  ): Promise<Reply<ResponseOf<Table[Name]>> | undefined> {
    lastId += 1;
    const id = lastId;
    const reply = await new Promise<unknown>((resolve, reject) => {
      const timer = setTimeout(() => settle(undefined), timeoutMs);
      const settle = (value: unknown) => {
        clearTimeout(timer);
        waiting.delete(id);
        resolve(value);
      };
      try {
        const on = post({ id, message: { crossfeed: 1, name, payload } });
        waiting.set(id, { settle, on });
      } catch (error) {
        clearTimeout(timer);
        waiting.delete(id);
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
    return asReply<ResponseOf<Table[Name]>>(reply);
  };
}
