import 'fake-indexeddb/auto';
import { afterAll, describe, expect, it } from 'vitest';
import { CrossfeedDB } from '../../lib/db';
import { foldLog } from '../../lib/search/store/fold';
import { logSearchChanges } from '../../lib/search/store/log';
import { readSearchLogSince } from '../../lib/search/store/read';
import { samplePost } from '../helpers/sample-post';

/**
 * The search log records ids only; what a run of it means is decided when it is read: each id's
 * last change wins, and a written id is read from the store in the same transaction as the log.
 */
describe('foldLog', () => {
  it("keeps each id's last change, in log order", () => {
    const rows = [
      { seq: 1, written: ['a', 'b', 'c'], removed: [] },
      { seq: 2, written: [], removed: ['a', 'b'] },
      { seq: 3, written: ['b', 'd'], removed: ['e'] },
    ];
    expect(foldLog(rows)).toEqual({ written: ['b', 'c', 'd'], removed: ['a', 'e'] });
  });
});

describe('readSearchLogSince', () => {
  const db = new CrossfeedDB('test-search-log');
  afterAll(() => db.delete());
  const one = samplePost({ nativeId: '1' });
  const two = samplePost({ nativeId: '2' });
  const three = samplePost({ nativeId: '3' });

  it('gives the written posts as the store holds them now, and a written post since gone as removed', async () => {
    await db.transaction('rw', [db.posts, db.searchLog], async () => {
      await db.posts.bulkPut([one, two, three]);
      await logSearchChanges(db, { written: [one, two, three] });
    });
    const edited = { ...two, text: 'edited after the first write' };
    await db.transaction('rw', [db.posts, db.searchLog], async () => {
      await db.posts.put(edited);
      await logSearchChanges(db, { written: [edited] });
    });
    // A delete no writer logged (never done by the store's writers): the log still reads exactly.
    await db.posts.delete(three.id);
    const since = await readSearchLogSince(db, 0);
    expect(since).toEqual({ written: [one, edited], removed: [three.id], rows: 2, seq: 2, baseSeq: 0 });
    expect(await readSearchLogSince(db, since.seq)).toEqual({
      written: [],
      removed: [],
      rows: 0,
      seq: 2,
      baseSeq: 0,
    });
  });
});
