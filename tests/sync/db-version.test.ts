import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { CrossfeedDB } from '../../lib/db';
import { storeAsVersion } from '../helpers/old-store';
import { samplePost } from '../helpers/sample-post';

describe('store version 5 (sync)', () => {
  it('opens a version 3 store with every row untouched and adds the empty sync tables', async () => {
    const name = 'test-sync-db-v3';
    // A store as version 3 left it (the table lists of lib/db.ts versions 1 to 3).
    const old = storeAsVersion(name, 3);
    const post = samplePost();
    const state = { postId: post.id, savedAt: 5, tags: ['kept'], note: 'a note', updatedAt: 6 };
    await old.table('posts').put(post);
    await old.table('userState').put(state);
    await old.table('settings').put({ key: 'muteWords', value: ['spoiler'] });
    old.close();

    const db = new CrossfeedDB(name);
    await db.open();
    expect(db.verno).toBe(5);
    expect(await db.posts.toArray()).toEqual([post]);
    expect(await db.userState.toArray()).toEqual([state]);
    expect(await db.settings.toArray()).toEqual([{ key: 'muteWords', value: ['spoiler'] }]);
    expect([await db.syncLedger.count(), await db.syncMeta.count()]).toEqual([0, 0]);
    await db.delete();
  });
});
