import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CrossfeedDB } from '../../lib/db';
import { formatBytes, storageCounts, storageUsage } from '../../lib/feed/storage-usage';
import { samplePost } from '../helpers/sample-post';

let db: CrossfeedDB;
let dbCount = 0;

beforeEach(async () => {
  dbCount += 1;
  db = new CrossfeedDB(`test-storage-usage-${dbCount}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

describe('storageUsage', () => {
  it('gives the browser estimate and the rows of every table, with the saved count', async () => {
    await db.posts.bulkPut([
      samplePost({ nativeId: '1' }),
      samplePost({ nativeId: '2' }),
      samplePost({ nativeId: '3' }),
    ]);
    await db.userState.bulkPut([
      { postId: 'x:1', savedAt: 5, tags: [], updatedAt: 5 },
      { postId: 'x:2', tags: ['tag only'], updatedAt: 5 },
    ]);
    await db.ingestLog.put({ batchId: 'batch-0001', at: 1 });
    expect(await storageUsage(db, async () => ({ usage: 1234, quota: 99_999 }))).toEqual({
      usage: 1234,
      quota: 99_999,
      tables: { posts: 3, userState: 2, settings: 0, health: 0, ingestLog: 1 },
      saved: 1,
    });
  });

  it('leaves out what the browser does not report, and survives a failing estimate', async () => {
    const empty = { tables: { posts: 0, userState: 0, settings: 0, health: 0, ingestLog: 0 }, saved: 0 };
    expect(await storageUsage(db, async () => ({}))).toEqual(empty);
    expect(
      await storageUsage(db, async () => {
        throw new Error('not allowed');
      }),
    ).toEqual(empty);
    expect(await storageCounts(db)).toEqual(empty);
  });
});

describe('formatBytes', () => {
  it('uses binary units with one decimal below 100', () => {
    expect(formatBytes(0)).toBe('0 bytes');
    expect(formatBytes(1023)).toBe('1023 bytes');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(150 * 1024 * 1024)).toBe('150 MB');
    expect(formatBytes(3.25 * 1024 ** 3)).toBe('3.3 GB');
  });
});
