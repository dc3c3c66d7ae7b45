import type { Page } from '@playwright/test';
import { homeTimelineResponse, type HandmadeTweet } from '../fixtures/x/handmade-timeline';
import { serveSite, type LoadedExtension } from './harness';
import { xGraphqlUrl, xTimelinePage } from './pages';

/** Serves an x.com home page whose app loads one HomeTimeline response with `tweets`, and opens it. */
export async function captureTweets(
  extension: LoadedExtension,
  tweets: readonly HandmadeTweet[],
): Promise<Page> {
  const url = xGraphqlUrl('HomeTimeline', 7);
  const body = JSON.stringify(homeTimelineResponse(tweets));
  await serveSite(extension.context, 'https://x.com', {
    pages: { '/home': xTimelinePage([{ via: 'fetch', url }]) },
    api: (requested) => (requested.pathname === new URL(url).pathname ? { body } : undefined),
  });
  const page = await extension.context.newPage();
  await page.goto('https://x.com/home');
  await page.waitForFunction(() => (window as unknown as { __done: boolean }).__done);
  return page;
}

/** The ids of the posts the feed shows, top to bottom (quoted cards are not feed rows). */
export function shownIds(panel: Page): Promise<string[]> {
  return panel
    .locator('[role="feed"] article[data-post-id]')
    .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-post-id')!));
}

/** A hand-made plain tweet. */
export function tweet(n: number, text: string, more: Partial<HandmadeTweet> = {}): HandmadeTweet {
  return {
    id: String(1_930_600_000_000_000_000n + BigInt(n)),
    handle: `author${n}`,
    name: `Author ${n}`,
    userId: String(7000 + n),
    text,
    at: new Date(Date.UTC(2025, 5, 6, 12, 0, 0) - n * 60_000).toISOString(),
    ...more,
  };
}
