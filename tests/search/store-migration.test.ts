import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { CrossfeedDB } from '../../lib/db';
import { storeAsVersion } from '../helpers/old-store';
import { generatePosts } from '../../lib/dev/generate-posts';
import { createSearchIndex } from '../../lib/search/index';
import { decodeSegment } from '../../lib/search/segment-codec';
import { readSearchIndex } from '../../lib/search/store/read';
import { generateQueries } from './generate-queries';
import { expectSameResults, Reference } from './reference';

describe('store version 4 (the persisted search index)', () => {
  it('indexes the posts a version 3 store holds during the upgrade, leaving every row as it was', async () => {
    const name = 'test-search-migration';
    // A store as version 3 left it (the same table lists as lib/db.ts versions 1 to 3).
    const old = storeAsVersion(name, 3);
    const posts = generatePosts(1500, 8, { platforms: ['x', 'threads', 'bluesky', 'mastodon'] });
    const saved = { postId: posts[3]!.id, savedAt: 9, tags: ['ocelot'], note: 'for later', updatedAt: 9 };
    await old.table('posts').bulkPut(posts);
    await old.table('userState').put(saved);
    old.close();

    const db = new CrossfeedDB(name);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(4);
    expect(await db.posts.orderBy('id').toArray()).toEqual([...posts].sort((a, b) => (a.id < b.id ? -1 : 1)));
    expect(await db.userState.toArray()).toEqual([saved]);
    expect(db.posts.schema.indexes.map((index) => index.name).sort()).toEqual([
      '[platform+sortAt]',
      'sortAt',
    ]);

    const stored = await readSearchIndex(db);
    expect({ posts: stored.posts, baseSeq: stored.baseSeq, log: stored.rows }).toEqual({
      posts: 1500,
      baseSeq: 0,
      log: 0,
    });
    const index = createSearchIndex();
    index.setUserState(saved.postId, saved);
    index.load(decodeSegment(stored.bytes));
    const reference = new Reference();
    for (const post of posts) reference.put(post);
    reference.setState(saved.postId, saved);
    const queries = [...generateQueries(posts, 80, 3), 'ocelot is:saved', 'platform:mastodon'];
    expect(expectSameResults(index, reference, queries)).toBeGreaterThan(40);
    await db.delete();
  });

  it('starts a new store with an empty index and no meta (the whole log is the index)', async () => {
    const db = new CrossfeedDB('test-search-new-store');
    await db.open();
    const stored = await readSearchIndex(db);
    expect(stored).toEqual({
      bytes: new Uint8Array(0),
      written: [],
      removed: [],
      rows: 0,
      baseSeq: 0,
      seq: 0,
      posts: 0,
    });
    await db.delete();
  });
});
