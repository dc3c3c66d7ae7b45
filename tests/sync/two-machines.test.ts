import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { deleteEverything } from '../../lib/store/delete-all';
import { bucketItemKey, bucketOf } from '../../lib/sync/keys';
import { readSyncOptions } from '../../lib/sync/status';
import { samplePost } from '../helpers/sample-post';
import { FakeSyncArea } from './fake-area';
import { machine, settle, type Machine } from './machine';

/*
 * Two simulated browsers sharing one sync area (the browser's sync, delivered between passes):
 * what one does reaches the other, concurrent edits end equal on both, per field the later edit
 * wins, an unsave is a tombstone, and the store is never lost to a bad record.
 */

const T0 = Date.UTC(2030, 0, 1);
const post = samplePost({
  nativeId: '1800000000000000001',
  text: 'Hello from the analytical engine',
  media: [{ kind: 'photo', url: 'https://pbs.twimg.com/media/a.jpg' }],
});
const other = samplePost({
  nativeId: '1800000000000000002',
  url: 'https://x.com/ada/status/1800000000000000002',
});

let open: Machine[] = [];
afterEach(async () => {
  await Promise.all(open.map((one) => one.close()));
  open = [];
});

async function pair(skewB = 0) {
  const area = new FakeSyncArea();
  const clock = { now: T0 };
  const a = await machine(area, clock, { posts: [post, other] });
  const b = await machine(area, clock, { skewMs: skewB });
  open.push(a, b);
  return { area, clock, a, b };
}

describe('two browsers', () => {
  it('a post saved with tags on one shows on the other, from its compact copy, with the mute words', async () => {
    const { area, clock, a, b } = await pair();
    await a.edit({ postId: post.id, saved: true, tags: ['read-later'], note: 'for the talk' });
    await a.settings({
      muteWords: ['spoiler'],
      savedSearches: [{ id: 'v1', name: 'Engines', query: 'engine' }],
    });
    await settle(area, clock, [a, b]);

    expect(await b.view()).toEqual(await a.view());
    expect((await b.view()).settings.muteWords).toEqual(['spoiler']);
    // Never captured on B: the row is the copy, marked as synced.
    expect(await b.db.posts.get(post.id)).toEqual({
      id: post.id,
      platform: 'x',
      nativeId: post.nativeId,
      url: post.url,
      author: { handle: 'ada', name: 'Ada Lovelace', verified: false },
      text: post.text,
      entities: [],
      createdAt: post.createdAt,
      sortAt: post.createdAt,
      media: [{ kind: 'photo', url: 'https://pbs.twimg.com/media/a.jpg' }],
      edited: false,
      sensitive: false,
      capture: {
        source: 'sync',
        timeline: 'sync',
        firstSeenAt: expect.any(Number),
        lastSeenAt: expect.any(Number),
      },
    });
    // The unsaved post of A is not synced.
    expect(await b.db.posts.get(other.id)).toBeUndefined();
  });

  it('concurrent edits on both end equal: per field the later edit wins, whatever the order of passes', async () => {
    const { area, clock, a, b } = await pair(-3_000);
    await a.edit({ postId: post.id, saved: true, tags: ['one'] });
    await settle(area, clock, [a, b]);

    // Offline from each other, B's clock 3 s behind (every edit is 10 s after the one before, so
    // each stamp is still later than the one before): A retags, B notes, B retags, A sets mute
    // words, B sets mute words and retention, A turns on send-for-me.
    const step = async (edit: () => Promise<void>) => {
      clock.now += 10_000;
      await edit();
    };
    await step(() => a.edit({ postId: post.id, tags: ['one', 'two'] }));
    await step(() => b.edit({ postId: post.id, note: 'from B' }));
    await step(() => b.edit({ postId: post.id, tags: ['three'] }));
    await step(() => a.settings({ muteWords: ['from-a'] }));
    await step(() => b.settings({ muteWords: ['from-b'], retentionDays: 30 }));
    await step(() => a.settings({ sendForMe: true }));
    // Both push before either reads the other's.
    await a.sync();
    await b.sync();
    await settle(area, clock, [a, b]);

    const seenA = await a.view();
    expect(seenA).toEqual(await b.view());
    expect(seenA.saved).toEqual([
      { postId: post.id, savedAt: expect.any(Number), tags: ['three'], note: 'from B' },
    ]);
    expect(seenA.settings).toEqual({
      ...DEFAULT_SETTINGS,
      muteWords: ['from-b'],
      retentionDays: 30,
      sendForMe: true,
    });
  });

  it('an unsave is a tombstone: the other browser unsaves and drops the copy it only had from sync', async () => {
    const { area, clock, a, b } = await pair();
    await a.edit({ postId: post.id, saved: true });
    await settle(area, clock, [a, b]);
    expect(await b.db.posts.get(post.id)).toBeDefined();

    clock.now += 60_000;
    await a.edit({ postId: post.id, saved: false });
    await settle(area, clock, [a, b]);
    expect((await b.view()).saved).toEqual([]);
    expect(await b.db.posts.get(post.id)).toBeUndefined();
    // The tombstone is in the area (so a browser that still has the save learns of it).
    const bucket = area.items.get(bucketItemKey(bucketOf(post.id)));
    expect(JSON.parse(bucket!)).toEqual([{ i: post.id, s: null, st: expect.any(Number) }]);
    // The captured row on A stays: only a copy that came from sync leaves with the unsave.
    expect(await a.db.posts.get(post.id)).toBeDefined();
  });

  it('a save later than a concurrent unsave wins over the tombstone; an earlier one loses', async () => {
    const { area, clock, a, b } = await pair();
    await a.edit({ postId: post.id, saved: true });
    await a.edit({ postId: other.id, saved: true });
    await settle(area, clock, [a, b]);
    // Offline from each other: A unsaves the first post, then B unsaves and saves it again; B
    // unsaves the second post, then A saves it again... before B's unsave (so B's wins).
    clock.now += 10_000;
    await a.edit({ postId: post.id, saved: false });
    await a.edit({ postId: other.id, saved: false });
    clock.now += 10_000;
    await a.edit({ postId: other.id, saved: true });
    await b.edit({ postId: post.id, saved: false });
    clock.now += 10_000;
    const resavedAt = b.now();
    await b.edit({ postId: post.id, saved: true, tags: ['again'] });
    await b.edit({ postId: other.id, saved: false });
    await a.sync();
    await b.sync();
    await settle(area, clock, [a, b]);
    const seen = await a.view();
    expect(seen.saved).toEqual([{ postId: post.id, savedAt: resavedAt, tags: ['again'] }]);
    expect(await b.view()).toEqual(seen);
  });

  it('a tombstone leaves the area after its time, and the browsers still agree', async () => {
    const { area, clock, a, b } = await pair();
    await a.edit({ postId: post.id, saved: true });
    await settle(area, clock, [a, b]);
    await a.edit({ postId: post.id, saved: false });
    await settle(area, clock, [a, b]);
    expect(area.items.has(bucketItemKey(bucketOf(post.id)))).toBe(true);
    clock.now += 31 * 24 * 60 * 60 * 1000;
    await settle(area, clock, [a, b]);
    expect(area.items.has(bucketItemKey(bucketOf(post.id)))).toBe(false);
    expect((await a.view()).saved).toEqual([]);
    expect((await b.view()).saved).toEqual([]);
  });

  it('a browser coming back with an old save does not bring it back over a fresher unsave', async () => {
    const { area, clock, a, b } = await pair();
    await a.edit({ postId: post.id, saved: true, tags: ['kept'] });
    await settle(area, clock, [a, b]);
    // B is away; A unsaves; B's next pass must follow the tombstone, not rewrite its save.
    clock.now += 60 * 60 * 1000;
    await a.edit({ postId: post.id, saved: false });
    await a.sync();
    clock.now += 10_000;
    await b.sync();
    await settle(area, clock, [a, b]);
    expect((await b.view()).saved).toEqual([]);
    expect((await a.view()).saved).toEqual([]);
  });

  it('when the quota is full, the newest saved posts reach the other browser and the rest are counted', async () => {
    const many = Array.from({ length: 600 }, (_, index) => {
      const nativeId = String(1_800_000_000_000_001_000n + BigInt(index));
      return samplePost({
        nativeId,
        url: `https://x.com/ada/status/${nativeId}`,
        text: `Post ${index}: ${'about engines and looms, at length. '.repeat(8)}`,
      });
    });
    const area = new FakeSyncArea();
    const clock = { now: T0 };
    const a = await machine(area, clock, { posts: many });
    const b = await machine(area, clock);
    open.push(a, b);
    for (const one of many) {
      clock.now += 1_000;
      await a.edit({ postId: one.id, saved: true, tags: ['pile'] });
    }
    await settle(area, clock, [a, b]);
    const status = await a.sync();
    expect(status.savedSynced).toBeGreaterThan(100);
    expect(status.savedSynced + status.savedNotFitting).toBe(600);
    expect(status.bytesUsed).toBe(area.bytes());
    expect(area.bytes()).toBeLessThanOrEqual(100_000);
    // The newest ones (saved last) are the ones B has.
    const newest = many.slice(600 - status.savedSynced).map((one) => one.id);
    expect((await b.view()).saved.map((row) => row.postId)).toEqual([...newest].sort());
    expect((await b.sync()).savedNotFitting).toBe(0);
  });

  it('delete everything on one browser leaves the other its saved posts, and brings nothing back until sync is on again', async () => {
    const { area, clock, a, b } = await pair();
    await a.edit({ postId: post.id, saved: true, tags: ['keep'] });
    await settle(area, clock, [a, b]);
    await a.engine.afterDeleteEverything(() => deleteEverything(a.db, { includeSettings: false }), false);
    expect(await readSyncOptions(a.db)).toEqual({ settings: true, savedPosts: false });
    await settle(area, clock, [a, b]);
    expect((await a.view()).saved).toEqual([]);
    expect((await b.view()).saved).toEqual([{ postId: post.id, savedAt: T0, tags: ['keep'] }]);

    await a.engine.setOptions({ savedPosts: true });
    await settle(area, clock, [a, b]);
    expect((await a.view()).saved).toEqual([{ postId: post.id, savedAt: T0, tags: ['keep'] }]);
  });
});
