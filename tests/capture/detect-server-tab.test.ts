import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { fakeBrowser } from 'wxt/testing';
import { detectServerTab } from '../../components/capture/detect-server-tab';
import { network } from '../../lib/platforms/registry';

/*
 * The popup offers "Capture this server" on a tab showing a Mastodon web app, recognised by the
 * adapter's marks. executeScript is played by running the injected function against a page built
 * with happy-dom (so the function must be self-contained, as the real injection requires).
 */

const MASTODON_PAGE = `<!doctype html><html><head>
<script id="initial-state" type="application/json">{"meta":{}}</script></head>
<body><div id="mastodon" data-props="{}"></div></body></html>`;

let page = '';
let injected = 0;

beforeEach(() => {
  fakeBrowser.reset();
  injected = 0;
});
afterEach(() => {
  Reflect.deleteProperty(globalThis, 'document');
});

function tabAt(url: string, html: string, failing = false) {
  page = html;
  Object.assign(fakeBrowser.tabs, { query: async () => [{ id: 7, url }] });
  Object.assign(fakeBrowser.scripting, {
    executeScript: async ({ func, args }: { func: (...a: unknown[]) => unknown; args: unknown[] }) => {
      injected += 1;
      if (failing) throw new Error('Cannot access contents of the page');
      const window = new Window();
      window.document.write(page);
      Object.assign(globalThis, { document: window.document });
      return [{ frameId: 0, result: func(...args) }];
    },
  });
}

describe('detectServerTab', () => {
  it('recognises a Mastodon web app on any https server', async () => {
    tabAt('https://social.example/home', MASTODON_PAGE);
    expect(await detectServerTab()).toEqual({
      network: network('mastodon'),
      origin: 'https://social.example',
      tabId: 7,
    });
  });

  it('says no for a page without the marks, a network with its own hosts, a plain http page or no access', async () => {
    tabAt('https://blog.example/', '<!doctype html><div id="mastodon"></div>');
    expect(await detectServerTab()).toBeUndefined();
    tabAt('https://x.com/home', MASTODON_PAGE);
    expect(await detectServerTab()).toBeUndefined();
    tabAt('http://social.example/home', MASTODON_PAGE);
    expect(await detectServerTab()).toBeUndefined();
    expect(injected).toBe(1);
    tabAt('https://social.example/home', MASTODON_PAGE, true);
    expect(await detectServerTab()).toBeUndefined();
  });
});
