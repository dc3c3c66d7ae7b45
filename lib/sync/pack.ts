import { bucketItemKey, bucketOf, POST_BUCKETS } from './keys';
import { ITEM_BUDGET, itemBytes, TOMBSTONE_BUDGET, TOTAL_BUDGET } from './quota';
import { postIdOfKey, settingKey, type LedgerEntry, type PostWire, type SavedPostEntry } from './records';
import { encodeSetting } from './setting-parts';
import { isTombstone, toWire } from './wire';

/**
 * Which records go into the sync area, in which items. A pure function of the merged records (and
 * of what the area holds, for unsaves): two browsers holding the same records write the same
 * items, so after one exchange neither has anything left to write.
 *
 * Order of priority: settings, then unsaves (tombstones), then saved posts newest saved first. The
 * saved posts that go are always the newest ones: the first that does not fit ends the list, and
 * every older one stays in this browser only (counted, shown in the side panel; export/import
 * carries them).
 */

const DAY_MS = 24 * 60 * 60 * 1000;
/** An unsave is written for this long (lib/sync/README.md says why). */
export const TOMBSTONE_TTL_MS = 30 * DAY_MS;
/**
 * An unsave younger than this is written by whoever holds it; an older one only stays while the
 * area still holds it. Without this, two browsers whose clocks differ would take turns writing and
 * dropping an unsave near its end.
 */
export const TOMBSTONE_FRESH_MS = DAY_MS;

export interface PackInput {
  /** The merged records (this browser's ledger with the area's records merged in). */
  ledger: ReadonlyMap<string, LedgerEntry>;
  /** The setting names this browser syncs, in the order they are packed. */
  settings: readonly string[];
  syncSettings: boolean;
  syncSavedPosts: boolean;
  /** Keys of the saved posts as the area holds them now: unsaves there, saves there. */
  areaTombstones: ReadonlySet<string>;
  areaSaved: ReadonlySet<string>;
  /** Bytes of the area's items this pack does not write (other versions', a switched-off kind's). */
  otherBytes: number;
  now: number;
}

export interface PackStats {
  /** Bytes of the packed items plus otherBytes: what the area will hold. */
  bytes: number;
  settingsSynced: number;
  /** Settings left out: longer than MAX_SETTING_PARTS items, or past the total. */
  settingsNotFitting: number;
  tombstones: number;
  savedSynced: number;
  /** Saved posts past the quota (the oldest saved ones). */
  savedNotFitting: number;
  /** Saved posts alone longer than an item (a note of many thousand characters). */
  savedTooLarge: number;
  /** Keys of the saved posts packed. */
  syncedPosts: Set<string>;
}

export interface Packed {
  items: Record<string, unknown>;
  stats: PackStats;
}

/** Bytes a record adds to a bucket's JSON array (with its comma). */
const recordBytes = (wire: unknown) => itemBytes('', wire) + 1;

export function pack(input: PackInput): Packed {
  const items: Record<string, unknown> = {};
  const stats: PackStats = {
    bytes: input.otherBytes,
    settingsSynced: 0,
    settingsNotFitting: 0,
    tombstones: 0,
    savedSynced: 0,
    savedNotFitting: 0,
    savedTooLarge: 0,
    syncedPosts: new Set(),
  };
  if (input.syncSettings) packSettings(input, items, stats);
  if (input.syncSavedPosts) packPosts(input, items, stats);
  return { items, stats };
}

function packSettings(input: PackInput, items: Record<string, unknown>, stats: PackStats): void {
  for (const name of input.settings) {
    const entry = input.ledger.get(settingKey(name));
    // A value nobody ever set (time 0) is every browser's default: nothing to carry.
    if (entry?.kind !== 'setting' || entry.value.t === 0) continue;
    const encoded = encodeSetting(name, entry);
    const bytes = encoded
      ? Object.entries(encoded).reduce((sum, [key, value]) => sum + itemBytes(key, value), 0)
      : Infinity;
    if (stats.bytes + bytes > TOTAL_BUDGET) {
      stats.settingsNotFitting += 1;
      continue;
    }
    Object.assign(items, encoded);
    stats.bytes += bytes;
    stats.settingsSynced += 1;
  }
}

function byNewest(key: (entry: SavedPostEntry) => number) {
  return (a: SavedPostEntry, b: SavedPostEntry) =>
    key(b) - key(a) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

function packPosts(input: PackInput, items: Record<string, unknown>, stats: PackStats): void {
  const buckets = Array.from({ length: POST_BUCKETS }, (): PostWire[] => []);
  // An empty bucket's item is never written, so its overhead counts only once it gets a record.
  const bucketBytes = Array.from({ length: POST_BUCKETS }, (_, bucket) =>
    itemBytes(bucketItemKey(bucket), []),
  );
  const add = (entry: SavedPostEntry, wire: PostWire, bytes: number) => {
    const bucket = bucketOf(postIdOfKey(entry.key));
    const opening = buckets[bucket]!.length === 0 ? bucketBytes[bucket]! - 1 : 0;
    buckets[bucket]!.push(wire);
    bucketBytes[bucket]! += bytes;
    stats.bytes += bytes + opening;
  };
  const fits = (entry: SavedPostEntry, bytes: number) => {
    const bucket = bucketOf(postIdOfKey(entry.key));
    const opening = buckets[bucket]!.length === 0 ? bucketBytes[bucket]! - 1 : 0;
    return stats.bytes + bytes + opening <= TOTAL_BUDGET && bucketBytes[bucket]! + bytes <= ITEM_BUDGET;
  };

  const posts = [...input.ledger.values()].filter((entry) => entry.kind === 'savedPost');
  const tombstones = posts.filter(isTombstone).sort(byNewest((entry) => entry.saved.t));
  // Unsaves that beat a save the area still holds go first, whatever their age: the browser that
  // wrote that save must learn of them (else it would keep writing its save back).
  const contested = tombstones.filter((entry) => input.areaSaved.has(entry.key));
  const kept = tombstones.filter(
    (entry) =>
      !input.areaSaved.has(entry.key) &&
      (input.now - entry.saved.t < TOMBSTONE_FRESH_MS ||
        (input.areaTombstones.has(entry.key) && input.now - entry.saved.t < TOMBSTONE_TTL_MS)),
  );
  let tombstoneBytes = 0;
  for (const entry of [...contested, ...kept]) {
    const wire = toWire(entry);
    const bytes = recordBytes(wire);
    if (!fits(entry, bytes) || tombstoneBytes + bytes > TOMBSTONE_BUDGET) continue;
    add(entry, wire, bytes);
    tombstoneBytes += bytes;
    stats.tombstones += 1;
  }

  const saved = posts.filter((entry) => !isTombstone(entry)).sort(byNewest((entry) => entry.saved.v ?? 0));
  let full = false;
  const emptyBucket = itemBytes(bucketItemKey(POST_BUCKETS - 1), []);
  for (const entry of saved) {
    // Past the first that did not fit, the rest are only counted (a pass with thousands saved
    // would otherwise measure each one's JSON for nothing).
    if (full) {
      stats.savedNotFitting += 1;
      continue;
    }
    const wire = toWire(entry);
    const bytes = recordBytes(wire);
    if (bytes + emptyBucket > ITEM_BUDGET) {
      stats.savedTooLarge += 1;
      continue;
    }
    if (!fits(entry, bytes)) {
      full = true;
      stats.savedNotFitting += 1;
      continue;
    }
    add(entry, wire, bytes);
    stats.savedSynced += 1;
    stats.syncedPosts.add(entry.key);
  }

  buckets.forEach((records, bucket) => {
    if (records.length === 0) return;
    // Sorted by post id: the item's text depends only on which records it holds.
    items[bucketItemKey(bucket)] = [...records].sort((a, b) => (a.i < b.i ? -1 : a.i > b.i ? 1 : 0));
  });
}
