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

/** A stand-in for a network's compose page: shows the text it was opened with, and a Post button. */
export function intentPage(testIds: { editor: string; button: string }): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>Compose</title></head><body>
<div role="dialog">
  <div data-testid="${testIds.editor}" contenteditable="true" role="textbox"></div>
  <button data-testid="${testIds.button}" disabled>Post</button>
</div>
<script>
  window.__presses = 0;
  const text = new URLSearchParams(location.search).get('text') ?? '';
  const editor = document.querySelector('[role="textbox"]');
  const button = document.querySelector('button');
  // Like the real page: the text arrives a moment after load, then the button is enabled.
  setTimeout(() => { editor.innerText = text; button.disabled = false; }, 200);
  button.addEventListener('click', () => {
    window.__presses += 1;
    const toast = document.createElement('div');
    toast.setAttribute('data-testid', 'toast');
    toast.innerHTML = 'Your post was sent. <a href="/crossfeeder/status/1876543210987654321">View</a>';
    document.body.append(toast);
  });
</script></body></html>`;
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
