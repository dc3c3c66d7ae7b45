import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { CrossfeedDB, type UserState } from '../../lib/db';
import { generatePosts } from '../../lib/dev/generate-posts';
import { exportStore } from '../../lib/export/export-json';
import { EXPORT_FORMAT, EXPORT_VERSION } from '../../lib/export/format';
import { exportPostsAs } from '../../lib/export/export-posts';
import { importFile } from '../../lib/export/import-file';
import { samplePost } from '../helpers/sample-post';
import { freshDbName, snapshot } from './store-helpers';

const opened: CrossfeedDB[] = [];
async function store(): Promise<CrossfeedDB> {
  const db = new CrossfeedDB(freshDbName('export'));
  await db.open();
  opened.push(db);
  return db;
}
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

const NOW = Date.UTC(2025, 5, 10, 12, 0, 0);

/** Generated posts plus hand-made edge cases, and user state of every kind. */
async function fill(db: CrossfeedDB): Promise<void> {
  const posts = generatePosts(1234, 7);
  posts.push(
    samplePost({
      nativeId: '1',
      text: 'Quotes "," and\nnew lines, emoji 👩🏽‍💻, <img src=x onerror=alert(1)>, and a lone \uD800 surrogate',
    }),
  );
  await db.posts.bulkPut(posts);
  const states: UserState[] = [
    {
      postId: posts[0]!.id,
      savedAt: NOW - 5000,
      tags: ['read', 'later'],
      note: 'A note\nwith lines',
      updatedAt: NOW,
    },
    { postId: posts[1]!.id, tags: ['only-tag'], updatedAt: NOW - 1 },
    { postId: posts[2]!.id, savedAt: NOW - 10, tags: [], updatedAt: NOW - 2 },
    // User state of a post that is not stored (kept as it is: the store allows it).
    { postId: 'threads:missing', tags: [], note: 'orphan', updatedAt: NOW - 3 },
  ];
  await db.userState.bulkPut(states);
}

describe('JSON export → import', () => {
  it('gives the same store, posts and user state, row for row', async () => {
    const source = await store();
    await fill(source);
    const progress: number[] = [];
    const blob = await exportStore(source, {
      now: NOW,
      chunkSize: 100,
      onProgress: ({ done }) => progress.push(done),
    });
    const target = await store();
    const result = await importFile(target, blob);

    expect(result).toEqual({
      ok: true,
      rowsInFile: 1235 + 4,
      skipped: { total: 0, byReason: {}, examples: [] },
      written: {
        postsAdded: 1235,
        postsUpdated: 0,
        userStateAdded: 4,
        userStateUpdated: 0,
        identityLinksWritten: 0,
      },
    });
    expect(await snapshot(target)).toEqual(await snapshot(source));
    // Chunked: progress after every 100 rows, ending at the total.
    expect(progress.at(-1)).toBe(1239);
    expect(progress.length).toBe(13 + 1);
  });

  it('writes a versioned envelope with one row per line', async () => {
    const db = await store();
    const post = samplePost();
    await db.posts.put(post);
    const text = await (await exportStore(db, { now: NOW })).text();
    expect(JSON.parse(text)).toEqual({
      format: EXPORT_FORMAT,
      version: EXPORT_VERSION,
      exportedAt: NOW,
      posts: [post],
      userState: [],
    });
    expect(text.split('\n')).toContain(JSON.stringify(post));
  });

  it('exports an empty store as a valid, empty file', async () => {
    const db = await store();
    const blob = await exportStore(db, { now: NOW });
    expect(JSON.parse(await blob.text())).toEqual({
      format: EXPORT_FORMAT,
      version: 1,
      exportedAt: NOW,
      posts: [],
      userState: [],
    });
    const target = await store();
    expect(await importFile(target, blob)).toMatchObject({ ok: true, rowsInFile: 0 });
  });

  it('importing the same file twice changes nothing the second time', async () => {
    const source = await store();
    await fill(source);
    const blob = await exportStore(source, { now: NOW });
    const target = await store();
    await importFile(target, blob);
    const once = await snapshot(target);
    const again = await importFile(target, blob);
    expect(again).toMatchObject({
      ok: true,
      written: {
        postsAdded: 0,
        postsUpdated: 1235,
        userStateAdded: 0,
        userStateUpdated: 4,
        identityLinksWritten: 0,
      },
    });
    expect(await snapshot(target)).toEqual(once);
  });
});

describe('JSON export of a list of posts (the current view)', () => {
  it('holds the listed posts in order with only their user state, and imports like a full export', async () => {
    const posts = [samplePost({ nativeId: '3' }), samplePost({ nativeId: '1' })];
    const states: UserState[] = [
      { postId: 'x:1', savedAt: NOW, tags: ['a'], updatedAt: NOW },
      { postId: 'x:2', savedAt: NOW, tags: ['not listed'], updatedAt: NOW },
    ];
    const blob = exportPostsAs('json', posts, states, NOW);
    expect(JSON.parse(await blob.text())).toEqual({
      format: EXPORT_FORMAT,
      version: EXPORT_VERSION,
      exportedAt: NOW,
      posts,
      userState: [states[0]],
    });
    const target = await store();
    expect(await importFile(target, blob)).toMatchObject({
      ok: true,
      written: { postsAdded: 2, userStateAdded: 1 },
    });
  });
});
