import { expect, test } from '@playwright/test';
import type { Post } from '../../lib/post';
import { samplePost } from '../helpers/sample-post';
import { launchExtension, openExtensionPage, readStore, serveSite, type LoadedExtension } from './harness';

/*
 * The page is hostile: any script on x.com can raise the tap's event. These posts cross from a
 * page script through the isolated content script to the background, which must store only what
 * fits the sending page's network and its own clock.
 */
let extension: LoadedExtension;

test.beforeEach(async () => {
  extension = await launchExtension();
});
test.afterEach(async () => {
  await extension.close();
});

function forgedEvent(posts: unknown[]): string {
  const header = {
    kind: 'posts',
    platform: 'x',
    operation: 'HomeTimeline',
    count: posts.length,
    ids: posts.map((post) => (post as { id: string }).id),
    skipped: {},
  };
  return `${JSON.stringify(header)}\n${JSON.stringify(posts)}`;
}

test('a forged capture from an x.com page script: another network’s post is refused, times clamped, foreign media dropped, a card’s domain derived', async () => {
  const otherNetwork = samplePost({
    platform: 'threads',
    id: 'threads:555',
    nativeId: '555',
    url: 'https://www.threads.com/@a/post/C1',
  });
  const forged = samplePost({
    id: 'x:1900000000000000042',
    nativeId: '1900000000000000042',
    url: 'https://x.com/ada/status/1900000000000000042',
    sortAt: 8.64e15,
    createdAt: 8.64e15,
    author: { handle: 'ada', name: 'Ada', verified: false, avatarUrl: 'https://tracker.example/pixel.png' },
    linkCard: { url: 'https://phish.example/login', domain: 'bank.example' },
  });
  const detail = forgedEvent([otherNetwork, forged]);
  await serveSite(extension.context, 'https://x.com', {
    pages: {
      '/home': `<!doctype html><title>x</title><script>
        setTimeout(() => document.dispatchEvent(new CustomEvent('crossfeed:tap', { detail: ${JSON.stringify(detail)} })), 300);
      </script>`,
    },
  });
  const panel = await openExtensionPage(extension, 'sidepanel.html');
  const page = await extension.context.newPage();
  const before = Date.now();
  await page.goto('https://x.com/home');
  await expect.poll(async () => (await readStore<Post>(panel, 'posts')).length, { timeout: 20_000 }).toBe(1);
  const [stored] = await readStore<Post>(panel, 'posts');
  expect(stored!.id).toBe(forged.id);
  expect(stored!.sortAt).toBeLessThan(Date.now() + 11 * 60_000);
  expect(stored!.sortAt).toBeGreaterThan(before);
  expect(stored!.author.avatarUrl).toBeUndefined();
  expect(stored!.linkCard).toEqual({ url: 'https://phish.example/login', domain: 'phish.example' });
  const health = await readStore<{ key: string; rejected: Record<string, number> }>(panel, 'health');
  expect(health.find((record) => record.key === 'x:network')?.rejected).toMatchObject({
    'id-network': 1,
    'avatar-host': 1,
    'time-clamped': 1,
  });
});
