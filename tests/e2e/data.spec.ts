import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { DEMO_X_TWEETS } from '../fixtures/x/handmade-timeline';
import type { UserState } from '../../lib/db';
import type { Post } from '../../lib/post';
import { samplePost } from '../helpers/sample-post';
import { captureTweets, readExportedTables, sendFromPage } from './data-helpers';
import { launchExtension, openExtensionPage, readStore, type LoadedExtension } from './harness';

const opened: LoadedExtension[] = [];
let downloads: string;

test.beforeEach(() => {
  downloads = mkdtempSync(join(tmpdir(), 'crossfeed-downloads-'));
});
test.afterEach(async () => {
  await Promise.all(opened.splice(0).map((extension) => extension.close()));
  rmSync(downloads, { recursive: true, force: true });
});

async function launch(): Promise<LoadedExtension> {
  const extension = await launchExtension();
  opened.push(extension);
  return extension;
}

test('export from one profile, import into a fresh one: the same store, row by row', async () => {
  // Profile A: capture through a routed x.com page, then save, tag and annotate from an extension page.
  const first = await launch();
  const options = await openExtensionPage(first, 'options.html');
  await captureTweets(first, DEMO_X_TWEETS, options);
  const saved = `x:${DEMO_X_TWEETS[1]!.id}`;
  const tagged = `x:${DEMO_X_TWEETS[3]!.id}`;
  expect(
    await sendFromPage(options, 'updateUserState', {
      postId: saved,
      saved: true,
      tags: ['harbour'],
      note: 'Photo walk',
    }),
  ).toMatchObject({ ok: true, data: { postId: saved } });
  expect(await sendFromPage(options, 'updateUserState', { postId: tagged, tags: ['decks'] })).toMatchObject({
    ok: true,
  });
  const before = await readExportedTables(options);
  expect(before.userState).toHaveLength(2);

  // Export from the options page; the browser downloads the file.
  await options.reload();
  const [download] = await Promise.all([
    options.waitForEvent('download'),
    options.getByRole('button', { name: 'Export everything' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^crossfeed-\d{4}-\d\d-\d\dT\d{4}\.json$/);
  const file = join(downloads, download.suggestedFilename());
  await download.saveAs(file);
  await expect(options.getByRole('status').filter({ hasText: 'Exported to' })).toBeVisible();
  const exported = JSON.parse(readFileSync(file, 'utf8')) as {
    format: string;
    posts: Post[];
    userState: UserState[];
  };
  expect(exported.format).toBe('crossfeed-export');
  expect(exported.posts).toEqual(before.posts);
  expect(exported.userState).toEqual(before.userState);

  // Profile B: a fresh browser profile; import the file through the options page's file input.
  const second = await launch();
  const fresh = await openExtensionPage(second, 'options.html');
  expect(await readExportedTables(fresh)).toEqual({ posts: [], userState: [] });
  await fresh.getByLabel('Choose a Crossfeed export (.json)').setInputFiles(file);
  await expect(fresh.getByTestId('import-summary')).toContainText(
    `Imported ${DEMO_X_TWEETS.length} new posts and updated 0; 2 saved/tagged entries. Every row of the file was valid.`,
  );
  expect(await readExportedTables(fresh)).toEqual(before);
  await expect(fresh.getByTestId('rows-posts')).toHaveText(String(DEMO_X_TWEETS.length));
  await expect(fresh.getByTestId('rows-saved')).toHaveText('1');

  // A truncated copy of the same file is refused with a sentence, and changes nothing.
  const text = readFileSync(file, 'utf8');
  await fresh.getByLabel('Choose a Crossfeed export (.json)').setInputFiles({
    name: 'truncated.json',
    mimeType: 'application/json',
    buffer: Buffer.from(text.slice(0, Math.floor(text.length / 2))),
  });
  await expect(fresh.getByTestId('import-error')).toContainText('This file is not valid JSON');
  expect(await readExportedTables(fresh)).toEqual(before);
});

test('an import with invalid rows reports them by reason; delete everything asks first and keeps settings', async () => {
  const extension = await launch();
  const options = await openExtensionPage(extension, 'options.html');

  // Settings made in the page survive the rest.
  await options.getByLabel('Mute a word or phrase').fill('spoiler');
  await options.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(options.getByRole('list', { name: 'Muted words' })).toContainText('spoiler');

  const valid = [samplePost({ nativeId: '1' }), samplePost({ nativeId: '2' })];
  const file = {
    format: 'crossfeed-export',
    version: 1,
    exportedAt: 1,
    posts: [valid[0], { ...samplePost({ nativeId: '3' }), url: 'javascript:alert(1)' }, valid[1]],
    userState: [{ postId: 'x:1', savedAt: 5, tags: ['t'], updatedAt: 5 }],
  };
  await options.getByLabel('Choose a Crossfeed export (.json)').setInputFiles({
    name: 'with-a-bad-row.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(file)),
  });
  await expect(options.getByTestId('import-summary')).toContainText('Imported 2 new posts');
  await expect(options.getByText('Skipped 1 of 4 rows')).toBeVisible();
  await expect(
    options.getByRole('cell', { name: 'invalid post (url): must be an http(s) URL' }),
  ).toBeVisible();
  await expect(options.getByText('Post #2 (x:3): invalid post (url)')).toBeVisible();
  expect((await readStore<Post>(options, 'posts')).map((post) => post.id)).toEqual(['x:1', 'x:2']);

  // Two steps: the final button stays disabled until "delete" is typed.
  await options.getByRole('button', { name: 'Delete everything…' }).click();
  const confirm = options.getByRole('button', { name: 'Delete everything', exact: true });
  await expect(confirm).toBeDisabled();
  await options.getByLabel('Type delete to confirm').fill('delete');
  await confirm.click();
  await expect(options.getByRole('status').filter({ hasText: 'Deleted 2 posts' })).toBeVisible();
  expect(await readExportedTables(options)).toEqual({ posts: [], userState: [] });
  await expect(options.getByTestId('rows-posts')).toHaveText('0');
  await expect(options.getByRole('list', { name: 'Muted words' })).toContainText('spoiler');
});
