import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { generatePosts } from '../../lib/dev/generate-posts';
import { EXPORT_FORMAT, EXPORT_VERSION } from '../../lib/export/format';
import { PLATFORMS } from '../../lib/post';
import { compareFeedOrder } from '../../lib/search/index';
import { matchesPost } from '../../lib/search/matcher';
import { parseQuery } from '../../lib/search/query';
import { launchExtension, openExtensionPage, type LoadedExtension } from './harness';

/**
 * The stored search index in the real extension: posts imported through the options page are
 * searchable in a panel opened afterwards (read from the stored index, not rebuilt), results come
 * a page at a time and the rest as the reader scrolls, and the counts are the whole store's.
 */
let extension: LoadedExtension;
test.beforeEach(async () => {
  extension = await launchExtension({ viewport: { width: 480, height: 900 } });
});
test.afterEach(async () => {
  await extension.close();
});

const POSTS = generatePosts(1200, 31, { platforms: PLATFORMS });

async function importPosts(): Promise<void> {
  const file = join(tmpdir(), `crossfeed-search-store-${process.pid}.json`);
  writeFileSync(
    file,
    JSON.stringify({
      format: EXPORT_FORMAT,
      version: EXPORT_VERSION,
      exportedAt: 1,
      posts: POSTS,
      userState: [],
    }),
  );
  const options = await openExtensionPage(extension, 'options.html');
  await options.getByLabel('Choose a Crossfeed export (.json)').setInputFiles(file);
  await expect(options.getByTestId('import-summary')).toContainText('Imported 1,200 new posts');
  await options.close();
}

/** The highest row index the virtual list has rendered so far, scrolling to its end first. */
async function scrollToEnd(panel: Page): Promise<number> {
  await panel.getByTestId('feed-scroll').evaluate((node) => node.scrollTo({ top: node.scrollHeight }));
  await panel.waitForTimeout(300);
  return panel
    .locator('[role="feed"] [data-index]')
    .evaluateAll((rows) => Math.max(...rows.map((row) => Number(row.getAttribute('data-index')))));
}

test('a panel opened after an import searches the whole store at once, a page of results at a time', async () => {
  await importPosts();
  const panel = await openExtensionPage(extension, 'sidepanel.html');
  await expect(panel.getByTestId('feed-status')).toHaveText('1,200 posts');
  const text = 'the';
  const query = parseQuery(text);
  const expected = POSTS.filter((post) => matchesPost(query, post)).sort(compareFeedOrder);
  expect(expected.length).toBeGreaterThan(500);
  await panel.getByRole('searchbox', { name: 'Search posts' }).fill(text);
  await expect(panel.getByTestId('feed-status')).toHaveText(
    `${expected.length.toLocaleString('en-US')} of 1,200 posts`,
  );
  await expect(panel.locator('[role="feed"] article[data-post-id]').first()).toHaveAttribute(
    'data-post-id',
    expected[0]!.id,
  );
  // The first page ends before the results do; scrolling on brings the rest, to the last one.
  let last = await scrollToEnd(panel);
  expect(last).toBeLessThan(expected.length - 1);
  for (let turn = 0; turn < 10 && last < expected.length - 1; turn += 1) last = await scrollToEnd(panel);
  expect(last).toBe(expected.length - 1);
  await expect(panel.locator(`[data-index="${last}"] article`)).toHaveAttribute(
    'data-post-id',
    expected[expected.length - 1]!.id,
  );
});
