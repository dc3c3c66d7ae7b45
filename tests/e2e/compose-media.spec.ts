import { expect, test, type Page } from '@playwright/test';
import type { CrosspostRow } from '../../lib/compose/records';
import { startFakeMastodon, type FakeMastodon } from '../fake-servers/fake-mastodon';
import { startFakePds, type FakePds } from '../fake-servers/fake-pds';
import { jpegSize, readExifFromBytes, withExif } from '../helpers/jpeg-exif';
import { browserJpeg, intentPage, sendFromPage, setUpAccounts, stubIntents } from './compose-helpers';
import { launchExtension, openExtensionPage, readStore, type LoadedExtension } from './harness';

/*
 * Issue 15 in the real extension: pictures with alt text to Bluesky and Mastodon (the browser's own
 * image codec in the service worker), a content warning and a language on both, a schedule kept by
 * Mastodon's server and by the browser's alarm under a clock the test moves, and "send for me"
 * putting a file into X's compose page and pressing once.
 */

let extension: LoadedExtension;
let pds: FakePds;
let mastodon: FakeMastodon;
const closers: Array<() => Promise<void>> = [];

test.beforeEach(async () => {
  extension = await launchExtension();
  // Each upload answers 202 Accepted, then 200 on the first check: processed.
  [pds, mastodon] = await Promise.all([startFakePds(), startFakeMastodon({ mediaProcessing: 1 })]);
});
test.afterEach(async () => {
  await extension.close();
  for (const close of closers.splice(0)) await close();
  await Promise.all([pds.close(), mastodon.close()]);
});

async function only(popup: Page, keep: string[]) {
  for (const network of ['X', 'Threads', 'Bluesky', 'Mastodon']) {
    const box = popup.getByRole('checkbox', { name: network, exact: true });
    if (keep.includes(network)) await box.check();
    else await box.uncheck();
  }
}

test('two pictures with alt text, a warning and a language: one Bluesky record, one Mastodon status', async () => {
  await setUpAccounts(extension, pds, mastodon, closers);
  const popup = await openExtensionPage(extension, 'popup.html');
  // A 2400 × 1600 photo stored sideways (EXIF orientation 6: shown 1600 × 2400) that says where it
  // was taken, several MB of noise: over Bluesky's 1,000,000-byte limit.
  const photo = Buffer.from(
    withExif(new Uint8Array(await browserJpeg(popup, 2400, 1600)), { orientation: 6, location: true }),
  );
  const second = await browserJpeg(popup, 640, 480);
  expect(photo.length).toBeGreaterThan(1_000_000);
  await popup.getByTestId('composer-text').fill('Zwei Bilder vom Hafen');
  await popup.getByTestId('composer-file-input').setInputFiles([
    { name: 'harbour.jpg', mimeType: 'image/jpeg', buffer: photo },
    { name: 'boat.jpg', mimeType: 'image/jpeg', buffer: second },
  ]);
  await expect(popup.getByTestId('media-tile')).toHaveCount(2);
  await expect(popup.getByText('No alt text yet')).toHaveCount(2);
  await popup.getByLabel('Alt text for harbour.jpg').fill('The harbour at dawn, upright');
  await popup.getByLabel('Alt text for boat.jpg').fill('A red boat');
  await expect(popup.getByText('No alt text yet')).toHaveCount(0);
  await popup.getByText('Content warning, language, time').click();
  await popup.getByLabel('Content warning').fill('Bright lights');
  await popup.getByLabel('Media label').selectOption('graphic-media');
  await popup.getByLabel('Language').selectOption('de');
  await only(popup, ['Bluesky', 'Mastodon']);
  await expect(popup.locator('[data-network="bluesky"]').first()).toContainText(
    'Bluesky has no content-warning text: it is not added there.',
  );
  await popup.getByRole('button', { name: 'Post to 2 networks' }).click();

  const status = popup.getByTestId('crosspost-status');
  await expect(status.locator('[data-network="bluesky"]')).toHaveAttribute('data-state', 'posted', {
    timeout: 60_000,
  });
  await expect(status.locator('[data-network="mastodon"]')).toHaveAttribute('data-state', 'posted', {
    timeout: 60_000,
  });

  // Bluesky: one record, the pictures in order with their alt text and the shape they are shown in.
  expect(pds.records).toHaveLength(1);
  const record = pds.records[0]!.value as {
    text: string;
    langs: string[];
    labels: unknown;
    embed: {
      $type: string;
      images: Array<{ alt: string; aspectRatio: { width: number; height: number }; image: { size: number } }>;
    };
  };
  expect(record.text).toBe('Zwei Bilder vom Hafen');
  expect(record.langs).toEqual(['de']);
  expect(record.labels).toEqual({
    $type: 'com.atproto.label.defs#selfLabels',
    values: [{ val: 'graphic-media' }],
  });
  expect(record.embed.$type).toBe('app.bsky.embed.images');
  expect(record.embed.images.map((i) => i.alt)).toEqual(['The harbour at dawn, upright', 'A red boat']);
  const [upright, boat] = record.embed.images;
  // Upright (portrait 2:3, as the phone showed it), fitted: at most 2,000 px and 1,000,000 bytes.
  expect(upright!.aspectRatio.height).toBeGreaterThan(upright!.aspectRatio.width);
  expect(upright!.aspectRatio.width / upright!.aspectRatio.height).toBeCloseTo(2 / 3, 2);
  expect(Math.max(upright!.aspectRatio.width, upright!.aspectRatio.height)).toBeLessThanOrEqual(2000);
  expect(upright!.image.size).toBeLessThanOrEqual(1_000_000);
  expect(boat!.aspectRatio).toEqual({ width: 640, height: 480 });
  expect(boat!.image.size).toBe(second.length);

  // Mastodon: one status whose media_ids are the processed uploads, in order, with their descriptions.
  expect(mastodon.statuses).toHaveLength(1);
  const [posted] = mastodon.statuses;
  expect(posted).toMatchObject({ spoilerText: 'Bright lights', sensitive: true, language: 'de' });
  expect(posted!.mediaIds).toEqual(mastodon.media.map((m) => m.id));
  expect(mastodon.media.map((m) => [m.description, m.ready])).toEqual([
    ['The harbour at dawn, upright', true],
    ['A red boat', true],
  ]);
  expect(mastodon.requests.filter((r) => r.path === '/api/v2/media').map((r) => r.answered)).toEqual([
    202, 202,
  ]);
  expect(mastodon.requests.filter((r) => r.path.startsWith('/api/v1/media/')).map((r) => r.answered)).toEqual(
    [200, 200],
  );
  // The photo went out upright, without where it was taken (re-encoded: no EXIF at all).
  const sent = new Uint8Array(mastodon.media[0]!.file.bytes);
  expect(jpegSize(sent)).toEqual({ width: 1600, height: 2400 });
  expect(readExifFromBytes(sent)).toEqual({ hasLocation: false });
});

test('scheduled: Mastodon holds it (scheduled_at sent once); the alarm posts to Bluesky when the clock reaches the time', async () => {
  await setUpAccounts(extension, pds, mastodon, closers);
  const popup = await openExtensionPage(extension, 'popup.html');
  await popup.getByTestId('composer-text').fill('Posted at its time');
  await only(popup, ['Bluesky', 'Mastodon']);
  await popup.getByText('Content warning, language, time').click();
  const at = new Date(Date.now() + 2 * 3_600_000);
  at.setSeconds(0, 0);
  const pad = (n: number) => String(n).padStart(2, '0');
  const local = `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}T${pad(at.getHours())}:${pad(at.getMinutes())}`;
  await popup.getByLabel('Post at').fill(local);
  await popup.getByRole('button', { name: 'Schedule for 2 networks' }).click();

  await expect.poll(() => mastodon.scheduled.length).toBe(1);
  expect(mastodon.scheduled[0]?.scheduledAt).toBe(at.toISOString());
  const [row] = await readStore<CrosspostRow>(popup, 'crossposts');
  expect(row?.scheduledAt).toBe(at.getTime());
  const alarm = await extension.worker.evaluate(
    (name) =>
      (
        globalThis as unknown as {
          chrome: { alarms: { get(n: string): Promise<{ scheduledTime: number } | undefined> } };
        }
      ).chrome.alarms.get(name),
    `crosspost:${row!.id}`,
  );
  expect(alarm?.scheduledTime).toBe(at.getTime());
  expect(pds.records).toEqual([]);

  // The clock: the worker's Date.now moves to the scheduled time (plus a few seconds); the
  // alarm is set to fire now on the real clock (an unpacked extension's alarms may be that soon).
  await extension.worker.evaluate(
    ([name, target]) => {
      const real = () => performance.timeOrigin + performance.now();
      const offset = target + 3_000 - real();
      Date.now = () => real() + offset;
      return (
        globalThis as unknown as {
          chrome: { alarms: { create(n: string, a: { when: number }): Promise<void> } };
        }
      ).chrome.alarms.create(name, { when: real() + 200 });
    },
    [`crosspost:${row!.id}`, at.getTime()] as const,
  );
  await expect.poll(() => pds.records.length, { timeout: 20_000 }).toBe(1);
  expect(pds.records[0]?.value.text).toBe('Posted at its time');
  // Sent to Mastodon once, when it was scheduled; the alarm did not post it again.
  expect(mastodon.requests.filter((r) => r.method === 'POST' && r.path === '/api/v1/statuses')).toHaveLength(
    1,
  );
  expect(mastodon.statuses).toEqual([]);
  const panel = await openExtensionPage(extension, 'sidepanel.html');
  await panel.getByRole('tab', { name: 'Compose' }).click();
  const queue = panel.getByRole('region', { name: 'Scheduled posts' });
  await expect(queue.locator('[data-network="mastodon"]')).toHaveAttribute('data-state', 'scheduled');
  await expect(queue.locator('[data-network="bluesky"]')).toHaveAttribute('data-state', 'posted');
});

test('"send for me" puts the picture into X\'s own file input, waits for the upload, presses once', async () => {
  const requests = await stubIntents(
    extension.context,
    'https://x.com/intent/**',
    intentPage({ editor: 'tweetTextarea_0', button: 'tweetButton' }),
  );
  const popup = await openExtensionPage(extension, 'popup.html');
  expect(await sendFromPage(popup, 'updateSettings', { sendForMe: true })).toMatchObject({ ok: true });
  const picture = await browserJpeg(popup, 320, 240);
  await popup.getByTestId('composer-text').fill('With a picture ✨');
  await popup
    .getByTestId('composer-file-input')
    .setInputFiles([{ name: 'small.jpg', mimeType: 'image/jpeg', buffer: picture }]);
  await popup.getByLabel('Alt text for small.jpg').fill('A small grey square');
  await only(popup, ['X']);
  await expect(popup.locator('[data-network="x"]').first()).toContainText('"Send for me" attaches the files');
  await popup.getByRole('button', { name: 'Post to 1 network' }).click();

  const line = popup.getByTestId('crosspost-status').locator('[data-network="x"]');
  await expect
    .poll(
      async () => {
        for (const page of extension.context.pages()) {
          if (page.url().startsWith('chrome-error://')) await page.reload().catch(() => undefined);
        }
        return line.getAttribute('data-state');
      },
      { timeout: 30_000 },
    )
    .toBe('posted');
  expect(new Set(requests).size).toBe(1);
  const tab = extension.context.pages().find((page) => page.url().startsWith('https://x.com/intent/'));
  let sum = 0;
  for (const byte of picture) sum = (sum + byte) % 1000003;
  expect(await tab?.evaluate(() => (window as unknown as { __files: unknown[] }).__files)).toEqual([
    { name: 'small.jpg', type: 'image/jpeg', size: picture.length, sum },
  ]);
  expect(await tab?.evaluate(() => (window as unknown as { __presses: number }).__presses)).toBe(1);
});
