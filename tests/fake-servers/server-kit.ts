import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/*
 * What both fake services share: a Node http server on 127.0.0.1 and port 0, a log of every
 * request it received, and a queue of injected failures consumed by the next matching requests.
 * Used by vitest integration tests and (later) by Playwright e2e tests.
 */

export interface RecordedRequest {
  method: string;
  /** Path without the query. */
  path: string;
  query: Record<string, string>;
  /** The query as sent (for parameters given more than once). */
  rawQuery: string;
  headers: Record<string, string | string[] | undefined>;
  /** The raw body as UTF-8 text (binary uploads keep their byte length in `bodyBytes`). */
  body: string;
  bodyBytes: number;
  /** The body parsed as JSON or as a form, when it was one. */
  json?: unknown;
  form?: Record<string, string>;
  /** A multipart/form-data body (an upload): its text fields and its files. */
  multipart?: Record<string, string | UploadedFile>;
  /** How the fake answered: a status, or 'lost' when it dropped the connection on purpose. */
  answered?: number | 'lost';
}

export interface UploadedFile {
  name: string;
  type: string;
  bytes: Buffer;
}

export type FailureKind = 'expired-token' | 'rate-limit' | 'server-error' | 'lose-response';

export interface FakeServer {
  url: string;
  requests: RecordedRequest[];
  /** The next `n` requests (to `path` only, when given) fail this way. */
  failNext(kind: FailureKind, n?: number, path?: string): void;
  /**
   * The next request (to `path` only, when given) is answered `status` (307 by default) with
   * `Location: location + its own path and query`: a server handing the request on to another host.
   */
  redirectNext(location: string, path?: string, status?: number): void;
  close(): Promise<void>;
}

export interface Exchange {
  request: RecordedRequest;
  raw: Buffer;
  response: ServerResponse;
  json(status: number, body: unknown, headers?: Record<string, string>): void;
}

export type Handler = (exchange: Exchange, failure: FailureKind | undefined) => void | Promise<void>;

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

async function parseMultipart(
  raw: Buffer,
  contentType: string,
): Promise<Record<string, string | UploadedFile>> {
  const form = await new Response(new Uint8Array(raw), {
    headers: { 'content-type': contentType },
  }).formData();
  const out: Record<string, string | UploadedFile> = {};
  for (const [key, value] of form.entries()) {
    out[key] =
      typeof value === 'string'
        ? value
        : { name: value.name, type: value.type, bytes: Buffer.from(await value.arrayBuffer()) };
  }
  return out;
}

function parseBody(request: RecordedRequest, contentType: string): void {
  if (contentType.includes('application/json')) {
    try {
      request.json = JSON.parse(request.body);
    } catch {
      request.json = undefined;
    }
  } else if (contentType.includes('application/x-www-form-urlencoded')) {
    request.form = Object.fromEntries(new URLSearchParams(request.body));
  }
}

/** A CID-looking string (base32, "bafyrei…") derived from content, so equal content, equal CID. */
export function fakeCid(content: string | Buffer, prefix = 'bafyrei'): string {
  const hash = createHash('sha256').update(content).digest();
  let out = '';
  for (const byte of hash.subarray(0, 32)) out += 'abcdefghijklmnopqrstuvwxyz234567'[byte % 32];
  return prefix + out.slice(0, 52);
}

export async function startServer(handler: Handler): Promise<FakeServer> {
  const requests: RecordedRequest[] = [];
  const failures: Array<{ kind: FailureKind; path?: string }> = [];
  const redirects: Array<{ location: string; path?: string; status: number }> = [];
  const server = createServer((req, res) => {
    void (async () => {
      const raw = await readBody(req);
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const request: RecordedRequest = {
        method: req.method ?? 'GET',
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        rawQuery: url.search,
        headers: req.headers,
        body: raw.toString('utf8'),
        bodyBytes: raw.length,
      };
      const contentType = String(req.headers['content-type'] ?? '');
      parseBody(request, contentType);
      if (contentType.startsWith('multipart/form-data'))
        request.multipart = await parseMultipart(raw, contentType).catch(() => undefined);
      requests.push(request);
      const redirect = redirects.findIndex((r) => !r.path || r.path === url.pathname);
      if (redirect >= 0) {
        const { location, status } = redirects.splice(redirect, 1)[0]!;
        request.answered = status;
        res.writeHead(status, { location: `${location}${url.pathname}${url.search}` });
        res.end();
        return;
      }
      const index = failures.findIndex((f) => !f.path || f.path === url.pathname);
      const failure = index >= 0 ? failures.splice(index, 1)[0]?.kind : undefined;
      const json: Exchange['json'] = (status, body, headers = {}) => {
        if (failure === 'lose-response') {
          // The work is done but the answer never arrives: what a dropped connection looks like.
          request.answered = 'lost';
          req.socket.destroy();
          return;
        }
        request.answered = status;
        res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
        res.end(JSON.stringify(body));
      };
      try {
        await handler({ request, raw, response: res, json }, failure);
      } catch (error) {
        json(500, { error: 'InternalServerError', message: String(error) });
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    failNext(kind, n = 1, path) {
      for (let i = 0; i < n; i += 1) failures.push(path ? { kind, path } : { kind });
    },
    redirectNext(location, path, status = 307) {
      redirects.push(path ? { location, path, status } : { location, status });
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** A fake picture of `bytes` bytes (PNG signature first), served for link-card thumbnails. */
export function servePicture(exchange: Exchange, bytes: number): void {
  const body = Buffer.alloc(bytes, 7);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(body);
  exchange.request.answered = 200;
  exchange.response.writeHead(200, { 'content-type': 'image/png', 'content-length': String(bytes) });
  exchange.response.end(body);
}
