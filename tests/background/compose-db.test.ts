import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { CrossfeedDB } from '../../lib/db';
import { samplePost } from '../helpers/sample-post';

describe('store version 2 (composer tables)', () => {
  it('opens a version 1 store with its rows untouched and adds empty drafts and crossposts tables', async () => {
    const name = 'test-compose-db-v1';
    // A store as version 1 left it (the same table list as lib/db.ts version 1).
    const old = new Dexie(name);
    old.version(1).stores({
      posts: 'id, sortAt, [platform+sortAt], author.handle',
      userState: 'postId, savedAt, *tags',
      settings: 'key',
      health: 'key',
      ingestLog: 'batchId, at',
    });
    const post = samplePost();
    await old.table('posts').put(post);
    await old.table('settings').put({ key: 'sendForMe', value: true });
    old.close();

    const db = new CrossfeedDB(name);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(2);
    expect(await db.posts.toArray()).toEqual([post]);
    expect(await db.settings.get('sendForMe')).toEqual({ key: 'sendForMe', value: true });
    expect([await db.drafts.count(), await db.crossposts.count()]).toEqual([0, 0]);
    await db.delete();
  });
});
