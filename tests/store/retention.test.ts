import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CrossfeedDB, type UserState } from '../../lib/db';
import type { Post } from '../../lib/post';
import { writeSettings } from '../../lib/settings';
import {
  RETENTION_INTERVAL_MS,
  RETENTION_LAST_RUN_KEY,
  maybePruneAfterIngest,
  pruneByRetention,
} from '../../lib/store/retention';
import { samplePost } from '../helpers/sample-post';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2025, 6, 1);
let db: CrossfeedDB;
let dbCount = 0;

beforeEach(async () => {
  dbCount += 1;
  db = new CrossfeedDB(`test-retention-${dbCount}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

/** A post `age` days old (by feed time), seen once when it was new. */
function aged(n: number, age: number, overrides: Partial<Post> = {}): Post {
  const at = NOW - age * DAY;
  return samplePost({
    nativeId: String(n),
    createdAt: at,
    sortAt: at,
    capture: { source: 'network', timeline: 'HomeTimeline', firstSeenAt: at, lastSeenAt: at },
    ...overrides,
  });
}

const state = (postId: string, extra: Partial<UserState> = {}): UserState => ({
  postId,
  tags: [],
  updatedAt: NOW - DAY,
  ...extra,
});

async function ids(): Promise<string[]> {
  return (await db.posts.orderBy(':id').primaryKeys()).sort();
}
const idList = (...ns: number[]) => ns.map((n) => `x:${n}`).sort();
const noLimits = { retentionDays: null, retentionMaxPosts: null };

describe('pruneByRetention', () => {
  it('does nothing without limits', async () => {
    await db.posts.bulkPut([aged(1, 1000), aged(2, 1)]);
    expect(await pruneByRetention(db, noLimits, NOW)).toEqual({ deleted: 0 });
    expect(await ids()).toEqual(idList(1, 2));
  });

  it('keeps N days by feed time (sortAt), and removes the user state of what it deletes', async () => {
    await db.posts.bulkPut([aged(1, 40), aged(2, 31), aged(3, 29), aged(4, 0)]);
    await db.userState.bulkPut([
      state('x:1', { tags: ['gone-with-it'], note: 'n' }),
      state('x:3', { tags: ['stays'] }),
    ]);
    expect(await pruneByRetention(db, { ...noLimits, retentionDays: 30 }, NOW)).toEqual({ deleted: 2 });
    expect(await ids()).toEqual(idList(3, 4));
    expect(await db.userState.toArray()).toEqual([state('x:3', { tags: ['stays'] })]);
  });

  it('keeps at most N posts, the newest, deleting oldest first, in many small chunks', async () => {
    await db.posts.bulkPut(Array.from({ length: 250 }, (_, n) => aged(n + 1, n + 1)));
    const result = await pruneByRetention(db, { ...noLimits, retentionMaxPosts: 100 }, NOW, { chunkSize: 7 });
    expect(result).toEqual({ deleted: 150 });
    expect(await ids()).toEqual(idList(...Array.from({ length: 100 }, (_, n) => n + 1)));
  });

  it('applies both limits together (whichever removes more)', async () => {
    await db.posts.bulkPut(Array.from({ length: 10 }, (_, n) => aged(n + 1, (n + 1) * 10)));
    // Days keep 1..4 (10..40 days old); "at most 6 posts" alone would keep 1..6.
    await pruneByRetention(db, { retentionDays: 45, retentionMaxPosts: 6 }, NOW);
    expect(await ids()).toEqual(idList(1, 2, 3, 4));
  });

  it('never prunes saved posts, and they do not take a place among the newest N', async () => {
    await db.posts.bulkPut([aged(1, 1), aged(2, 2), aged(3, 300), aged(4, 400), aged(5, 500)]);
    await db.userState.bulkPut([
      state('x:4', { savedAt: NOW - 400 * DAY }),
      state('x:5', { savedAt: NOW - DAY, tags: ['t'] }),
      state('x:3', { tags: ['tagged but not saved'] }),
    ]);
    await pruneByRetention(db, { retentionDays: 100, retentionMaxPosts: 100 }, NOW);
    expect(await ids()).toEqual(idList(1, 2, 4, 5));
    await pruneByRetention(db, { ...noLimits, retentionMaxPosts: 100 }, NOW);
    expect(await ids()).toEqual(idList(1, 2, 4, 5));
    // Smaller than the saved count: the newest unsaved posts still get their places.
    await db.posts.bulkPut(Array.from({ length: 150 }, (_, n) => aged(100 + n, 3 + n / 1000)));
    await pruneByRetention(db, { ...noLimits, retentionMaxPosts: 100 }, NOW);
    const left = await ids();
    expect(left).toHaveLength(102);
    expect(left).toEqual(expect.arrayContaining(idList(1, 2, 4, 5)));
    expect((await db.userState.toArray()).map((row) => row.postId).sort()).toEqual(['x:4', 'x:5']);
  });

  it('keeps a post quoted by a post that stays (and what that one quotes), not one quoted by a deleted post', async () => {
    await db.posts.bulkPut([
      aged(1, 1, { quotedPostId: 'x:2' }),
      aged(2, 500, { quotedPostId: 'x:3' }),
      aged(3, 900),
      aged(4, 600, { quotedPostId: 'x:5' }),
      aged(5, 700),
      aged(6, 800),
      aged(7, 2, { quotedPostId: 'x:999' }),
    ]);
    await db.userState.put(state('x:6', { savedAt: NOW }));
    await db.posts.put(aged(8, 1000));
    await db.posts.put(aged(9, 3, { quotedPostId: 'x:8' }));
    expect(await pruneByRetention(db, { ...noLimits, retentionDays: 30 }, NOW)).toEqual({ deleted: 2 });
    expect(await ids()).toEqual(idList(1, 2, 3, 6, 7, 8, 9));
  });

  it('leaves a post seen again since the run started for the next run', async () => {
    await db.posts.bulkPut([aged(1, 100), aged(2, 100)]);
    await db.posts.put(
      aged(1, 100, { capture: { source: 'dom', timeline: 'page', firstSeenAt: 0, lastSeenAt: NOW } }),
    );
    expect(await pruneByRetention(db, { ...noLimits, retentionDays: 30 }, NOW)).toEqual({ deleted: 1 });
    expect(await ids()).toEqual(idList(1));
  });
});

describe('maybePruneAfterIngest', () => {
  it('does nothing while retention is off', async () => {
    await db.posts.put(aged(1, 1000));
    expect(await maybePruneAfterIngest(db, NOW)).toEqual({ ran: false, deleted: 0 });
    expect(await ids()).toEqual(idList(1));
  });

  it('prunes at most once per interval, remembering the last run in the store', async () => {
    await writeSettings(db, { retentionDays: 30 });
    await db.posts.bulkPut([aged(1, 100), aged(2, 1)]);
    expect(await maybePruneAfterIngest(db, NOW)).toEqual({ ran: true, deleted: 1 });
    expect((await db.settings.get(RETENTION_LAST_RUN_KEY))?.value).toBe(NOW);

    await db.posts.put(aged(3, 100));
    expect(await maybePruneAfterIngest(db, NOW + RETENTION_INTERVAL_MS - 1)).toEqual({
      ran: false,
      deleted: 0,
    });
    // A new worker (another connection: no memory of the last check) still reads the store's record.
    const other = new CrossfeedDB(db.name);
    expect(await maybePruneAfterIngest(other, NOW + 60_000)).toEqual({ ran: false, deleted: 0 });
    other.close();
    expect(await maybePruneAfterIngest(db, NOW + RETENTION_INTERVAL_MS)).toEqual({ ran: true, deleted: 1 });
    expect(await ids()).toEqual(idList(2));
  });

  it('joins a run already going instead of starting a second', async () => {
    await writeSettings(db, { retentionMaxPosts: 100 });
    await db.posts.bulkPut(Array.from({ length: 300 }, (_, n) => aged(n + 1, n + 1)));
    const [first, second] = await Promise.all([
      maybePruneAfterIngest(db, NOW),
      maybePruneAfterIngest(db, NOW + 1),
    ]);
    expect(first).toEqual({ ran: true, deleted: 200 });
    expect(second).toBe(first);
  });
});
