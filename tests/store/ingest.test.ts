import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compactRepostRows } from '../../lib/capture/posts-wire';
import { CrossfeedDB } from '../../lib/db';
import type { CaptureBatch } from '../../lib/capture/protocol';
import { CLOCK_SKEW_MS } from '../../lib/store/admit-post';
import { ingestBatch, pruneIngestLog, INGEST_LOG_TTL_MS } from '../../lib/store/ingest';
import { pruneByRetention } from '../../lib/store/retention';
import { updateUserState } from '../../lib/store/user-state';
import { samplePost } from '../helpers/sample-post';

let db: CrossfeedDB;
let dbCount = 0;
/** The background's clock in these cases: when samplePost() says it was seen. */
const T = 1_750_000_100_000;

beforeEach(async () => {
  dbCount += 1;
  db = new CrossfeedDB(`test-ingest-${dbCount}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

function batch(posts: unknown[], overrides: Partial<CaptureBatch> = {}): CaptureBatch {
  return {
    batchId: `batch-${Math.random().toString(36).slice(2, 12)}`,
    platform: 'x',
    source: 'network',
    posts,
    postsJson: [],
    stats: {
      operations: { HomeTimeline: { responses: 1, posts: posts.length } },
      skipped: { promoted: 2 },
      unknownOperations: {},
    },
    ...overrides,
  };
}

describe('ingestBatch', () => {
  it('stores valid posts, reports invalid ones by index, and counts health in the same write', async () => {
    const good = samplePost();
    const ack = await ingestBatch(db, batch([good, { id: 'x:1', text: 'half a post' }, 'nonsense']), 'x', T);
    expect(ack.stored).toBe(1);
    expect(ack.created).toBe(1);
    expect(ack.duplicate).toBe(false);
    expect(ack.rejected.map((entry) => entry.index)).toEqual([1, 2]);
    expect(await db.posts.toArray()).toEqual([good]);
    const health = await db.health.get('x:network');
    expect(health).toMatchObject({
      postsStored: 1,
      postsNew: 1,
      skipped: { promoted: 2 },
      operations: { HomeTimeline: { responses: 1, posts: 3, zeroStreak: 0, lastPostsAt: T } },
      lastSuccessAt: T,
    });
    expect(Object.values(health!.rejected).reduce((a, b) => a + b, 0)).toBe(2);
  });

  it('reads posts handed on as JSON text after the objects, and rejects a chunk that is not an array', async () => {
    const first = samplePost();
    const second = samplePost({ id: 'x:2', nativeId: '2', url: 'https://x.com/ada/status/2' });
    const third = samplePost({ id: 'x:3', nativeId: '3', url: 'https://x.com/ada/status/3' });
    const ack = await ingestBatch(
      db,
      batch([first], {
        postsJson: [JSON.stringify([second, { id: 'x:bad' }]), '{"not":"an array"}', JSON.stringify([third])],
      }),
      'x',
      T,
    );
    expect(ack.stored).toBe(3);
    expect(ack.rejected.map((entry) => entry.index)).toEqual([3, 2]);
    expect(ack.rejected[0]!.reason).toBe('postsJson: not a JSON array of posts');
    expect((await db.posts.toArray()).map((post) => post.id).sort()).toEqual([
      'x:1800000000000000001',
      'x:2',
      'x:3',
    ]);
  });

  it('rebuilds compacted repost rows from their originals, and rejects one whose original is missing', async () => {
    const original = samplePost({ id: 'x:10', nativeId: '10', url: 'https://x.com/ada/status/10' });
    const repost = {
      ...original,
      id: 'x:11',
      nativeId: '11',
      sortAt: original.createdAt + 1,
      repost: { originalId: 'x:10', by: { handle: 'bob' } },
    };
    const orphan = {
      sameAsOriginal: true,
      id: 'x:12',
      repost: { originalId: 'x:404', by: { handle: 'bob' } },
    };
    const ack = await ingestBatch(
      db,
      batch([], { postsJson: [JSON.stringify([...compactRepostRows([original, repost]), orphan])] }),
      'x',
      T,
    );
    expect(ack.stored).toBe(2);
    expect(ack.rejected.map((entry) => entry.index)).toEqual([2]);
    expect(await db.posts.get('x:11')).toEqual(repost);
  });

  it('a retried batch (same id, lost ack) is written and counted once', async () => {
    const request = batch([samplePost()]);
    await ingestBatch(db, request, 'x', T);
    const again = await ingestBatch(db, request, 'x', T + 1000);
    expect(again).toMatchObject({ stored: 0, duplicate: true });
    expect(await db.posts.count()).toBe(1);
    expect((await db.health.get('x:network'))?.postsStored).toBe(1);
  });

  it('refuses posts of another platform than the sending page', async () => {
    const threadsPost = samplePost({
      platform: 'threads',
      id: 'threads:1',
      nativeId: '1',
      url: 'https://www.threads.com/@a/post/C1',
    });
    const ack = await ingestBatch(db, batch([threadsPost]), 'x', T);
    expect(ack.stored).toBe(0);
    expect(ack.rejected).toEqual([{ index: 0, reason: 'id-network' }]);
    expect(await db.posts.count()).toBe(0);
  });

  it('a re-capture never touches user state', async () => {
    await ingestBatch(db, batch([samplePost()]), 'x', T);
    await updateUserState(
      db,
      { postId: 'x:1800000000000000001', saved: true, tags: ['later'], note: 'read this' },
      1500,
    );
    await ingestBatch(db, batch([samplePost({ text: 'edited' })]), 'x', T + 1000);
    expect((await db.posts.get('x:1800000000000000001'))?.text).toBe('edited');
    expect(await db.userState.get('x:1800000000000000001')).toEqual({
      postId: 'x:1800000000000000001',
      savedAt: 1500,
      tags: ['later'],
      note: 'read this',
      updatedAt: 1500,
    });
  });

  it('a known operation that yields nothing grows its zero streak', async () => {
    const empty = () =>
      batch([], {
        stats: {
          operations: { HomeTimeline: { responses: 1, posts: 0 } },
          skipped: {},
          unknownOperations: {},
        },
      });
    await ingestBatch(db, empty(), 'x', T);
    await ingestBatch(db, empty(), 'x', T + 1);
    expect((await db.health.get('x:network'))?.operations.HomeTimeline?.zeroStreak).toBe(2);
  });

  it('forgets old batch ids', async () => {
    await ingestBatch(db, batch([samplePost()], { batchId: 'old-batch-1' }), 'x', T);
    expect(await pruneIngestLog(db, T + INGEST_LOG_TTL_MS + 1)).toBe(1);
  });
});

describe('updateUserState', () => {
  it('saves once (keeps the first saved time), unsaves, and clears an empty note', async () => {
    await updateUserState(db, { postId: 'x:1', saved: true }, 100);
    await updateUserState(db, { postId: 'x:1', saved: true, note: 'n' }, 200);
    expect(await db.userState.get('x:1')).toEqual({
      postId: 'x:1',
      savedAt: 100,
      tags: [],
      note: 'n',
      updatedAt: 200,
    });
    await updateUserState(db, { postId: 'x:1', saved: false, note: '  ' }, 300);
    expect(await db.userState.get('x:1')).toEqual({ postId: 'x:1', tags: [], updatedAt: 300 });
  });
});

describe('repost stand-ins', () => {
  it('a network repost replaces the row the DOM stored for the same repost', async () => {
    const original = samplePost();
    const domStandIn = samplePost({
      id: `${original.id}-rp-bob`,
      nativeId: `${original.nativeId}-rp-bob`,
      repost: { originalId: original.id, by: { handle: 'Bob' } },
      capture: { source: 'dom', timeline: 'home', firstSeenAt: 1000, lastSeenAt: 1000 },
    });
    await ingestBatch(db, batch([domStandIn], { source: 'dom' }), 'x', T);
    const networkRepost = samplePost({
      id: 'x:1900000000000000009',
      nativeId: '1900000000000000009',
      repost: { originalId: original.id, by: { handle: 'bob', name: 'Bob' }, at: 1_750_000_050_000 },
    });
    await ingestBatch(db, batch([networkRepost, original]), 'x', T + 1000);
    expect((await db.posts.toArray()).map((post) => post.id).sort()).toEqual(
      [original.id, networkRepost.id].sort(),
    );
  });
});

describe('forged times (the page is untrusted)', () => {
  it('a post dated far in the future is clamped, so it cannot pin itself on top or outlast real posts in retention', async () => {
    const forged = Array.from({ length: 100 }, (_, n) =>
      samplePost({
        id: `x:${9000 + n}`,
        nativeId: String(9000 + n),
        url: `https://x.com/f/status/${9000 + n}`,
        sortAt: 8.64e15,
        createdAt: 8.64e15,
      }),
    );
    await ingestBatch(db, batch(forged.slice(0, 100)), 'x', T);
    expect(
      await db.posts
        .where('sortAt')
        .above(T + CLOCK_SKEW_MS)
        .count(),
    ).toBe(0);
    // An hour later the user reads 150 real Threads posts; retention keeps the newest 100.
    const later = T + 60 * 60 * 1000;
    const real = Array.from({ length: 150 }, (_, n) =>
      samplePost({
        platform: 'threads',
        id: `threads:${100 + n}`,
        nativeId: String(100 + n),
        url: `https://www.threads.com/@a/post/C${n}`,
        createdAt: later - 150 + n,
        sortAt: later - 150 + n,
      }),
    );
    await ingestBatch(db, batch(real, { platform: 'threads' }), 'threads', later);
    await pruneByRetention(db, { retentionDays: null, retentionMaxPosts: 100 }, later + 1);
    const kept = await db.posts.toArray();
    expect(kept).toHaveLength(100);
    expect(kept.every((post) => post.platform === 'threads')).toBe(true);
  });
});
