import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CrossfeedDB, type UserState } from '../../lib/db';
import { exportPostsJson, exportStore } from '../../lib/export/export-json';
import { importFile } from '../../lib/export/import-file';
import { IMPORT_ERRORS, parseExport } from '../../lib/export/import-parse';
import type { Post } from '../../lib/post';
import { samplePost } from '../helpers/sample-post';
import { freshDbName, snapshot } from './store-helpers';

// After samplePost's capture times.
const NOW = Date.UTC(2025, 6, 1, 12, 0, 0);
let db: CrossfeedDB;

beforeEach(async () => {
  db = new CrossfeedDB(freshDbName('import'));
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

function post(n: number, overrides: Partial<Post> = {}): Post {
  return samplePost({ nativeId: String(1000 + n), text: `Post ${n}`, ...overrides });
}

function file(body: unknown): Blob {
  return new Blob([typeof body === 'string' ? body : JSON.stringify(body)]);
}

function envelope(posts: unknown[], userState: unknown[] = []) {
  return { format: 'crossfeed-export', version: 1, exportedAt: NOW, posts, userState };
}

/** A store with something in it, so "changes nothing" means something. */
async function seed(): Promise<void> {
  await db.posts.bulkPut([post(1), post(2)]);
  await db.userState.put({ postId: post(1).id, savedAt: NOW - 100, tags: ['keep'], updatedAt: NOW - 100 });
}

describe('import refuses a broken file as a whole and changes nothing', () => {
  const cases: Array<[string, string | unknown, string]> = [
    ['not JSON (a CSV file)', 'id,platform\nx:1,x\n', IMPORT_ERRORS.notJson],
    ['empty file', '', IMPORT_ERRORS.notJson],
    ['a JSON array', [post(3)], IMPORT_ERRORS.notExport],
    ['another format', { ...envelope([post(3)]), format: 'twitter-archive' }, IMPORT_ERRORS.notExport],
    ['no format', { posts: [post(3)], userState: [] }, IMPORT_ERRORS.notExport],
    ['a newer version', { ...envelope([post(3)]), version: 2 }, IMPORT_ERRORS.newer(2)],
    [
      'a version that is not a number',
      { ...envelope([post(3)]), version: '1' },
      IMPORT_ERRORS.unsupported('1'),
    ],
    ['version 0', { ...envelope([post(3)]), version: 0 }, IMPORT_ERRORS.unsupported(0)],
    ['posts not a list', { ...envelope([]), posts: { 0: post(3) } }, IMPORT_ERRORS.incomplete],
    [
      'no user-state list',
      { format: 'crossfeed-export', version: 1, posts: [post(3)] },
      IMPORT_ERRORS.incomplete,
    ],
  ];
  for (const [name, body, error] of cases) {
    it(name, async () => {
      await seed();
      const before = await snapshot(db);
      expect(await importFile(db, file(body))).toEqual({ ok: false, error });
      expect(await snapshot(db)).toEqual(before);
    });
  }

  it('a truncated export (cut anywhere) writes nothing', async () => {
    const source = new CrossfeedDB(freshDbName('import-source'));
    await source.posts.bulkPut([post(10), post(11), post(12)]);
    await source.userState.put({ postId: post(10).id, tags: ['t'], updatedAt: NOW });
    const text = await (await exportStore(source, { now: NOW })).text();
    await source.delete();
    await seed();
    const before = await snapshot(db);
    // Every cut of the file but the whole (and the whole minus its final newline) is refused.
    for (let cut = 0; cut < text.trimEnd().length; cut += 7) {
      expect(await importFile(db, file(text.slice(0, cut)))).toEqual({
        ok: false,
        error: IMPORT_ERRORS.notJson,
      });
    }
    expect(await snapshot(db)).toEqual(before);
  });

  it('a write that fails halfway leaves the store as it was (one transaction)', async () => {
    await seed();
    const before = await snapshot(db);
    // Fails after the first chunk of rows was written, with more to come.
    const posts = Array.from({ length: 6000 }, (_, n) => post(100 + n));
    const written: number[] = [];
    const result = await importFile(db, file(envelope(posts)), (progress) => {
      if (progress.phase !== 'writing') return;
      written.push(progress.done);
      throw new Error('disk full');
    });
    expect(written).toEqual([5000]);
    expect(result).toEqual({ ok: false, error: 'Writing failed, so nothing was imported (disk full).' });
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('import checks every row', () => {
  it('skips invalid rows, counts them by reason, shows the first examples, and keeps the valid ones', async () => {
    const good = [post(1), post(2), post(3)];
    const badUrl = { ...post(4), url: 'javascript:alert(1)' };
    const badMedia = { ...post(5), media: [{ kind: 'photo', url: 'ftp://example.com/a.jpg' }] };
    const badMedia2 = { ...post(6), media: [{ kind: 'photo', url: 'data:image/png;base64,AAAA' }] };
    const noAuthor: Record<string, unknown> = { ...post(7) };
    delete noAuthor.author;
    const states = [
      { postId: post(1).id, savedAt: NOW, tags: ['a'], updatedAt: NOW },
      { postId: post(2).id, savedAt: -5, tags: [], updatedAt: NOW },
      'not a row',
    ];
    const result = await importFile(
      db,
      file(envelope([good[0], badUrl, good[1], badMedia, noAuthor, badMedia2, good[2], 42], states)),
    );

    expect(result).toEqual({
      ok: true,
      rowsInFile: 11,
      written: {
        postsAdded: 3,
        postsUpdated: 0,
        userStateAdded: 1,
        userStateUpdated: 0,
        identityLinksWritten: 0,
      },
      skipped: {
        total: 7,
        byReason: {
          'invalid post (url): must be an http(s) URL': 1,
          'invalid post (media[].url): must be an http(s) URL': 2,
          'invalid post (author): Invalid input: expected object, received undefined': 1,
          'invalid post: Invalid input: expected object, received number': 1,
          'invalid user state (savedAt): Too small: expected number to be >=0': 1,
          'invalid user state: Invalid input: expected object, received string': 1,
        },
        examples: [
          { list: 'posts', index: 1, id: post(4).id, reason: 'invalid post (url): must be an http(s) URL' },
          {
            list: 'posts',
            index: 3,
            id: post(5).id,
            reason: 'invalid post (media[].url): must be an http(s) URL',
          },
          {
            list: 'posts',
            index: 4,
            id: post(7).id,
            reason: 'invalid post (author): Invalid input: expected object, received undefined',
          },
          {
            list: 'posts',
            index: 5,
            id: post(6).id,
            reason: 'invalid post (media[].url): must be an http(s) URL',
          },
          {
            list: 'posts',
            index: 7,
            reason: 'invalid post: Invalid input: expected object, received number',
          },
        ],
      },
    });
    expect((await snapshot(db)).posts).toEqual(good);
    expect((await snapshot(db)).userState).toEqual([states[0]]);
  });

  it('reports checking progress on long files', async () => {
    const posts = Array.from({ length: 2500 }, (_, n) => post(n));
    const seen: Array<[number, number]> = [];
    const parsed = await parseExport(JSON.stringify(envelope(posts)), ({ done, total }) =>
      seen.push([done, total]),
    );
    expect(parsed.ok).toBe(true);
    expect(seen).toEqual([
      [1000, 2500],
      [2000, 2500],
      [2500, 2500],
    ]);
  });

  it('reads a file that starts with a byte-order mark', async () => {
    const result = await importFile(db, file(`\uFEFF${JSON.stringify(envelope([post(1)]))}`));
    expect(result).toMatchObject({ ok: true, written: { postsAdded: 1 } });
  });
});

describe('import merges with what is stored and never deletes', () => {
  it('upserts posts by the capture rule and lets the file win for saved, tags and note where it has them', async () => {
    const stored = post(1, {
      capture: {
        source: 'network',
        timeline: 'HomeTimeline',
        firstSeenAt: NOW - 9000,
        lastSeenAt: NOW - 9000,
      },
      counts: { likes: 5, readAt: NOW - 9000 },
    });
    const untouched = post(2);
    await db.posts.bulkPut([stored, untouched]);
    const storedStates: UserState[] = [
      { postId: post(1).id, savedAt: NOW - 9000, tags: ['mine'], note: 'my note', updatedAt: NOW - 9000 },
      { postId: post(3).id, savedAt: NOW - 8000, tags: ['kept'], note: 'kept note', updatedAt: NOW - 8000 },
      { postId: post(4).id, tags: ['old'], updatedAt: NOW - 7000 },
    ];
    await db.userState.bulkPut(storedStates);

    // The file: a newer reading of post 1 (seen later, newer counts), an older DOM reading of post 3
    // (new here), and user state that saves later / has no tags / has no saved time.
    const newer = post(1, {
      text: 'Post 1, edited',
      edited: true,
      capture: { source: 'network', timeline: 'UserTweets', firstSeenAt: NOW - 5000, lastSeenAt: NOW - 1000 },
      counts: { likes: 50, readAt: NOW - 1000 },
    });
    const domOnly = post(3, {
      capture: { source: 'dom', timeline: 'page', firstSeenAt: NOW - 500, lastSeenAt: NOW - 500 },
    });
    const fileStates = [
      {
        postId: post(1).id,
        savedAt: NOW - 1000,
        tags: ['theirs'],
        note: 'their note',
        updatedAt: NOW - 1000,
      },
      { postId: post(3).id, tags: [], updatedAt: NOW - 100 },
      { postId: post(4).id, savedAt: NOW - 50, tags: ['new'], updatedAt: NOW - 50 },
    ];
    const blob = exportPostsJson([newer, domOnly], fileStates, NOW);
    const result = await importFile(db, blob);
    expect(result).toMatchObject({
      ok: true,
      written: {
        postsAdded: 1,
        postsUpdated: 1,
        userStateAdded: 0,
        userStateUpdated: 3,
        identityLinksWritten: 0,
      },
    });

    const after = await snapshot(db);
    expect(after.posts).toEqual([
      { ...newer, capture: { ...newer.capture, firstSeenAt: NOW - 9000 } },
      untouched,
      domOnly,
    ]);
    expect(after.userState).toEqual([
      {
        postId: post(1).id,
        savedAt: NOW - 1000,
        tags: ['theirs'],
        note: 'their note',
        updatedAt: NOW - 1000,
      },
      { postId: post(3).id, savedAt: NOW - 8000, tags: ['kept'], note: 'kept note', updatedAt: NOW - 100 },
      { postId: post(4).id, savedAt: NOW - 50, tags: ['new'], updatedAt: NOW - 50 },
    ]);
  });

  it('a DOM reading in the file never overwrites a stored network reading', async () => {
    const network = post(1, { media: [{ kind: 'photo', url: 'https://pbs.twimg.com/media/a.jpg' }] });
    await db.posts.put(network);
    const dom = post(1, {
      text: 'Post 1 (truncated…',
      media: [],
      capture: { source: 'dom', timeline: 'page', firstSeenAt: NOW, lastSeenAt: NOW },
    });
    await importFile(db, exportPostsJson([dom], [], NOW));
    expect(await db.posts.get(network.id)).toEqual({
      ...network,
      capture: { ...network.capture, lastSeenAt: NOW },
    });
  });

  it('merges repeats of one id within the file in file order', async () => {
    const first = post(1, { counts: { likes: 1, readAt: NOW - 10 } });
    const second = post(1, {
      counts: { likes: 9, readAt: NOW },
      capture: { ...first.capture, lastSeenAt: NOW },
    });
    const result = await importFile(db, exportPostsJson([first, second], [], NOW));
    expect(result).toMatchObject({ ok: true, written: { postsAdded: 1, postsUpdated: 0 } });
    expect(await db.posts.toArray()).toEqual([second]);
  });
});
