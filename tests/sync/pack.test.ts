import { describe, expect, it } from 'vitest';
import { compactPost } from '../../lib/sync/compact-post';
import { MAX_SETTING_PARTS } from '../../lib/sync/keys';
import { mergeEntry } from '../../lib/sync/merge';
import { pack, type PackInput } from '../../lib/sync/pack';
import { itemBytes, MAX_ITEMS, QUOTA_BYTES, QUOTA_BYTES_PER_ITEM } from '../../lib/sync/quota';
import { savedPostKey, settingKey, type LedgerEntry, type SavedPostEntry } from '../../lib/sync/records';
import { decodeArea } from '../../lib/sync/unpack';
import { samplePost } from '../helpers/sample-post';
import { FakeSyncArea } from './fake-area';

const NOW = Date.UTC(2030, 0, 1);
const SETTINGS = ['muteWords', 'savedSearches', 'toolbarAction'];

/** A saved post as large as a real one gets: a long text, a still, tags and a note. */
function savedEntry(index: number, savedAt = NOW - index * 1000): SavedPostEntry {
  const nativeId = String(1_800_000_000_000_000_000n + BigInt(index));
  const post = samplePost({
    nativeId,
    url: `https://x.com/someone_with_a_long_handle/status/${nativeId}`,
    author: {
      handle: 'someone_with_a_long_handle',
      name: 'Someone With A Long Display Name',
      verified: false,
    },
    text: `Post ${index}: ${'a long sentence about engines and looms '.repeat(10)}`,
    media: [{ kind: 'photo', url: `https://pbs.twimg.com/media/${nativeId}AbCdEf.jpg` }],
  });
  return {
    kind: 'savedPost',
    key: savedPostKey(post.id),
    saved: { v: savedAt, t: savedAt },
    tags: { v: ['reading', 'engines'], t: savedAt + 1 },
    note: { v: 'worth a second look', t: savedAt + 2 },
    copy: compactPost(post),
  };
}

function input(entries: LedgerEntry[], overrides: Partial<PackInput> = {}): PackInput {
  return {
    ledger: new Map(entries.map((entry) => [entry.key, entry])),
    settings: SETTINGS,
    syncSettings: true,
    syncSavedPosts: true,
    areaTombstones: new Set(),
    areaSaved: new Set(),
    otherBytes: 0,
    now: NOW,
    ...overrides,
  };
}

const setting = (name: string, v: unknown, t = NOW): LedgerEntry => ({
  kind: 'setting',
  key: settingKey(name),
  value: { v, t },
});

describe('packing into the sync area', () => {
  it('keeps every item under 8 KB, the whole under 100 KB and 512 items, and Chrome accepts it', async () => {
    const entries = Array.from({ length: 1000 }, (_, index) => savedEntry(index));
    const { items, stats } = pack(input(entries));
    const sizes = Object.entries(items).map(([key, value]) => itemBytes(key, value));
    expect(Math.max(...sizes)).toBeLessThanOrEqual(QUOTA_BYTES_PER_ITEM);
    expect(stats.bytes).toBe(sizes.reduce((sum, size) => sum + size, 0));
    expect(stats.bytes).toBeLessThanOrEqual(QUOTA_BYTES);
    expect(Object.keys(items).length).toBeLessThanOrEqual(MAX_ITEMS);
    const area = new FakeSyncArea();
    await area.set(items);
    expect(area.bytes()).toBe(stats.bytes);
  });

  it('when the quota is full, the newest saved posts go and the rest are counted', () => {
    const entries = Array.from({ length: 1000 }, (_, index) => savedEntry(index));
    const { items, stats } = pack(input(entries));
    expect(stats.savedSynced).toBeGreaterThan(100);
    expect(stats.savedSynced + stats.savedNotFitting).toBe(1000);
    // Index 0 is the newest: exactly the first savedSynced went.
    const expected = entries.slice(0, stats.savedSynced).map((entry) => entry.key);
    expect([...stats.syncedPosts].sort()).toEqual(expected.sort());
    const decoded = decodeArea(items, SETTINGS);
    expect(decoded.ignored).toEqual({});
    expect(decoded.posts.map((entry) => entry.key).sort()).toEqual(expected.sort());
  });

  it('reads back what it wrote, record for record', () => {
    const entries = [
      ...Array.from({ length: 30 }, (_, index) => savedEntry(index)),
      setting('muteWords', ['a']),
    ];
    const decoded = decodeArea(pack(input(entries)).items, SETTINGS);
    expect([...decoded.settings, ...decoded.posts].sort((a, b) => (a.key < b.key ? -1 : 1))).toEqual(
      entries.sort((a, b) => (a.key < b.key ? -1 : 1)),
    );
  });

  it('cuts a long mute-word list into parts, each under 8 KB, and joins them back', () => {
    const words = Array.from({ length: 500 }, (_, index) =>
      `wörd ${index} ${'é🙂x'.repeat(20)}`.slice(0, 100),
    );
    const entry = setting('muteWords', words);
    const { items, stats } = pack(input([entry]));
    expect(Object.keys(items).length).toBeGreaterThan(1);
    expect(Object.keys(items).length).toBeLessThanOrEqual(MAX_SETTING_PARTS);
    for (const [key, value] of Object.entries(items)) expect(itemBytes(key, value)).toBeLessThanOrEqual(8100);
    expect(stats.settingsSynced).toBe(1);
    expect(decodeArea(items, SETTINGS).settings).toEqual([entry]);
  });

  it('a setting whose parts come from two writes is not read until they agree', () => {
    const first = pack(input([setting('muteWords', Array(500).fill('x'.repeat(100)), NOW)])).items;
    const second = pack(input([setting('muteWords', Array(500).fill('y'.repeat(100)), NOW + 1)])).items;
    const mixed = { ...first, 'cf1.s.muteWords.2': second['cf1.s.muteWords.2'] };
    expect(decodeArea(mixed, SETTINGS)).toMatchObject({ settings: [], ignored: { 'incomplete-setting': 1 } });
  });

  it('a value never set by anyone (a default) takes no bytes; settings go before saved posts', () => {
    const entries = [
      setting('toolbarAction', 'sidepanel', 0),
      setting('muteWords', ['spoiler']),
      ...Array.from({ length: 1000 }, (_, index) => savedEntry(index)),
    ];
    const { items, stats } = pack(input(entries));
    expect(items['cf1.s.toolbarAction']).toBeUndefined();
    expect(items['cf1.s.muteWords']).toBeDefined();
    expect(stats.settingsSynced).toBe(1);
  });

  it('bytes other versions hold are left to them', () => {
    const entries = Array.from({ length: 1000 }, (_, index) => savedEntry(index));
    const alone = pack(input(entries)).stats;
    const shared = pack(input(entries, { otherBytes: 40_000 })).stats;
    expect(shared.savedSynced).toBeLessThan(alone.savedSynced);
    expect(shared.bytes).toBeLessThanOrEqual(100_000);
  });
});

describe('the merge rule', () => {
  const a = savedEntry(1, NOW);
  const b: SavedPostEntry = {
    ...savedEntry(1, NOW),
    tags: { v: ['other'], t: NOW + 5 },
    note: { v: null, t: NOW - 1 },
  };
  const c: SavedPostEntry = { ...savedEntry(1, NOW), saved: { v: null, t: NOW + 3 } };

  it('takes the later edit per field', () => {
    expect(mergeEntry(a, b)).toEqual({ ...a, tags: b.tags });
  });

  it('is commutative, associative and idempotent (any order, any number of times, same result)', () => {
    const orders = [
      [a, b, c],
      [c, b, a],
      [b, a, c],
      [c, a, b, a, c],
    ];
    const results = orders.map((order) =>
      order.reduce<LedgerEntry>((left, right) => mergeEntry(left, right), order[0]!),
    );
    for (const result of results) expect(result).toEqual(results[0]);
    expect(mergeEntry(a, a)).toEqual(a);
  });

  it('on equal times picks the same value on every browser', () => {
    const x = setting('muteWords', ['x']);
    const y = setting('muteWords', ['y']);
    expect(mergeEntry(x, y)).toEqual(mergeEntry(y, x));
  });
});
