import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CrossfeedDB } from '../../lib/db';
import { emptyHealth } from '../../lib/health';
import { DEFAULT_SETTINGS, readSettings } from '../../lib/settings';
import { deleteEverything } from '../../lib/store/delete-all';
import { samplePost } from '../helpers/sample-post';

let db: CrossfeedDB;
let dbCount = 0;

beforeEach(async () => {
  dbCount += 1;
  db = new CrossfeedDB(`test-delete-all-${dbCount}`);
  await db.open();
  await db.posts.bulkPut([samplePost({ nativeId: '1' }), samplePost({ nativeId: '2' })]);
  await db.userState.put({ postId: 'x:1', savedAt: 1, tags: ['t'], note: 'n', updatedAt: 1 });
  await db.health.put(emptyHealth('x', 'network'));
  await db.ingestLog.put({ batchId: 'batch-0001', at: 1 });
  await db.settings.bulkPut([
    { key: 'muteWords', value: ['spoiler'] },
    { key: 'retentionDays', value: 30 },
  ]);
});
afterEach(async () => {
  await db.delete();
});

async function rowCounts() {
  return {
    posts: await db.posts.count(),
    userState: await db.userState.count(),
    health: await db.health.count(),
    ingestLog: await db.ingestLog.count(),
    settings: await db.settings.count(),
  };
}

describe('deleteEverything', () => {
  it('clears posts, user state, health and the ingest log, and keeps settings', async () => {
    expect(await deleteEverything(db, { includeSettings: false })).toEqual({
      posts: 2,
      userState: 1,
      health: 1,
      ingestLog: 1,
      settings: 0,
    });
    expect(await rowCounts()).toEqual({ posts: 0, userState: 0, health: 0, ingestLog: 0, settings: 2 });
    expect(await readSettings(db)).toEqual({
      ...DEFAULT_SETTINGS,
      muteWords: ['spoiler'],
      retentionDays: 30,
    });
  });

  it('resets settings too when asked', async () => {
    expect(await deleteEverything(db, { includeSettings: true })).toMatchObject({ posts: 2, settings: 2 });
    expect(await rowCounts()).toEqual({ posts: 0, userState: 0, health: 0, ingestLog: 0, settings: 0 });
    expect(await readSettings(db)).toEqual(DEFAULT_SETTINGS);
  });
});
