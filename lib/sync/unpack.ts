import { bucketOf, roleOfKey } from './keys';
import { itemBytes } from './quota';
import { postWireSchema, type SavedPostEntry, type SettingEntry } from './records';
import { decodeSetting } from './setting-parts';
import { fromWire } from './wire';

/**
 * Reads the sync area's items into records. Nothing in them is trusted: another browser, another
 * version or a bug may have written anything. Each item and record is checked; what fails is
 * counted by reason and left out, and the records that pass are merged as usual, so one bad record
 * never stops the others and never reaches the store.
 */

export type IgnoredReason =
  /** An item of a kind this version knows whose value has the wrong shape. */
  | 'corrupt-item'
  /** One saved post in an item that fails the record's schema. */
  | 'invalid-record'
  /** A saved post in an item its id does not hash to (a second copy could disagree). */
  | 'wrong-bucket'
  /** A long setting whose parts do not (yet) belong to one write. */
  | 'incomplete-setting'
  /** A setting this version does not have (a newer version's): kept in the area, not read. */
  | 'unknown-setting'
  /** An item under this format's prefix that this version does not write (a reserved kind). */
  | 'unknown-item'
  /** An item of another format version, or not Crossfeed's. */
  | 'foreign-item';

export interface DecodedArea {
  settings: SettingEntry[];
  posts: SavedPostEntry[];
  ignored: Partial<Record<IgnoredReason, number>>;
  /** Every item's bytes as the quota counts them, by key. */
  bytes: Map<string, number>;
}

export function decodeArea(
  items: Readonly<Record<string, unknown>>,
  knownSettings: readonly string[],
): DecodedArea {
  const out: DecodedArea = { settings: [], posts: [], ignored: {}, bytes: new Map() };
  const count = (reason: IgnoredReason, by = 1) => {
    out.ignored[reason] = (out.ignored[reason] ?? 0) + by;
  };
  const settingParts = new Map<string, Map<number, unknown>>();
  for (const [key, value] of Object.entries(items)) {
    out.bytes.set(key, itemBytes(key, value));
    const role = roleOfKey(key);
    if (role.role === 'foreign' || role.role === 'unknown') count(`${role.role}-item`);
    else if (role.role === 'setting') {
      if (!knownSettings.includes(role.name)) {
        if (role.part === 0) count('unknown-setting');
        continue;
      }
      const parts = settingParts.get(role.name) ?? new Map<number, unknown>();
      parts.set(role.part, value);
      settingParts.set(role.name, parts);
    } else {
      readBucket(role.bucket, value, out.posts, count);
    }
  }
  for (const [name, parts] of settingParts) {
    const decoded = decodeSetting(name, parts);
    if (decoded && 'entry' in decoded) out.settings.push(decoded.entry);
    else if (decoded) count(decoded.ignored);
  }
  return out;
}

function readBucket(
  bucket: number,
  value: unknown,
  posts: SavedPostEntry[],
  count: (reason: IgnoredReason) => void,
): void {
  if (!Array.isArray(value)) {
    count('corrupt-item');
    return;
  }
  for (const record of value) {
    const parsed = postWireSchema.safeParse(record);
    if (!parsed.success) count('invalid-record');
    else if (bucketOf(parsed.data.i) !== bucket) count('wrong-bucket');
    else posts.push(fromWire(parsed.data));
  }
}
