/**
 * The browser's sync storage limits, and the share of them Crossfeed uses.
 *
 * Chrome (chrome.storage.sync, extensions/common/api/storage.json): QUOTA_BYTES 102400,
 * QUOTA_BYTES_PER_ITEM 8192, MAX_ITEMS 512, MAX_WRITE_OPERATIONS_PER_HOUR 1800,
 * MAX_WRITE_OPERATIONS_PER_MINUTE 120; bytes are "the JSON stringification of every value plus
 * every key's length", and a write operation is one set, remove or clear call (however many keys).
 * Firefox (MDN storage.sync, "Storage quotas for sync data"; application-services webext_storage
 * SYNC_QUOTA_BYTES / SYNC_QUOTA_BYTES_PER_ITEM / SYNC_MAX_ITEMS): the same 102400 / 8192 / 512,
 * no documented write rate, and it syncs every 10 minutes. So Chrome's numbers bind both.
 */
export const QUOTA_BYTES = 102_400;
export const QUOTA_BYTES_PER_ITEM = 8192;
export const MAX_ITEMS = 512;
export const MAX_WRITE_OPERATIONS_PER_HOUR = 1800;
export const MAX_WRITE_OPERATIONS_PER_MINUTE = 120;

/**
 * What Crossfeed lets itself fill: a little under each limit, so a count that differs from the
 * browser's by a few bytes (escaping, number formatting) can never make a write fail.
 */
export const TOTAL_BUDGET = 100_000;
export const ITEM_BUDGET = 8100;
/** Unsaves (tombstones) may take at most this much of the total (about 250 of them). */
export const TOMBSTONE_BUDGET = 16_000;

/** Writes Crossfeed allows itself: half of Chrome's rates, and never two pushes closer than this. */
export const WRITES_PER_HOUR = MAX_WRITE_OPERATIONS_PER_HOUR / 2;
export const WRITES_PER_MINUTE = MAX_WRITE_OPERATIONS_PER_MINUTE / 2;
export const MIN_PUSH_GAP_MS = 5000;

const encoder = new TextEncoder();

/** UTF-8 bytes of a string: Chrome measures the JSON it writes as bytes, not UTF-16 units. */
export function utf8Bytes(text: string): number {
  return encoder.encode(text).length;
}

/**
 * Chrome writes every number that is not a 32-bit integer as a double with a trailing ".0"
 * (base::JSONWriter), two bytes more than JSON.stringify: a millisecond time is such a number.
 */
function doubleSuffixBytes(value: unknown): number {
  if (typeof value === 'number') return Number.isInteger(value) && Math.abs(value) < 2 ** 31 ? 0 : 2;
  if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + doubleSuffixBytes(item), 0);
  if (value !== null && typeof value === 'object') {
    return Object.values(value).reduce((sum: number, item) => sum + doubleSuffixBytes(item), 0);
  }
  return 0;
}

/** The bytes an item counts against the quotas, as Chrome counts them (never fewer). */
export function itemBytes(key: string, value: unknown): number {
  return utf8Bytes(key) + utf8Bytes(JSON.stringify(value)) + doubleSuffixBytes(value);
}
