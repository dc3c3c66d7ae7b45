import type { Locator, Page } from '@playwright/test';

/** The columns' titles, left to right. */
export function columnTitles(deck: Page): Promise<string[]> {
  return deck
    .locator('section[data-column-id]')
    .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('aria-label')!.replace(/^Column /, '')));
}

/** The ids a column (or the side panel) shows, top to bottom. */
export function idsIn(scope: Locator): Promise<string[]> {
  return scope
    .locator('[role="feed"] article[data-post-id]')
    .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-post-id')!));
}

/** The first post in view of a feed scroller and how far it is scrolled past the top (as the app reads it). */
export function anchorIn(scroller: Locator): Promise<{ postId: string; offset: number } | undefined> {
  return scroller.evaluate((element) => {
    const top = element.getBoundingClientRect().top;
    const rows = [...element.querySelectorAll<HTMLElement>('[data-index]')].sort(
      (a, b) => Number(a.dataset.index) - Number(b.dataset.index),
    );
    const first = rows.find((row) => row.getBoundingClientRect().bottom > top + 1);
    const postId = first?.querySelector('[data-post-id]')?.getAttribute('data-post-id');
    if (!first || !postId) return undefined;
    return { postId, offset: Math.round(top - first.getBoundingClientRect().top) };
  });
}

/** Scrolls a feed like a reader (wheel steps), so the app sees its own scroll events. */
export async function scrollFeed(page: Page, scroller: Locator, pixels: number): Promise<void> {
  await scroller.hover();
  for (let done = 0; done < pixels; done += 300) {
    await page.mouse.wheel(0, Math.min(300, pixels - done));
    await page.waitForTimeout(30);
  }
}
