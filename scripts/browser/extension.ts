import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Route, type Worker } from '@playwright/test';

/**
 * Loads the built extension (.output/chrome-mv3) into Debian's Chromium with a fresh profile.
 * Pages of x.com and threads.com are served by request routing: nothing reaches the network.
 */
export const EXTENSION_DIR = resolve(process.env.CROSSFEED_EXTENSION_DIR ?? '.output/chrome-mv3');
export const CHROMIUM = process.env.CROSSFEED_CHROMIUM ?? '/usr/bin/chromium';

export interface LoadedExtension {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  profileDir: string;
  close(): Promise<void>;
}

export interface LaunchOptions {
  headless?: boolean;
  viewport?: { width: number; height: number };
  /** More Chromium switches (e.g. a host resolver rule for a local server). */
  args?: string[];
  /**
   * Host permissions (match patterns) the profile holds as if the user had said yes to the browser's
   * prompt, which no automated browser can answer. Written into the profile's preferences between a
   * first launch (which installs the extension) and the real one, where Chromium keeps what the user
   * granted; `permissions.request` for them then resolves true at once, as it does after a yes.
   */
  grantedOrigins?: string[];
}

export async function launchExtension(options: LaunchOptions = {}): Promise<LoadedExtension> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension at ${EXTENSION_DIR}: run \`npm run build\` first.`);
  }
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `No Chromium at ${CHROMIUM}: install Debian's (apt-get install chromium) or set CROSSFEED_CHROMIUM.`,
    );
  }
  const profileDir = mkdtempSync(join(tmpdir(), 'crossfeed-e2e-'));
  const launch = () =>
    chromium.launchPersistentContext(profileDir, {
      executablePath: CHROMIUM,
      headless: options.headless ?? true,
      viewport: options.viewport ?? { width: 1280, height: 800 },
      args: [
        `--disable-extensions-except=${EXTENSION_DIR}`,
        `--load-extension=${EXTENSION_DIR}`,
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-quic',
        '--no-first-run',
        ...(options.args ?? []),
      ],
    });
  let context = await launch();
  let worker = await extensionWorker(context);
  const extensionId = new URL(worker.url()).host;
  if (options.grantedOrigins?.length) {
    await context.close();
    grantHostPermissions(profileDir, extensionId, options.grantedOrigins);
    context = await launch();
    worker = await extensionWorker(context);
  }
  return {
    context,
    worker,
    extensionId,
    profileDir,
    async close() {
      await context.close();
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

async function extensionWorker(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
}

/** Chromium keeps an extension's granted permissions in the profile's Preferences (plain JSON on Linux). */
function grantHostPermissions(profileDir: string, extensionId: string, patterns: string[]): void {
  const file = join(profileDir, 'Default', 'Preferences');
  const preferences = JSON.parse(readFileSync(file, 'utf8')) as {
    extensions?: { settings?: Record<string, Record<string, { explicit_host?: string[] } | undefined>> };
  };
  const settings = preferences.extensions?.settings?.[extensionId];
  if (!settings) throw new Error(`the profile does not list extension ${extensionId}`);
  for (const key of ['granted_permissions', 'active_permissions']) {
    const permissions = (settings[key] ??= {});
    permissions.explicit_host = [...new Set([...(permissions.explicit_host ?? []), ...patterns])];
  }
  writeFileSync(file, JSON.stringify(preferences));
}

export interface RoutedResponse {
  body: string;
  contentType?: string;
  status?: number;
}

/**
 * Serves `pages` (path → HTML) and `api` (path prefix → response) on an origin, e.g. https://x.com.
 * Unknown paths get a 404, so the page never waits on the real network.
 */
export async function serveSite(
  context: BrowserContext,
  origin: string,
  site: { pages: Record<string, string>; api?: (url: URL, route: Route) => RoutedResponse | undefined },
): Promise<void> {
  await context.route(`${origin}/**`, async (route) => {
    const url = new URL(route.request().url());
    const page = site.pages[url.pathname];
    if (page !== undefined) {
      await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: page });
      return;
    }
    const answer = site.api?.(url, route);
    if (answer) {
      await route.fulfill({
        status: answer.status ?? 200,
        contentType: answer.contentType ?? 'application/json; charset=utf-8',
        body: answer.body,
      });
      return;
    }
    await route.fulfill({ status: 404, body: 'not found' });
  });
}

/** An `api` for serveSite answering with `bodies` by path (a URL's pathname, or origin + pathname when `byOrigin`). */
export function answerFrom(
  bodies: ReadonlyMap<string, string>,
  byOrigin = false,
): (url: URL) => RoutedResponse | undefined {
  return (url) => {
    const body = bodies.get(byOrigin ? `${url.origin}${url.pathname}` : url.pathname);
    return body === undefined ? undefined : { body };
  };
}

export async function openExtensionPage(extension: LoadedExtension, path: string): Promise<Page> {
  const page = await extension.context.newPage();
  await page.goto(`chrome-extension://${extension.extensionId}/${path}`);
  return page;
}
