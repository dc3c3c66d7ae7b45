import { createServer, request as forward, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, type BrowserContext, type Page } from '@playwright/test';
import type { FakeMastodon } from '../fake-servers/fake-mastodon';
import type { FakePds } from '../fake-servers/fake-pds';
import { openExtensionPage, type LoadedExtension } from './harness';

/** Mastodon's config/initializers/cors.rb exposes these on /api/* (rate limits, pagination). */
export const MASTODON_EXPOSED_HEADERS = [
  'Link',
  'X-RateLimit-Reset',
  'X-RateLimit-Limit',
  'X-RateLimit-Remaining',
  'X-Request-Id',
];

/**
 * The CORS answers the real services give, in front of a loopback fake. Bluesky's PDS
 * (`cors()` in @atproto/pds) and Mastodon (rack-cors on /api/* and /oauth/token) both answer a
 * preflight with `Access-Control-Allow-Origin: *` and the requested headers, and add the origin
 * header to every answer: that is what lets the extension's worker call them without a host
 * permission, here as there. A cross-origin page sees only the response headers a service
 * exposes (`expose`). Everything else passes through untouched, including a dropped
 * connection (the fake's "lost answer").
 */
export async function withCors(
  target: string,
  options: { expose?: string[] } = {},
): Promise<{ url: string; close(): Promise<void> }> {
  const upstream = new URL(target);
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    if (req.method === 'OPTIONS') {
      res.writeHead(204, {
        'access-control-allow-origin': '*',
        'access-control-allow-methods': 'GET,HEAD,PUT,PATCH,POST,DELETE',
        'access-control-allow-headers': req.headers['access-control-request-headers'] ?? '*',
        'access-control-max-age': '7200',
      });
      res.end();
      return;
    }
    const proxied = forward(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: req.method,
        path: req.url,
        headers: { ...req.headers, host: upstream.host },
      },
      (answer) => {
        const cors: Record<string, string> = { 'access-control-allow-origin': '*' };
        if (options.expose?.length) cors['access-control-expose-headers'] = options.expose.join(', ');
        res.writeHead(answer.statusCode ?? 502, { ...answer.headers, ...cors });
        answer.pipe(res);
      },
    );
    proxied.on('error', () => res.socket?.destroy());
    req.pipe(proxied);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * A stand-in for a network's compose page: shows the text it was opened with, and a Post button.
 * Like X's, it has its own file input: files put there "upload" for a moment (the button disabled
 * meanwhile), then show as attachments; `window.__files` keeps what it received.
 */
export function intentPage(testIds: { editor: string; button: string }): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>Compose</title></head><body>
<div role="dialog">
  <div data-testid="${testIds.editor}" contenteditable="true" role="textbox"></div>
  <input type="file" data-testid="fileInput" multiple accept="image/*,video/*">
  <div data-testid="attachments"></div>
  <button data-testid="${testIds.button}" disabled>Post</button>
</div>
<script>
  window.__presses = 0;
  window.__files = [];
  const text = new URLSearchParams(location.search).get('text') ?? '';
  const editor = document.querySelector('[role="textbox"]');
  const button = document.querySelector('button');
  const input = document.querySelector('input[type="file"]');
  // Like the real page: the text arrives a moment after load, then the button is enabled.
  setTimeout(() => { editor.innerText = text; button.disabled = false; }, 200);
  input.addEventListener('change', async () => {
    button.disabled = true;
    for (const file of input.files) {
      const bytes = new Uint8Array(await file.arrayBuffer());
      let sum = 0;
      for (const byte of bytes) sum = (sum + byte) % 1000003;
      window.__files.push({ name: file.name, type: file.type, size: file.size, sum });
    }
    setTimeout(() => {
      for (const file of input.files) {
        const img = document.createElement('img');
        img.alt = file.name;
        document.querySelector('[data-testid="attachments"]').append(img);
      }
      button.disabled = false;
    }, 400);
  });
  button.addEventListener('click', () => {
    window.__presses += 1;
    const toast = document.createElement('div');
    toast.setAttribute('data-testid', 'toast');
    toast.innerHTML = 'Your post was sent. <a href="/crossfeeder/status/1876543210987654321">View</a>';
    document.body.append(toast);
  });
</script></body></html>`;
}

/**
 * A real photo, made by the browser's own encoder on an extension page: noise (so it is big),
 * `width` × `height` as stored, JPEG at quality 0.95. Returned as bytes for a file input.
 */
export async function browserJpeg(page: Page, width: number, height: number): Promise<Buffer> {
  const base64 = await page.evaluate(
    async ([w, h]) => {
      const canvas = new OffscreenCanvas(w, h);
      const context = canvas.getContext('2d')!;
      const pixels = context.createImageData(w, h);
      let seed = 7;
      for (let i = 0; i < pixels.data.length; i += 1) {
        seed = (seed * 1103515245 + 12345) & 0x7fffffff;
        pixels.data[i] = i % 4 === 3 ? 255 : seed & 0xff;
      }
      context.putImageData(pixels, 0, 0);
      const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.95 });
      const bytes = new Uint8Array(await blob.arrayBuffer());
      let binary = '';
      for (let i = 0; i < bytes.length; i += 0x8000)
        binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      return btoa(binary);
    },
    [width, height] as const,
  );
  return Buffer.from(base64, 'base64');
}

/** Routes an origin's intent path to a stub page, keeping every URL asked for. */
export async function stubIntents(context: BrowserContext, pattern: string, html: string): Promise<string[]> {
  const requested: string[] = [];
  await context.route(pattern, async (route) => {
    requested.push(route.request().url());
    await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
  });
  return requested;
}

/** Sends one message to the background from an extension page, as the extension's own pages do. */
export async function sendFromPage(page: Page, name: string, payload: unknown): Promise<unknown> {
  return page.evaluate(
    ([messageName, messagePayload]) =>
      (
        globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
      ).chrome.runtime.sendMessage({ crossfeed: 1, name: messageName, payload: messagePayload }),
    [name, payload] as const,
  );
}

/**
 * Signs both accounts in from the options page's Accounts section, each service behind the CORS
 * answers the real one gives. Returns the options page; `closers` gets the proxies' ends.
 */
export async function setUpAccounts(
  extension: LoadedExtension,
  pds: FakePds,
  mastodon: FakeMastodon,
  closers: Array<() => Promise<void>>,
): Promise<Page> {
  const pdsUrl = await withCors(pds.url);
  const mastodonUrl = await withCors(mastodon.url, { expose: MASTODON_EXPOSED_HEADERS });
  closers.push(pdsUrl.close, mastodonUrl.close);
  const options = await openExtensionPage(extension, 'options.html');
  const bluesky = options.getByRole('form', { name: 'Add a Bluesky account' });
  await bluesky.getByPlaceholder('Handle (you.bsky.social)').fill(pds.handle);
  await bluesky.getByPlaceholder(/App password/).fill(pds.appPassword);
  await bluesky.getByLabel('Bluesky server').fill(pdsUrl.url);
  await bluesky.getByRole('button', { name: 'Sign in to Bluesky' }).click();
  await expect(options.getByText(`@${pds.handle}`)).toBeVisible();
  // The Mastodon form's button asks the browser for this server's host permission, a prompt no
  // automated browser can answer; the same message the form sends is sent here instead.
  const reply = await sendFromPage(options, 'addAccount', {
    network: 'mastodon',
    input: { instance: mastodonUrl.url, accessToken: mastodon.accessToken },
  });
  const handle = `alice@${new URL(mastodonUrl.url).host}`;
  expect(reply).toMatchObject({ ok: true, data: { accounts: { mastodon: { handle } } } });
  await expect(options.getByText(`@${handle}`, { exact: true })).toBeVisible();
  return options;
}
