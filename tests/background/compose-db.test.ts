import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { CrossfeedDB } from '../../lib/db';
import { storeAsVersion } from '../helpers/old-store';
import { samplePost } from '../helpers/sample-post';

describe('store version 2 (composer tables)', () => {
  it('opens a version 1 store with its rows untouched and adds empty drafts and crossposts tables', async () => {
    const name = 'test-compose-db-v1';
    // A store as version 1 left it (the same table list as lib/db.ts version 1).
    const old = storeAsVersion(name, 1);
    const post = samplePost();
    await old.table('posts').put(post);
    await old.table('settings').put({ key: 'sendForMe', value: true });
    old.close();

    const db = new CrossfeedDB(name);
    await db.open();
    // At least: later versions (the search index's 4, ...) run their upgrades too.
    expect(db.verno).toBeGreaterThanOrEqual(3);
    expect(await db.posts.toArray()).toEqual([post]);
    expect(await db.settings.get('sendForMe')).toEqual({ key: 'sendForMe', value: true });
    expect([await db.drafts.count(), await db.crossposts.count()]).toEqual([0, 0]);
    await db.delete();
  });
});

describe('store version 3 (composer media, per-network texts, post options, schedules)', () => {
  it('gives a version 2 draft the new fields empty, keeps every other row as it was', async () => {
    const name = 'test-compose-db-v2';
    // A store as version 2 left it, with a draft and a cross-post of that version's shape.
    const old = storeAsVersion(name, 2);
    const draft = {
      id: 'draft-3kaaaaaaaaaa2',
      text: 'Half written',
      networks: ['x', 'bluesky'],
      split: [],
      card: { url: 'https://example.com/a', title: 'A' },
      createdAt: 1,
      updatedAt: 2,
    };
    const crosspost = {
      id: '3kbbbbbbbbbb2',
      draftId: 'draft-3kcccccccccc2',
      text: 'Posted',
      createdAt: 3,
      updatedAt: 4,
      targets: [
        {
          network: 'bluesky',
          via: 'api',
          parts: [{ text: 'Posted', key: '3kdddddddddd2' }],
          results: [],
          status: { state: 'posted', url: 'https://bsky.app/profile/a/post/b' },
          attempts: 1,
          updatedAt: 4,
        },
      ],
    };
    await old.table('drafts').put(draft);
    await old.table('crossposts').put(crosspost);
    old.close();

    const db = new CrossfeedDB(name);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(3);
    expect(await db.drafts.toArray()).toEqual([{ ...draft, media: [], variants: {}, options: {} }]);
    expect(await db.crossposts.toArray()).toEqual([crosspost]);
    expect(await db.media.count()).toBe(0);
    // Scheduled cross-posts are found by time.
    await db.table('crossposts').put({ ...crosspost, id: '3keeeeeeeeee2', scheduledAt: 10 });
    expect((await db.crossposts.where('scheduledAt').above(0).toArray()).map((r) => r.id)).toEqual([
      '3keeeeeeeeee2',
    ]);
    await db.delete();
  });
});
