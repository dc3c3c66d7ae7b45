import { RECORD_PREFIX } from './records';

/**
 * The sync area's item keys. The format version is part of every key (`cf1.`): a later format
 * writes under its own prefix, so browsers on two versions never overwrite each other's items (an
 * old version leaves `cf2.*` alone and counts its bytes; the new one can read `cf1.*` to migrate).
 */
export const FORMAT_VERSION = 1;
export const KEY_PREFIX = `cf${FORMAT_VERSION}.`;

/**
 * Saved posts are spread over this many items by a hash of their id, so saving or editing one post
 * rewrites one item (a few KB), not all of them. 24 × 8 KB is twice the total quota: the total
 * fills long before any one item does (at a full quota an item holds ~4 KB on average).
 */
export const POST_BUCKETS = 24;

/** Parts one setting may take (a long mute-word list: 500 words of 100 characters fit in 7). */
export const MAX_SETTING_PARTS = 12;

const SETTING_ITEM = `${KEY_PREFIX}${RECORD_PREFIX.setting}.`;
const POST_ITEM = `${KEY_PREFIX}${RECORD_PREFIX.savedPost}.`;

export const settingItemKey = (name: string, part = 0) =>
  part === 0 ? `${SETTING_ITEM}${name}` : `${SETTING_ITEM}${name}.${part}`;
export const bucketItemKey = (bucket: number) => `${POST_ITEM}${bucket}`;

/** FNV-1a, 32 bits: a fast, stable string hash (the same on every browser and every version). */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

export const bucketOf = (postId: string) => fnv1a(postId) % POST_BUCKETS;

/** What an item key is to this version. */
export type KeyRole =
  | { role: 'setting'; name: string; part: number }
  | { role: 'bucket'; bucket: number }
  /** Ours by prefix but not a key this version writes (a reserved kind, an odd name): left alone. */
  | { role: 'unknown' }
  /** Not under this format's prefix: another format version's, or not Crossfeed's at all. */
  | { role: 'foreign' };

export function roleOfKey(key: string): KeyRole {
  if (!key.startsWith(KEY_PREFIX)) return { role: 'foreign' };
  if (key.startsWith(POST_ITEM)) {
    const rest = key.slice(POST_ITEM.length);
    const bucket = /^(0|[1-9]\d?)$/.test(rest) ? Number(rest) : NaN;
    return bucket < POST_BUCKETS ? { role: 'bucket', bucket } : { role: 'unknown' };
  }
  if (key.startsWith(SETTING_ITEM)) {
    const match = /^([A-Za-z][A-Za-z0-9]{0,63})(?:\.([1-9]\d?))?$/.exec(key.slice(SETTING_ITEM.length));
    if (match) return { role: 'setting', name: match[1]!, part: match[2] ? Number(match[2]) : 0 };
  }
  return { role: 'unknown' };
}
