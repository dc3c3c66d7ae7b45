import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A stand-in for a Mastodon server's streaming API: a real WebSocket endpoint over TLS on
 * 127.0.0.1 (Playwright's routeWebSocket replaces the page's WebSocket class with a mock of its own,
 * so it cannot show that the extension leaves the browser's sockets as they are: a real socket
 * can). The certificate is self-signed for `host`, made with openssl per run; the browser maps the
 * host to 127.0.0.1 and ignores certificate errors (see `streamingBrowserArgs`). It speaks just
 * enough of RFC 6455: the handshake, text frames to the page, and closing.
 */
export interface FakeStreaming {
  /** `wss://<host>:<port>/api/v1/streaming`, as the page opens it. */
  url: string;
  /** Sockets the page has opened so far, by path and query. */
  connections: string[];
  /** Sends one text message to every open socket. */
  send(message: string): void;
  close(): Promise<void>;
}

const GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';

export async function startFakeStreaming(host: string): Promise<FakeStreaming> {
  const dir = mkdtempSync(join(tmpdir(), 'crossfeed-tls-'));
  const key = join(dir, 'key.pem');
  const cert = join(dir, 'cert.pem');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '1',
      '-keyout',
      key,
      '-out',
      cert,
      '-subj',
      `/CN=${host}`,
      '-addext',
      `subjectAltName=DNS:${host}`,
    ],
    { stdio: 'ignore' },
  );
  const server = createServer({ key: readFileSync(key), cert: readFileSync(cert) }, (_request, response) => {
    response.writeHead(404).end();
  });
  rmSync(dir, { recursive: true, force: true });
  const sockets = new Set<Socket>();
  const connections: string[] = [];
  server.on('upgrade', (request, socket: Socket) => {
    const accept = createHash('sha1')
      .update(`${String(request.headers['sec-websocket-key'])}${GUID}`)
      .digest('base64');
    socket.write(
      `HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${accept}\r\n\r\n`,
    );
    connections.push(request.url ?? '');
    sockets.add(socket);
    // The page's frames (masked, client to server) are not read: a close frame or an end ends it.
    socket.on('data', (data: Buffer) => {
      if ((data[0]! & 0x0f) === 0x8) socket.end();
    });
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `wss://${host}:${port}/api/v1/streaming`,
    connections,
    send(message) {
      const frame = textFrame(message);
      for (const socket of sockets) socket.write(frame);
    },
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Chromium switches for reaching the fake: `host` resolves to 127.0.0.1, its certificate is accepted, and
 * Local Network Access (a page of a public origin may not open a socket to loopback) is off. */
export function streamingBrowserArgs(host: string): string[] {
  return [
    `--host-resolver-rules=MAP ${host} 127.0.0.1`,
    '--ignore-certificate-errors',
    '--disable-features=LocalNetworkAccessChecks,BlockInsecurePrivateNetworkRequests,PrivateNetworkAccessSendPreflights',
  ];
}

/** One unmasked text frame (FIN, opcode 1), with the 7-, 16- or 64-bit length form. */
function textFrame(message: string): Buffer {
  const payload = Buffer.from(message, 'utf8');
  const length = payload.length;
  const header =
    length < 126
      ? Buffer.from([0x81, length])
      : length < 65_536
        ? Buffer.from([0x81, 126, length >> 8, length & 0xff])
        : Buffer.concat([Buffer.from([0x81, 127]), bigLength(length)]);
  return Buffer.concat([header, payload]);
}

function bigLength(length: number): Buffer {
  const buffer = Buffer.alloc(8);
  buffer.writeBigUInt64BE(BigInt(length));
  return buffer;
}
