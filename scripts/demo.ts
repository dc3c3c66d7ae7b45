/**
 * `npm run demo`: builds Crossfeed, starts Debian's Chromium with it loaded, serves a hand-made X
 * timeline (and a Threads one) at their real URLs through request routing, with generated pictures
 * at the networks' media hosts (scripts/demo/media-routes.ts), and opens the side panel and the
 * deck so the captured posts show. Headed when a display exists (close the browser to end),
 * headless otherwise, where it saves screenshots into demo-output/ and prints where.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { launchExtension, openExtensionPage, serveSite } from './browser/extension';
import { demoXPage } from './demo/x-page';
import { DEMO_X_TWEETS, homeTimelineResponse } from '../tests/fixtures/x/handmade-timeline';
import { demoThreadsSite } from './demo/threads-site';
import { openDemoDeck } from './demo/deck';
import { serveDemoMedia } from './demo/media-routes';

const OUTPUT = resolve('demo-output');

/** Polls the extension's store from one of its pages (a string: bundler helpers do not exist there). */
async function waitForStoredPosts(page: Page, count: number): Promise<void> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const stored = await page.evaluate<number>(`new Promise((resolve) => {
      const open = indexedDB.open('crossfeed');
      open.onsuccess = () => {
        const request = open.result.transaction('posts', 'readonly').objectStore('posts').count();
        request.onsuccess = () => { open.result.close(); resolve(request.result); };
      };
    })`);
    if (stored >= count) return;
    if (Date.now() > deadline) throw new Error(`only ${stored} of ${count} demo posts were captured`);
    await page.waitForTimeout(100);
  }
}
const TIMELINE_URL = 'https://x.com/i/api/graphql/DemoQid01/HomeTimeline?variables=%7B%22count%22%3A20%7D';

async function main(): Promise<void> {
  console.log('Building the extension…');
  const build = spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) throw new Error('the build failed');

  const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
  console.log(`Starting Chromium (${headless ? 'headless: no display found' : 'headed'})…`);
  const extension = await launchExtension({ headless });
  const { context } = extension;

  await serveSite(context, 'https://x.com', {
    pages: { '/home': demoXPage(TIMELINE_URL, DEMO_X_TWEETS) },
    api: (url) =>
      url.pathname.endsWith('/HomeTimeline')
        ? { body: JSON.stringify(homeTimelineResponse(DEMO_X_TWEETS)) }
        : undefined,
  });
  const threads = demoThreadsSite();
  await serveSite(context, 'https://www.threads.com', threads.site);
  await serveDemoMedia(context);

  const panel = await openExtensionPage(extension, 'sidepanel.html');
  await panel.setViewportSize({ width: 420, height: 900 });
  const xPage = await context.newPage();
  await xPage.goto('https://x.com/home');
  const threadsPage = await context.newPage();
  await threadsPage.goto(threads.url);
  await threads.afterLoad(threadsPage);

  const expected = DEMO_X_TWEETS.length + threads.postCount;
  await panel.bringToFront();
  // The feed is virtualized (only what fits is rendered): wait until the store holds every post.
  await waitForStoredPosts(panel, expected);
  await panel.locator('[data-post-id]').first().waitFor();
  console.log(`Captured ${expected} posts (X and Threads); the side panel shows them newest first.`);
  const deck = await openDemoDeck(extension);

  if (headless) {
    mkdirSync(OUTPUT, { recursive: true });
    const pageShot = resolve(OUTPUT, 'x-page.png');
    const threadsShot = resolve(OUTPUT, 'threads-page.png');
    const panelShot = resolve(OUTPUT, 'side-panel.png');
    const deckShot = resolve(OUTPUT, 'deck.png');
    await xPage.screenshot({ path: pageShot });
    await threadsPage.screenshot({ path: threadsShot });
    // Tall enough to show both networks' posts in one picture (the feed renders what fits).
    await panel.setViewportSize({ width: 420, height: 2000 });
    await panel.waitForTimeout(300);
    await panel.screenshot({ path: panelShot });
    await deck.screenshot({ path: deckShot });
    console.log(`Screenshots:\n  ${pageShot}\n  ${threadsShot}\n  ${panelShot}\n  ${deckShot}`);
    await extension.close();
    return;
  }
  await panel.bringToFront();
  console.log('Scroll the side panel and deck tabs; close the browser window to end the demo.');
  await new Promise<void>((resolveClose) => context.on('close', () => resolveClose()));
  await extension.close();
}

main().catch((error: unknown) => {
  console.error(`demo: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
