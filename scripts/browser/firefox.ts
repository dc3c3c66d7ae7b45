import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import type { RoutedResponse } from './extension';

/**
 * Loads the built Firefox extension (.output/firefox-mv3) into Debian's firefox-esr with a fresh
 * profile, driven by puppeteer-core over WebDriver BiDi (no geckodriver, no downloaded browser).
 * What automation has to set up that a user's install does by itself:
 * - Host permissions. In MV3, Firefox grants the origins of host_permissions and content_scripts
 *   at install only when the install prompt does, the manifest says `granted_host_permissions`, or
 *   the pref `extensions.originControls.grantByDefault` is true. An add-on installed over BiDi
 *   (a temporary add-on) gets no prompt, so without the pref no content script runs on x.com.
 * - A known moz-extension:// URL. The internal UUID is random per profile unless the pref
 *   `extensions.webextensions.uuids` maps the add-on id to one.
 * - Opening an extension page. BiDi refuses to navigate to moz-extension:// URLs unless Firefox
 *   starts with `--remote-allow-system-access`; even then puppeteer sees no load event for such a
 *   page, so openExtensionPage starts the navigation and waits for the page itself.
 */
export const FIREFOX_EXTENSION_DIR = resolve(
  process.env.CROSSFEED_FIREFOX_EXTENSION_DIR ?? '.output/firefox-mv3',
);
export const FIREFOX = process.env.CROSSFEED_FIREFOX_BIN ?? '/usr/bin/firefox-esr';
/** The add-on id in wxt.config.ts (browser_specific_settings.gecko.id). */
export const FIREFOX_ADDON_ID = 'crossfeed@crossfeed.local';
/** Fixed so tests know the extension's origin. */
export const FIREFOX_EXTENSION_UUID = '6c0a4f3e-2d7b-4c1e-9a55-3f8e1b2c7d90';

export interface FirefoxExtension {
  browser: Browser;
  /** moz-extension://<uuid> */
  origin: string;
  addonId: string;
  close(): Promise<void>;
}

export async function launchFirefoxExtension(): Promise<FirefoxExtension> {
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension at ${FIREFOX_EXTENSION_DIR}: run \`npm run build:firefox\` first.`);
  }
  if (!existsSync(FIREFOX)) {
    throw new Error(
      `No Firefox at ${FIREFOX}: install Debian's (apt-get install firefox-esr) or set CROSSFEED_FIREFOX_BIN.`,
    );
  }
  const profileDir = mkdtempSync(join(tmpdir(), 'crossfeed-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    // Starting Firefox takes 10–25 s on a busy two-core machine; puppeteer's default allows 30 s.
    timeout: 90_000,
    userDataDir: profileDir,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.originControls.grantByDefault': true,
      'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_ADDON_ID]: FIREFOX_EXTENSION_UUID }),
    },
  });
  try {
    const addonId = await browser.installExtension(FIREFOX_EXTENSION_DIR);
    return {
      browser,
      origin: `moz-extension://${FIREFOX_EXTENSION_UUID}`,
      addonId,
      async close() {
        await browser.close();
        rmSync(profileDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await browser.close();
    rmSync(profileDir, { recursive: true, force: true });
    throw error;
  }
}

/** Opens moz-extension://<uuid>/<path> in a new tab and resolves once its document has loaded. */
export async function openExtensionPage(extension: FirefoxExtension, path: string): Promise<Page> {
  const page = await extension.browser.newPage();
  const url = `${extension.origin}/${path}`;
  // The navigation happens, but puppeteer never sees it finish (above): its own promise is dropped.
  page.goto(url, { timeout: 0 }).catch(() => undefined);
  const deadline = Date.now() + 20_000;
  for (;;) {
    const loaded = await page
      .evaluate(() => (document.readyState === 'complete' ? location.href : ''))
      .catch(() => '');
    if (loaded === url) return page;
    if (Date.now() > deadline) throw new Error(`${url} did not load in 20 s`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

/**
 * Serves `pages` (path → HTML) and `api` (URL → response) for one origin on this page through BiDi
 * request interception; every other request is refused, so nothing reaches the network.
 */
export async function serveSite(
  page: Page,
  origin: string,
  site: { pages: Record<string, string>; api?: (url: URL) => RoutedResponse | undefined },
): Promise<void> {
  await page.setRequestInterception(true);
  page.on('request', (request: HTTPRequest) => {
    const url = new URL(request.url());
    if (url.origin !== origin) {
      void request.abort();
      return;
    }
    const html = site.pages[url.pathname];
    const answer =
      html === undefined ? site.api?.(url) : { body: html, contentType: 'text/html; charset=utf-8' };
    void request.respond({
      status: answer ? (answer.status ?? 200) : 404,
      contentType: answer?.contentType ?? 'application/json; charset=utf-8',
      body: answer?.body ?? 'not found',
    });
  });
}
