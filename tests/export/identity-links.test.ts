import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { CrossfeedDB } from '../../lib/db';
import { exportStore } from '../../lib/export/export-json';
import { mergeIdentityLinks } from '../../lib/export/identity-links';
import { importFile } from '../../lib/export/import-file';
import { cardViews } from '../../lib/feed/collapse/card-view';
import { editLink } from '../../lib/feed/collapse/identity-edit';
import { toCollapseRow } from '../../lib/feed/collapse/rows';
import { readSettings, writeSettings } from '../../lib/settings';
import { samplePost } from '../helpers/sample-post';
import { freshDbName, snapshot } from './store-helpers';

const opened: CrossfeedDB[] = [];
async function store(): Promise<CrossfeedDB> {
  const db = new CrossfeedDB(freshDbName('links'));
  await db.open();
  opened.push(db);
  return db;
}
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

const NOW = Date.UTC(2026, 5, 1, 12, 0, 0);
const X_ALICE = { platform: 'x', handle: 'Alice_X' } as const;
const MASTO_AL = { platform: 'mastodon', handle: 'al@mastodon.social' } as const;
const THREADS_BOB = { platform: 'threads', handle: 'bob' } as const;
const X_BOB = { platform: 'x', handle: 'bob' } as const;

/** Two posts with the same words by accounts whose handles differ: one card only once linked. */
const x = samplePost({
  platform: 'x',
  id: 'x:1900',
  nativeId: '1900',
  url: 'https://x.com/Alice_X/status/1900',
  author: { handle: 'Alice_X', name: 'Alice', verified: false },
  text: 'A long enough sentence to match across networks',
  createdAt: NOW,
  sortAt: NOW,
});
const mastodon = samplePost({
  platform: 'mastodon',
  id: 'mastodon:https://mastodon.social/users/al/statuses/1',
  nativeId: 'https://mastodon.social/users/al/statuses/1',
  url: 'https://mastodon.social/@al/1',
  author: { handle: 'al@mastodon.social', name: 'Al', verified: false },
  text: 'A long enough sentence to match across networks',
  createdAt: NOW + 60_000,
  sortAt: NOW + 60_000,
});

describe('identity links: link and unlink, undo, export and import', () => {
  it('a link and an unlink made from the menu survive export → import into a fresh store', async () => {
    const linked = editLink([], X_ALICE, MASTO_AL, true, NOW);
    const both = editLink(linked.links, THREADS_BOB, X_BOB, false, NOW + 1);
    expect(both.links).toEqual([
      { a: 'x:alice_x', b: 'mastodon:al@mastodon.social', same: true, at: NOW },
      { a: 'threads:bob', b: 'x:bob', same: false, at: NOW + 1 },
    ]);
    const source = await store();
    await source.posts.bulkPut([x, mastodon]);
    await writeSettings(source, { identityLinks: both.links });

    const file = await exportStore(source, { now: NOW });
    expect(JSON.parse(await file.text())).toMatchObject({ identityLinks: both.links });
    const target = await store();
    const result = await importFile(target, file);
    expect(result).toEqual({
      ok: true,
      rowsInFile: 2 + 0 + 2,
      skipped: { total: 0, byReason: {}, examples: [] },
      written: {
        postsAdded: 2,
        postsUpdated: 0,
        userStateAdded: 0,
        userStateUpdated: 0,
        identityLinksWritten: 2,
      },
    });
    expect(await snapshot(target)).toEqual(await snapshot(source));
    const imported = (await readSettings(target)).identityLinks;
    expect(imported).toEqual(both.links);

    // The imported link does what the user made it for: the two accounts' same words are one card.
    const rows = [mastodon, x].map(toCollapseRow);
    expect(cardViews(rows)).toHaveLength(2);
    expect(cardViews(rows, { links: imported })).toEqual([
      {
        key: mastodon.id,
        show: mastodon.id,
        copies: [
          { id: mastodon.id, platform: 'mastodon', handle: 'al@mastodon.social' },
          { id: x.id, platform: 'x', handle: 'Alice_X' },
        ],
        reposts: [],
        sortAt: NOW + 60_000,
      },
    ]);
  });

  it('undo takes back only its own word, giving back the one it replaced', () => {
    const unlinked = editLink([], X_ALICE, MASTO_AL, false, NOW);
    const other = editLink(unlinked.links, THREADS_BOB, X_BOB, true, NOW + 1);
    const relinked = editLink(other.links, MASTO_AL, X_ALICE, true, NOW + 2);
    expect(relinked.links).toEqual([
      other.links[1],
      { a: 'mastodon:al@mastodon.social', b: 'x:alice_x', same: true, at: NOW + 2 },
    ]);
    expect(relinked.undo(relinked.links)).toEqual([other.links[1], unlinked.links[0]]);
  });

  it('an import merges with the store per pair of accounts: the newer word wins, the store wins a tie', async () => {
    const stored = [
      { a: 'x:alice_x', b: 'mastodon:al@mastodon.social', same: false, at: NOW + 10 },
      { a: 'threads:bob', b: 'x:bob', same: true, at: NOW },
    ];
    const imported = [
      { a: 'mastodon:al@mastodon.social', b: 'x:alice_x', same: true, at: NOW + 5 },
      { a: 'x:bob', b: 'threads:bob', same: false, at: NOW + 20 },
      { a: 'bluesky:carol.bsky.social', b: 'x:carol', same: true, at: NOW + 1 },
    ];
    // Sorted by time: carol's link (new), alice's unlink (the store's, newer), bob's unlink (the file's, newer).
    expect(mergeIdentityLinks(stored, imported)).toEqual([imported[2], stored[0], imported[1]]);
    // The same time on both sides: the store's word stays.
    expect(mergeIdentityLinks(stored, [{ ...stored[1]!, same: false }])).toEqual([stored[1], stored[0]]);
  });

  it('a file without identity links imports as before; a bad link row is skipped and counted', async () => {
    const target = await store();
    const envelope = (links?: unknown) =>
      new Blob([
        JSON.stringify({
          format: 'crossfeed-export',
          version: 1,
          exportedAt: NOW,
          posts: [x],
          userState: [],
          ...(links === undefined ? {} : { identityLinks: links }),
        }),
      ]);
    expect(await importFile(target, envelope())).toMatchObject({
      ok: true,
      written: { identityLinksWritten: 0 },
    });
    const result = await importFile(
      target,
      envelope([
        { a: 'x:alice_x', b: 'mastodon:al@mastodon.social', same: true, at: NOW },
        { a: 'myspace:tom', b: 'x:tom', same: true, at: NOW },
      ]),
    );
    expect(result).toMatchObject({
      ok: true,
      rowsInFile: 3,
      skipped: { total: 1, examples: [{ list: 'identityLinks', index: 1 }] },
      written: { identityLinksWritten: 1 },
    });
    expect(result.ok && Object.keys(result.skipped.byReason)).toEqual([
      expect.stringMatching(/^invalid identity link \(a\): /),
    ]);
    expect((await readSettings(target)).identityLinks).toEqual([
      { a: 'x:alice_x', b: 'mastodon:al@mastodon.social', same: true, at: NOW },
    ]);
  });
});
