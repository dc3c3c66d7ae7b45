import 'fake-indexeddb/auto';
import Dexie, { type ObservabilitySet } from 'dexie';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CrossfeedDB } from '../../lib/db';
import { generatePosts } from '../../lib/dev/generate-posts';
import { changedKeys } from '../../lib/feed/changed-keys';
import { FeedStore, FIRST_PAGE } from '../../lib/feed/feed-store';
import { writeImport } from '../../lib/export/import-write';
import type { CaptureBatch } from '../../lib/capture/protocol';
import { ingestBatch } from '../../lib/store/ingest';
import { pruneByRetention } from '../../lib/store/retention';
import { updateUserState } from '../../lib/store/user-state';
import { compareFeedOrder } from '../../lib/search/index';
import { matchesPost } from '../../lib/search/matcher';
import { parseQuery } from '../../lib/search/query';
import type { Post } from '../../lib/post';

const POSTS = generatePosts(5000, 7);
const db = new CrossfeedDB('test-feed-store');
let store: FeedStore;

/** What the store says changed, as the next storagemutated event reports it. */
function nextMutation(): Promise<ObservabilitySet> {
  return new Promise((resolve) => {
    const listener = (parts: ObservabilitySet) => {
      Dexie.on.storagemutated.unsubscribe(listener);
      resolve(parts);
    };
    Dexie.on('storagemutated', listener);
  });
}

/** Waits until the store's status satisfies `done`. */
function until(done: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    if (done()) return resolve();
    const stop = store.subscribe(() => {
      if (done()) {
        stop();
        resolve();
      }
    });
  });
}

const byFeedOrder = (posts: readonly Post[]) => [...posts].sort(compareFeedOrder).map((post) => post.id);

/** A capture batch as the background receives it (the real write path, with its search-log row). */
function capture(posts: Post[]): CaptureBatch {
  return {
    batchId: `batch-${Math.random().toString(36).slice(2)}`,
    platform: 'x',
    source: 'network',
    posts,
    postsJson: [],
    stats: { operations: {}, skipped: {}, unknownOperations: {} },
  };
}

beforeAll(async () => {
  // Written as an import (which also compacts the search log into the stored index's base).
  await writeImport(db, { posts: POSTS, userState: [] });
  store = new FeedStore(db);
  await store.start();
});
afterAll(() => store.stop());

describe('changedKeys', () => {
  it('names the written and deleted ids of a table, and nothing of other tables', async () => {
    const mutation = nextMutation();
    await db.posts.bulkPut(POSTS.slice(0, 30));
    const parts = await mutation;
    const keys = changedKeys(parts, db.name, 'posts');
    expect(keys.kind === 'keys' && [...keys.keys].sort()).toEqual(
      POSTS.slice(0, 30)
        .map((p) => p.id)
        .sort(),
    );
    expect(changedKeys(parts, db.name, 'userState')).toEqual({ kind: 'none' });
  });

  it('says "all" when Dexie names no ids (a write of 50 rows or more, a cleared table)', async () => {
    const mutation = nextMutation();
    await db.posts.bulkPut(POSTS.slice(0, 50));
    expect(changedKeys(await mutation, db.name, 'posts')).toEqual({ kind: 'all' });
    await new Promise((resolve) => setTimeout(resolve, 0));
    await store.settled();
    const parts = { [`idb://${db.name}/health/`]: { from: '', to: '\uffff', d: 1 } } as ObservabilitySet;
    expect(changedKeys(parts, db.name, 'health')).toEqual({ kind: 'all' });
  });
});

describe('FeedStore', () => {
  it('indexes every stored post, newest page first, and searches like the reference matcher', () => {
    expect(store.status).toMatchObject({ indexed: POSTS.length, total: POSTS.length, ready: true });
    expect(FIRST_PAGE).toBe(50);
    for (const text of ['crossfeed', 'café -the', 'has:photo', 'platform:threads launch', '"open source"']) {
      const query = parseQuery(text);
      const expected = byFeedOrder(POSTS.filter((post) => matchesPost(query, post)));
      expect(store.index.search(query, { limit: Infinity }).ids).toEqual(expected);
    }
  });

  it('follows captures, prunes and saves written by the background', async () => {
    const fresh: Post = {
      ...POSTS[0]!,
      platform: 'x',
      id: 'x:999',
      nativeId: '999',
      text: 'zyzzyva arrives',
      sortAt: 2e12,
    };
    await ingestBatch(db, capture([fresh]), 'x', Date.now());
    await until(() => store.index.search('zyzzyva').total === 1);
    expect(store.index.search('', { limit: 1 }).ids).toEqual(['x:999']);

    // Retention keeps the newest 4,000 (and what they quote): the index follows the store exactly.
    const { deleted } = await pruneByRetention(db, { retentionDays: null, retentionMaxPosts: 4000 }, 3e12);
    expect(deleted).toBeGreaterThan(900);
    await until(() => store.status.indexed === POSTS.length + 1 - deleted);
    await store.settled();
    expect(store.status.total).toBe(await db.posts.count());
    expect(new Set(store.index.search('', { limit: Infinity }).ids)).toEqual(
      new Set(await db.posts.toCollection().primaryKeys()),
    );

    await updateUserState(db, { postId: 'x:999', saved: true, tags: ['later'], note: 'read me' }, 5);
    await until(() => store.index.search('is:saved').total === 1);
    expect(store.index.search('is:saved later').ids).toEqual(['x:999']);
    expect(store.userStates.get('x:999')?.tags).toEqual(['later']);

    await db.userState.delete('x:999');
    await until(() => store.index.search('is:saved').total === 0);
    expect(store.userStates.has('x:999')).toBe(false);
  });

  it('follows an import (thousands of rows, compacted into a new base): edited text is searchable, the old is gone', async () => {
    const stored = await db.posts.toArray();
    const edited = stored.slice(1000, 1080).map((post) => ({ ...post, text: `${post.text} quokkaword` }));
    await writeImport(db, { posts: edited, userState: [] });
    await until(() => store.index.search('quokkaword').total === 80);
    expect(new Set(store.index.search('quokkaword', { limit: Infinity }).ids)).toEqual(
      new Set(edited.map((post) => post.id)),
    );
    const query = parseQuery('crossfeed -launch');
    const expected = byFeedOrder((await db.posts.toArray()).filter((post) => matchesPost(query, post)));
    expect(store.index.search(query, { limit: Infinity }).ids).toEqual(expected);
  });
});

describe('FeedStore recovery', () => {
  it('reads every post when the stored index disagrees with the store (posts written without their log), even when more posts than a chunk share one sortAt', async () => {
    const tied = new CrossfeedDB('test-feed-store-ties');
    const posts = generatePosts(2600, 3).map((post) => ({ ...post, sortAt: 1_700_000_000_000 }));
    await tied.posts.bulkPut(posts);
    const tiedStore = new FeedStore(tied);
    await tiedStore.start();
    tiedStore.stop();
    expect(tiedStore.status).toMatchObject({ indexed: 2600, total: 2600, ready: true });
    expect(new Set(tiedStore.index.search('', { limit: Infinity }).ids)).toEqual(
      new Set(posts.map((p) => p.id)),
    );
  });
});
