import { afterEach, describe, expect, it } from 'vitest';
import { bucketItemKey, bucketOf, fnv1a } from '../../lib/sync/keys';
import { samplePost } from '../helpers/sample-post';
import { FakeSyncArea } from './fake-area';
import { machine, settle, type Machine } from './machine';

/*
 * The sync area is not trusted: another browser, another version or a bug may have written
 * anything. A bad or foreign record is counted and ignored, the good ones beside it still merge,
 * and the store is never lost because of one.
 */

const T0 = Date.UTC(2030, 0, 1);
const post = samplePost({ nativeId: '1800000000000000001' });
const remoteId = 'x:1800000000000000009';

let open: Machine[] = [];
afterEach(async () => {
  await Promise.all(open.map((one) => one.close()));
  open = [];
});

async function start() {
  const area = new FakeSyncArea();
  const clock = { now: T0 };
  const a = await machine(area, clock, { posts: [post] });
  open.push(a);
  await a.edit({ postId: post.id, saved: true, tags: ['mine'] });
  await a.settings({ muteWords: ['mine'] });
  return { area, clock, a };
}

const copy = {
  h: 'grace',
  a: 'Grace Hopper',
  x: 'A ship in port is safe',
  u: 'https://x.com/grace/status/1800000000000000009',
  at: T0 - 1000,
};

describe('bad and foreign records', () => {
  it('are counted and ignored; the good record beside them merges; local data stays', async () => {
    const { area, clock, a } = await start();
    const bucket = bucketOf(remoteId);
    area.put(bucketItemKey(bucket), [
      { i: remoteId, s: T0 - 500, g: ['theirs'], gt: T0 - 500, c: copy },
      { i: remoteId.replace('9', '8'), s: 'yesterday' },
      { i: 'nowhere:1', s: T0 },
    ]);
    area.put(bucketItemKey((bucket + 1) % 24), 'not a list');
    area.put('cf1.s.muteWords', { t: T0 + 999_999, n: 1, h: 'zz', d: '["theirs"]' });
    area.put('cf1.s.savedSearches', { nonsense: true });
    area.put('cf1.s.aSettingFromTheFuture', { t: T0, n: 1, h: 'x', d: '1' });
    area.put('cf1.q.reserved', 1);
    area.put('cf9.p.0', []);
    area.put('someoneElse', { hello: 'world' });

    const status = await a.sync();
    expect(status.ignored).toEqual({
      'invalid-record': 2,
      'corrupt-item': 2,
      'incomplete-setting': 1,
      'unknown-setting': 1,
      'unknown-item': 1,
      'foreign-item': 2,
    });
    const seen = await a.view();
    expect(seen.settings.muteWords).toEqual(['mine']);
    expect(seen.saved).toEqual([
      { postId: post.id, savedAt: T0, tags: ['mine'] },
      { postId: remoteId, savedAt: T0 - 500, tags: ['theirs'] },
    ]);
    // What is not ours, or not this version's, stays in the area.
    expect(area.items.get('someoneElse')).toBe('{"hello":"world"}');
    expect(area.items.has('cf9.p.0')).toBe(true);
    expect(area.items.has('cf1.s.aSettingFromTheFuture')).toBe(true);
    // Ours and broken: rewritten from the merged records.
    expect(JSON.parse(area.items.get('cf1.s.muteWords')!)).toMatchObject({ d: '["mine"]' });
    clock.now += 10_000;
    expect((await a.sync()).ignored).toEqual({
      'unknown-setting': 1,
      'unknown-item': 1,
      'foreign-item': 2,
    });
  });

  it('a setting value this version refuses is counted; the browser keeps its own and says so to the others', async () => {
    const { area, clock, a } = await start();
    await settle(area, clock, [a]);
    const b = await machine(area, clock);
    open.push(b);
    await settle(area, clock, [a, b]);
    // A newer version (or a bug) writes a value this version's schema refuses.
    const words = JSON.stringify(Array(600).fill('w'));
    area.put('cf1.s.muteWords', { t: clock.now + 1, n: 1, h: hashOf(clock.now + 1, words), d: words });
    clock.now += 10_000;
    const status = await b.sync();
    expect(status.ignored['invalid-setting']).toBe(1);
    expect((await b.view()).settings.muteWords).toEqual(['mine']);
    await settle(area, clock, [a, b]);
    expect((await a.view()).settings.muteWords).toEqual(['mine']);
  });

  it('a copy that is not a valid post of its network is saved but not shown, and counted', async () => {
    const { area, a } = await start();
    const bad = { ...copy, u: 'https://evil.example/grace/status/1800000000000000009' };
    area.put(bucketItemKey(bucketOf(remoteId)), [{ i: remoteId, s: T0 - 500, c: bad }]);
    const status = await a.sync();
    expect(status.ignored['post-copy-refused']).toBe(1);
    expect(await a.db.posts.get(remoteId)).toBeUndefined();
  });

  it('a write the browser refuses is shown in the status and tried again', async () => {
    const { area, clock, a } = await start();
    area.failNext = 'QUOTA_BYTES quota exceeded';
    const failed = await a.sync();
    expect(failed.lastError).toContain('QUOTA_BYTES quota exceeded');
    expect(failed.pendingPushAt).toBeGreaterThan(clock.now);
    clock.now += 60_000;
    const next = await a.sync();
    expect(next.lastError).toBeUndefined();
    expect(next.lastPushAt).toBe(clock.now);
  });
});

/** The setting parts' hash (lib/sync/setting-parts.ts), to forge a well-formed item. */
const hashOf = (time: number, json: string) => fnv1a(`${time}:${json}`).toString(36);
