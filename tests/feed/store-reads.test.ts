import 'fake-indexeddb/auto';
import { afterAll, describe, expect, it } from 'vitest';
import { CrossfeedDB } from '../../lib/db';
import { latestPosts } from '../../lib/feed/store-reads';
import { parseQuery } from '../../lib/search/query';
import { samplePost } from '../helpers/sample-post';

const db = new CrossfeedDB('test-store-reads');
afterAll(() => db.delete());

const post = (n: number) =>
  samplePost({ id: `x:${1000 + n}`, nativeId: `${1000 + n}`, sortAt: n * 1000, createdAt: n * 1000 });

describe('latestPosts (the popup)', () => {
  it('gives the newest posts with the states of those shown only; a state query sees every scanned post', async () => {
    await db.posts.bulkPut([post(1), post(2), post(3)]);
    await db.userState.bulkPut([
      { postId: 'x:1003', savedAt: 5, tags: [], updatedAt: 5 },
      { postId: 'x:1001', savedAt: 6, tags: [], updatedAt: 6 },
    ]);

    const newest = await latestPosts(db, parseQuery(''), 2);
    expect(newest.posts.map((row) => row.id)).toEqual(['x:1003', 'x:1002']);
    expect([...newest.states.keys()]).toEqual(['x:1003']);

    const saved = await latestPosts(db, parseQuery('is:saved'), 10);
    expect(saved.posts.map((row) => row.id)).toEqual(['x:1003', 'x:1001']);
    expect(saved.states.get('x:1001')?.savedAt).toBe(6);
  });
});
