import 'fake-indexeddb/auto';
import Dexie, { type ObservabilitySet } from 'dexie';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CrossfeedDB } from '../../lib/db';
import { generatePosts } from '../../lib/dev/generate-posts';
import { changedKeys } from '../../lib/feed/changed-keys';
import { FeedStore, FIRST_PAGE } from '../../lib/feed/feed-store';
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

beforeAll(async () => {
  await db.posts.bulkPut(POSTS);
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

  it('follows captures, prunes and saves written by another party', async () => {
    const fresh: Post = { ...POSTS[0]!, id: 'x:999', nativeId: '999', text: 'zyzzyva arrives', sortAt: 2e12 };
    await db.posts.put(fresh);
    await until(() => store.index.search('zyzzyva').total === 1);
    expect(store.index.search('', { limit: 1 }).ids).toEqual(['x:999']);

    const pruned = POSTS.slice(100, 200).map((post) => post.id);
    await db.posts.bulkDelete(pruned);
    await until(() => store.status.indexed === POSTS.length + 1 - 100);
    await store.settled();
    expect(store.status.total).toBe(POSTS.length + 1 - 100);
    const remaining = new Set(store.index.search('', { limit: Infinity }).ids);
    expect(pruned.some((id) => remaining.has(id))).toBe(false);

    await db.userState.put({ postId: 'x:999', savedAt: 5, tags: ['later'], note: 'read me', updatedAt: 5 });
    await until(() => store.index.search('is:saved').total === 1);
    expect(store.index.search('is:saved later').ids).toEqual(['x:999']);
    expect(store.userStates.get('x:999')?.tags).toEqual(['later']);

    await db.userState.delete('x:999');
    await until(() => store.index.search('is:saved').total === 0);
    expect(store.userStates.has('x:999')).toBe(false);
  });

  it('follows a bulk rewrite that names no ids (an import): edited text is searchable, the old is gone', async () => {
    const edited = POSTS.slice(1000, 1080).map((post) => ({ ...post, text: `${post.text} quokkaword` }));
    await db.posts.bulkPut(edited);
    await until(() => store.index.search('quokkaword').total === 80);
    expect(new Set(store.index.search('quokkaword', { limit: Infinity }).ids)).toEqual(
      new Set(edited.map((post) => post.id)),
    );
  });
});

describe('FeedStore paging', () => {
  it('indexes every post when more posts than a chunk share one sortAt', async () => {
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
