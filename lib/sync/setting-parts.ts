import { z } from 'zod';
import { fnv1a, MAX_SETTING_PARTS, settingItemKey } from './keys';
import { ITEM_BUDGET, itemBytes, utf8Bytes } from './quota';
import { epochMs, settingKey, type SettingEntry } from './records';

/*
 * One setting travels as one item, or, when its value is longer than an item may be (a long
 * mute-word list), as the value's JSON text cut into parts: `cf1.s.<name>` holds the time, the part
 * count, a hash of the whole and the first part; `cf1.s.<name>.1`, `.2`… the rest. The browser's
 * sync may deliver the parts of one write at different moments, so a reader uses a setting only
 * when every part carries the same hash and the joined text hashes to it; otherwise it waits.
 */

const firstPartSchema = z
  .object({
    t: epochMs,
    n: z.number().int().min(1).max(MAX_SETTING_PARTS),
    h: z.string().min(1).max(8),
    d: z.string(),
  })
  .strict();
const laterPartSchema = z.object({ h: z.string().min(1).max(8), d: z.string() }).strict();

const hashOf = (time: number, json: string) => fnv1a(`${time}:${json}`).toString(36);

/** Each code point's bytes inside a JSON string (escapes included). */
function escapedBytes(char: string): number {
  return utf8Bytes(JSON.stringify(char)) - 2;
}

/** Cuts `text` into pieces each costing at most `budgets[i]` bytes once escaped (never inside a code point). */
function cut(text: string, budget: (part: number) => number): string[] {
  const parts: string[] = [];
  let current = '';
  let used = 0;
  for (const char of text) {
    const cost = escapedBytes(char);
    if (used + cost > budget(parts.length) && current !== '') {
      parts.push(current);
      current = '';
      used = 0;
    }
    current += char;
    used += cost;
  }
  parts.push(current);
  return parts;
}

/** The items of one setting; undefined when it needs more than MAX_SETTING_PARTS items. */
export function encodeSetting(name: string, entry: SettingEntry): Record<string, unknown> | undefined {
  const json = JSON.stringify(entry.value.v);
  const h = hashOf(entry.value.t, json);
  // The part count is not known before cutting: budget for its widest form (two digits).
  const firstOverhead = itemBytes(settingItemKey(name), { t: entry.value.t, n: 10, h, d: '' });
  const laterOverhead = itemBytes(settingItemKey(name, MAX_SETTING_PARTS), { h, d: '' });
  const parts = cut(json, (part) => ITEM_BUDGET - (part === 0 ? firstOverhead : laterOverhead));
  if (parts.length > MAX_SETTING_PARTS) return undefined;
  const items: Record<string, unknown> = {
    [settingItemKey(name)]: { t: entry.value.t, n: parts.length, h, d: parts[0]! },
  };
  parts.slice(1).forEach((d, index) => {
    items[settingItemKey(name, index + 1)] = { h, d };
  });
  return items;
}

export type DecodedSetting = { entry: SettingEntry } | { ignored: 'corrupt-item' | 'incomplete-setting' };

/** One setting from its items (by part number); undefined when the sync area has none. */
export function decodeSetting(name: string, parts: ReadonlyMap<number, unknown>): DecodedSetting | undefined {
  if (!parts.has(0)) return undefined;
  const first = firstPartSchema.safeParse(parts.get(0));
  if (!first.success) return { ignored: 'corrupt-item' };
  const { t, n, h } = first.data;
  let json = first.data.d;
  for (let part = 1; part < n; part += 1) {
    const later = laterPartSchema.safeParse(parts.get(part));
    if (!later.success || later.data.h !== h) return { ignored: 'incomplete-setting' };
    json += later.data.d;
  }
  if (hashOf(t, json) !== h) return { ignored: 'incomplete-setting' };
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return { ignored: 'corrupt-item' };
  }
  return { entry: { kind: 'setting', key: settingKey(name), value: { v: value, t } } };
}
