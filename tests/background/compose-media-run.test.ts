import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { CrossfeedDB } from '../../lib/db';
import { createComposeHandlers } from '../../lib/compose/worker/handlers';
import { resetAccountStoreForTests } from '../../lib/compose/worker/account-store';
import type { MediaInfo } from '../../lib/compose/media';
import type { CrosspostRow } from '../../lib/compose/records';
import { writeSettings } from '../../lib/settings';
import type { HandlerContext } from '../../lib/protocol/spec';
import { blobUrl, testComposeDeps } from '../helpers/compose-deps';
import { asModelPhoto, modelPhoto } from '../helpers/image-model';
import { startFakeMastodon, type FakeMastodon } from '../fake-servers/fake-mastodon';
import { startFakePds, type FakePds } from '../fake-servers/fake-pds';

/*
 * Files from the composer to the networks, through the background's handlers: a page hands over a
 * blob: URL, the background keeps the bytes, and the cross-post carries each part's files.
 */

const NOW = Date.UTC(2026, 0, 2, 12, 0, 0);
const page: HandlerContext = { channel: 'page' };
const DRAFT = 'draft-3kdraftdraft2';
let db: CrossfeedDB;
let pds: FakePds;
let mastodon: FakeMastodon;
let dbCount = 0;
let tabs: string[];

beforeEach(async () => {
  fakeBrowser.reset();
  dbCount += 1;
  tabs = [];
  db = new CrossfeedDB(`test-compose-media-${dbCount}`);
  await db.open();
  [pds, mastodon] = await Promise.all([
    startFakePds({ now: () => NOW }),
    startFakeMastodon({ now: () => NOW, mediaProcessing: 1 }),
  ]);
});
afterEach(async () => {
  await Promise.all([pds.close(), mastodon.close()]);
  await db.delete();
  await resetAccountStoreForTests();
});

function handlers() {
  return createComposeHandlers(
    db,
    testComposeDeps(() => NOW, {
      openTab: async (url) => {
        tabs.push(url);
        return tabs.length;
      },
    }),
  );
}

async function attach(h: ReturnType<typeof handlers>, blob: Blob, name: string): Promise<MediaInfo> {
  const reply = await h.addMedia({ draftId: DRAFT, blobUrl: blobUrl(blob), name }, page);
  if ('error' in reply) throw new Error(reply.error);
  return reply.media;
}

async function settled(id: string): Promise<CrosspostRow> {
  for (;;) {
    const row = await db.crossposts.get(id);
    if (row?.targets.every((t) => !['queued', 'sending'].includes(t.status.state))) return row;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe('addMedia', () => {
  it('keeps the bytes for the draft, described by what they are (not by the name the page gave)', async () => {
    const h = handlers();
    const photo = modelPhoto(300_000, { width: 1200, height: 900 });
    const media = await attach(h, photo, 'not-really.txt');
    expect(media).toEqual({
      id: expect.stringMatching(/^[a-z2-7]{13}$/),
      kind: 'image',
      mimeType: 'image/jpeg',
      bytes: 300_000,
      width: 1200,
      height: 900,
      name: 'not-really.txt',
    });
    expect((await db.media.get(media.id))?.draftId).toBe(DRAFT);
  });

  it('refuses what is not a picture or video, and a URL it cannot read, in words', async () => {
    const h = handlers();
    const svg = new Blob(['<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>']);
    expect(await h.addMedia({ draftId: DRAFT, blobUrl: blobUrl(svg), name: 'x.svg' }, page)).toEqual({
      error:
        'Crossfeed takes JPEG, PNG, WebP and GIF pictures and MP4, MOV and WebM videos; this file is none of them.',
    });
    expect(
      await h.addMedia({ draftId: DRAFT, blobUrl: 'blob:chrome-extension://test/gone', name: 'x' }, page),
    ).toEqual({
      error: 'Crossfeed could not read that file; attach it again.',
    });
    expect(await db.media.count()).toBe(0);
  });
});

describe('a cross-post with pictures', () => {
  it('Bluesky and Mastodon each get one post with both pictures, in order, with their alt text; warning and language too', async () => {
    const h = handlers();
    const accounts: Array<{ network: 'bluesky' | 'mastodon'; input: Record<string, string> }> = [
      {
        network: 'bluesky',
        input: { identifier: pds.handle, appPassword: pds.appPassword, service: pds.url },
      },
      { network: 'mastodon', input: { instance: mastodon.url, accessToken: mastodon.accessToken } },
    ];
    for (const account of accounts) expect((await h.addAccount(account, page)).error).toBeUndefined();
    const first = await attach(h, modelPhoto(500_000, { width: 1600, height: 1200 }), 'one.jpg');
    const second = await attach(h, modelPhoto(200_000, { width: 800, height: 1000 }), 'two.jpg');
    const picks = [
      [
        { id: first.id, alt: 'First' },
        { id: second.id, alt: 'Second' },
      ],
    ];
    const options = { warning: { text: 'Bright light', label: 'graphic-media' as const }, lang: 'de' };
    const { crosspostId } = await h.startCrosspost(
      {
        draftId: DRAFT,
        text: 'Zwei Bilder',
        targets: [
          { network: 'bluesky', via: 'api', texts: ['Zwei Bilder'], media: picks },
          { network: 'mastodon', via: 'api', texts: ['Zwei Bilder'], media: picks },
        ],
        options,
      },
      page,
    );
    const row = await settled(crosspostId);
    expect(row.targets.map((t) => t.status.state)).toEqual(['posted', 'posted']);
    expect(pds.records[0]?.value).toMatchObject({
      text: 'Zwei Bilder',
      langs: ['de'],
      labels: { values: [{ val: 'graphic-media' }] },
      embed: {
        images: [
          { alt: 'First', aspectRatio: { width: 1600, height: 1200 } },
          { alt: 'Second', aspectRatio: { width: 800, height: 1000 } },
        ],
      },
    });
    expect(mastodon.statuses).toEqual([
      expect.objectContaining({
        text: 'Zwei Bilder',
        mediaIds: mastodon.media.map((m) => m.id),
        spoilerText: 'Bright light',
        sensitive: true,
        language: 'de',
      }),
    ]);
    expect(mastodon.media.map((m) => [m.description, m.ready])).toEqual([
      ['First', true],
      ['Second', true],
    ]);
  });

  it('refuses a file of another draft: a post carries only what was attached to it', async () => {
    const h = handlers();
    const other = await h.addMedia(
      {
        draftId: 'draft-3kotherother2',
        blobUrl: blobUrl(modelPhoto(100, { width: 1, height: 1 })),
        name: 'x',
      },
      page,
    );
    if ('error' in other) throw new Error(other.error);
    await expect(
      h.startCrosspost(
        {
          draftId: DRAFT,
          text: 'x',
          targets: [
            { network: 'bluesky', via: 'api', texts: ['x'], media: [[{ id: other.media.id, alt: '' }]] },
          ],
        },
        page,
      ),
    ).rejects.toThrow('a file of this post is no longer kept; attach it again');
  });
});

describe('X and Threads with pictures', () => {
  it('without "send for me": the intent opens and its line says to add the pictures there', async () => {
    const h = handlers();
    const photo = await attach(h, modelPhoto(1000, { width: 10, height: 10 }), 'cat.jpg');
    const { crosspostId } = await h.startCrosspost(
      {
        draftId: DRAFT,
        text: 'Cat',
        targets: [{ network: 'x', via: 'intent', texts: ['Cat'], media: [[{ id: photo.id, alt: 'A cat' }]] }],
      },
      page,
    );
    const row = await settled(crosspostId);
    expect(row.targets[0]?.notes).toEqual([
      "Add 1 picture on X's page yourself: its compose page cannot take files from Crossfeed. Copy each from here.",
    ]);
    expect(await h.intentTabCheck({}, { channel: 'intent', platform: 'x', tabId: 1 })).toEqual({
      press: false,
    });
    expect(
      await h.intentMedia({ index: 0, offset: 0 }, { channel: 'intent', platform: 'x', tabId: 1 }),
    ).toEqual({ error: 'not-allowed' });
  });

  it('with "send for me": the tab it opened is told the files and gets their bytes in pieces; no other tab', async () => {
    await writeSettings(db, { sendForMe: true });
    const h = handlers();
    const bytes = new Uint8Array(700_000).map((_, i) => i % 251);
    bytes.set([0xff, 0xd8, 0xff], 0);
    const photo = await attach(h, asModelPhoto(new Blob([bytes]), { width: 100, height: 100 }), 'big.jpg');
    const { crosspostId } = await h.startCrosspost(
      {
        draftId: DRAFT,
        text: 'Big',
        targets: [
          { network: 'threads', via: 'intent', texts: ['Big'], media: [[{ id: photo.id, alt: '' }]] },
        ],
      },
      page,
    );
    const row = await settled(crosspostId);
    expect(row.targets[0]?.notes).toEqual([
      "Crossfeed attaches 1 picture on Threads's page, waits for the upload, then presses Post.",
    ]);
    const tab: HandlerContext = { channel: 'intent', platform: 'threads', tabId: 1 };
    expect(await h.intentTabCheck({}, tab)).toEqual({
      press: true,
      text: 'Big',
      files: [{ name: 'big.jpg', mimeType: 'image/jpeg', bytes: 700_000 }],
    });
    const pieces: Array<Uint8Array<ArrayBuffer>> = [];
    for (let offset = 0; ;) {
      const piece = await h.intentMedia({ index: 0, offset }, tab);
      if ('error' in piece) throw new Error(piece.error);
      pieces.push(Uint8Array.from(atob(piece.base64), (c) => c.charCodeAt(0)));
      offset = piece.next;
      if (piece.done) break;
    }
    expect(pieces.map((p) => p.length)).toEqual([524_288, 175_712]);
    expect(new Uint8Array(await new Blob(pieces).arrayBuffer())).toEqual(bytes);
    expect(await h.intentMedia({ index: 0, offset: 0 }, { ...tab, tabId: 2 })).toEqual({
      error: 'not-allowed',
    });
    expect(await h.intentMedia({ index: 0, offset: 0 }, { ...tab, platform: 'x' })).toEqual({
      error: 'not-allowed',
    });
  });
});
