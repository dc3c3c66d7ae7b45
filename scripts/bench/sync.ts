import { generatePosts } from '../../lib/dev/generate-posts';
import { compactPost } from '../../lib/sync/compact-post';
import { pack } from '../../lib/sync/pack';
import { itemBytes, QUOTA_BYTES } from '../../lib/sync/quota';
import { savedPostKey, settingKey, type LedgerEntry, type SavedPostEntry } from '../../lib/sync/records';
import { SYNCED_SETTINGS } from '../../lib/sync/synced-settings';
import { toWire } from '../../lib/sync/wire';
import { percentile, round, type Bench, type BenchResult } from './types';

/**
 * What sync costs in the browser's sync quota (lib/sync): bytes per saved post as it travels (the
 * user state plus the compact copy, its share of the item's key and brackets not counted), and how
 * many saved posts fit beside a typical set of settings (50 mute words, 5 saved searches). Posts
 * are the generator's (four networks, the measured text-length mix); every saved post carries
 * two tags, one in five a note. Also the time to pack 5,000 saved posts (a pass's pure part).
 */

const SAVED = 5000;
const NOW = Date.UTC(2030, 0, 1);

function savedEntries(count: number, options: { tags: boolean; notes: boolean }): SavedPostEntry[] {
  return generatePosts(count, 16).map((post, index) => {
    const savedAt = NOW - index * 60_000;
    const entry: SavedPostEntry = {
      kind: 'savedPost',
      key: savedPostKey(post.id),
      saved: { v: savedAt, t: savedAt },
      copy: compactPost(post),
    };
    if (options.tags) entry.tags = { v: ['read-later', `topic-${index % 7}`], t: savedAt + 1000 };
    if (options.notes && index % 5 === 0)
      entry.note = { v: 'A note of some forty characters or so.', t: savedAt + 2000 };
    return entry;
  });
}

const typicalSettings: LedgerEntry[] = [
  {
    kind: 'setting',
    key: settingKey('muteWords'),
    value: { v: Array.from({ length: 50 }, (_, index) => `muted phrase ${index}`), t: NOW },
  },
  {
    kind: 'setting',
    key: settingKey('savedSearches'),
    value: {
      v: Array.from({ length: 5 }, (_, index) => ({
        id: `v${index}`,
        name: `View ${index}`,
        query: `from:someone${index} has:media`,
      })),
      t: NOW,
    },
  },
];

function packAll(entries: LedgerEntry[]) {
  return pack({
    ledger: new Map(entries.map((entry) => [entry.key, entry])),
    settings: SYNCED_SETTINGS,
    syncSettings: true,
    syncSavedPosts: true,
    areaTombstones: new Set(),
    areaSaved: new Set(),
    otherBytes: 0,
    now: NOW,
  });
}

export const syncBench: Bench = async () => {
  const results: BenchResult[] = [];
  const add = (metric: string, value: number, unit: string, n: number, target?: string) =>
    results.push({ bench: 'sync', metric, value: round(value, 1), unit, n, ...(target ? { target } : {}) });

  const plain = savedEntries(SAVED, { tags: false, notes: false });
  const tagged = savedEntries(SAVED, { tags: true, notes: true });
  const recordBytes = (entries: SavedPostEntry[]) => entries.map((entry) => itemBytes('', toWire(entry)) + 1);
  for (const [label, entries] of [
    ['saved post + copy', plain],
    ['saved post + copy, 2 tags, 1 in 5 a note', tagged],
  ] as const) {
    const bytes = recordBytes(entries);
    add(`bytes per ${label}, median`, percentile(bytes, 50), 'B', bytes.length);
    add(`bytes per ${label}, p90`, percentile(bytes, 90), 'B', bytes.length);
    add(
      `bytes per ${label}, mean`,
      bytes.reduce((sum, one) => sum + one, 0) / bytes.length,
      'B',
      bytes.length,
    );
  }

  for (const [label, entries] of [
    ['saved posts that fit (no settings)', plain],
    ['saved posts that fit (tags, notes, 50 mute words, 5 views)', [...typicalSettings, ...tagged]],
  ] as const) {
    const { stats, items } = packAll([...entries]);
    add(label, stats.savedSynced, 'posts', SAVED);
    add(`  quota used at that point`, stats.bytes, `B of ${QUOTA_BYTES}`, Object.keys(items).length);
  }

  const tombstone =
    itemBytes(
      '',
      toWire({ kind: 'savedPost', key: savedPostKey('x:1930600000000000001'), saved: { v: null, t: NOW } }),
    ) + 1;
  add('bytes per unsave (tombstone, X id)', tombstone, 'B', 1);

  const times: number[] = [];
  for (let round = 0; round < 5; round += 1) {
    const start = performance.now();
    packAll([...typicalSettings, ...tagged]);
    times.push(performance.now() - start);
  }
  add(`pack ${SAVED} saved posts, median`, percentile(times, 50), 'ms', times.length);
  return Promise.resolve(results);
};
