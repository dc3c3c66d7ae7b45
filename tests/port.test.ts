import { afterEach, describe, expect, it, vi } from 'vitest';
import { createPortSender, type PortLike } from '../lib/protocol/port-client';
import { servePorts, type ServedPort } from '../lib/protocol/port-server';
import type { SenderInfo } from '../lib/protocol/sender';
import type { MessageTable } from '../lib/protocol/spec';

afterEach(() => {
  vi.useRealTimers();
});

type Listener = (message: unknown) => void;

/**
 * A browser's port pair in memory: messages arrive in a later task, as between real processes, and
 * closing either end tells the other. `sender` is what the browser would set on the background's end.
 */
function fakeRuntime(sender: SenderInfo = { id: 'ext', tab: { id: 7, url: 'https://x.com/home' } }) {
  const connectListeners: Array<(port: ServedPort) => void> = [];
  const opened: Array<{ client: PortLike; server: ServedPort; close(): void }> = [];
  const connect = (name: string): PortLike => {
    const toServer: Listener[] = [];
    const toClient: Listener[] = [];
    const clientGone: Array<() => void> = [];
    let open = true;
    const deliver = (listeners: Listener[], message: unknown) => {
      if (!open) throw new Error('Attempting to use a disconnected port object');
      const copy = structuredClone(message);
      setTimeout(() => listeners.forEach((listener) => listener(copy)), 0);
    };
    const close = () => {
      if (!open) return;
      open = false;
      setTimeout(() => clientGone.forEach((listener) => listener()), 0);
    };
    const client: PortLike = {
      postMessage: (message) => deliver(toServer, message),
      onMessage: { addListener: (listener) => toClient.push(listener) },
      onDisconnect: { addListener: (listener) => clientGone.push(listener) },
    };
    const server: ServedPort = {
      name,
      sender,
      postMessage: (message) => deliver(toClient, message),
      disconnect: close,
      onMessage: { addListener: (listener) => toServer.push(listener) },
    };
    opened.push({ client, server, close });
    connectListeners.forEach((listener) => listener(server));
    return client;
  };
  return {
    connect,
    onConnect: { addListener: (listener: (port: ServedPort) => void) => connectListeners.push(listener) },
    opened,
  };
}

const send = (runtime: ReturnType<typeof fakeRuntime>, timeoutMs?: number) =>
  createPortSender<MessageTable>('crossfeed:capture', { connect: runtime.connect, timeoutMs }) as unknown as (
    name: string,
    payload: unknown,
  ) => Promise<unknown>;

describe('messages on a long-lived port', () => {
  it("answers each request with the route's reply, routed with the port's own sender", async () => {
    const runtime = fakeRuntime();
    const seen: Array<{ message: unknown; sender: SenderInfo }> = [];
    servePorts(
      'crossfeed:capture',
      async (message, sender) => {
        seen.push({ message, sender });
        return { ok: true, data: (message as { payload: number }).payload * 2 };
      },
      { onConnect: runtime.onConnect },
    );
    const sendOnPort = send(runtime);
    // Answers come back to the request that asked, whatever their order.
    const replies = await Promise.all([sendOnPort('echo', 1), sendOnPort('echo', 2), sendOnPort('echo', 3)]);
    expect(replies).toEqual([
      { ok: true, data: 2 },
      { ok: true, data: 4 },
      { ok: true, data: 6 },
    ]);
    expect(runtime.opened).toHaveLength(1);
    expect(seen[0]).toEqual({
      message: { crossfeed: 1, name: 'echo', payload: 1 },
      sender: { id: 'ext', tab: { id: 7, url: 'https://x.com/home' } },
    });
  });

  it('resolves undefined when the background goes away mid-request, and opens a new port next time', async () => {
    const runtime = fakeRuntime();
    let stopWorker = false;
    servePorts(
      'crossfeed:capture',
      async () => {
        if (stopWorker) {
          // The worker is stopped before it answers: its ports close.
          runtime.opened.at(-1)!.close();
          return new Promise(() => undefined);
        }
        return { ok: true, data: 'stored' };
      },
      { onConnect: runtime.onConnect },
    );
    const sendOnPort = send(runtime);
    stopWorker = true;
    await expect(sendOnPort('echo', 1)).resolves.toBeUndefined();
    stopWorker = false;
    await expect(sendOnPort('echo', 1)).resolves.toEqual({ ok: true, data: 'stored' });
    expect(runtime.opened).toHaveLength(2);
  });

  it('a request that went on a new port is not lost when the old port says late that it closed', async () => {
    const runtime = fakeRuntime();
    servePorts('crossfeed:capture', async () => ({ ok: true, data: 'stored' }), {
      onConnect: runtime.onConnect,
    });
    const sendOnPort = send(runtime);
    await expect(sendOnPort('echo', 1)).resolves.toEqual({ ok: true, data: 'stored' });
    // The worker stops: the port is closed, but its disconnect event is still on its way when the
    // next request is sent (posting on the closed port throws, so a new one is opened).
    runtime.opened[0]!.close();
    await expect(sendOnPort('echo', 2)).resolves.toEqual({ ok: true, data: 'stored' });
    expect(runtime.opened).toHaveLength(2);
  });

  it('counts an answer that never comes as lost once the timeout passes', async () => {
    vi.useFakeTimers();
    const runtime = fakeRuntime();
    servePorts('crossfeed:capture', () => new Promise(() => undefined), { onConnect: runtime.onConnect });
    const reply = send(runtime, 5_000)('echo', 1);
    await vi.advanceTimersByTimeAsync(5_000);
    await expect(reply).resolves.toBeUndefined();
  });

  it('closes a port of another name; a frame without a number runs nothing, is refused and not answered', async () => {
    const runtime = fakeRuntime();
    const routed: unknown[] = [];
    servePorts(
      'crossfeed:capture',
      async (message) => {
        routed.push(message);
        return { ok: false, error: 'malformed-envelope' };
      },
      { onConnect: runtime.onConnect },
    );
    const stranger = runtime.connect('someone-else');
    const closed = vi.fn();
    stranger.onDisconnect.addListener(closed);
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(closed).toHaveBeenCalledOnce();

    const port = runtime.connect('crossfeed:capture');
    const answers: unknown[] = [];
    port.onMessage.addListener((answer) => answers.push(answer));
    port.postMessage('not a frame');
    port.postMessage({ id: 'one', message: { crossfeed: 1 } });
    await new Promise((resolve) => setTimeout(resolve, 5));
    // Routed as nothing: the router refuses it (malformed-envelope) and counts it.
    expect(routed).toEqual([undefined, undefined]);
    expect(answers).toEqual([]);
  });

  it('throws when the port cannot be opened (the extension was reloaded), so capture can stop', async () => {
    const sendOnPort = createPortSender<MessageTable>('crossfeed:capture', {
      connect: () => {
        throw new Error('Extension context invalidated.');
      },
    }) as unknown as (name: string, payload: unknown) => Promise<unknown>;
    await expect(sendOnPort('echo', 1)).rejects.toThrow('Extension context invalidated');
  });
});
