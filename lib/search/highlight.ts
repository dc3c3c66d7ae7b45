import { compileQuery } from './compile';
import { normalizeWithMap, type NormalizedWithMap } from './normalize';
import type { Query } from './query';
import { termRanges } from './term-match';

/**
 * The ranges of `text` to highlight for a query: every occurrence of its words and phrases (not
 * of excluded ones), found in normalised text and mapped back to UTF-16 offsets of the ORIGINAL
 * text, so "cafe" highlights all of "Café" (combining accent included) and never splits an emoji
 * or surrogate pair. Sorted, overlapping and touching ranges merged.
 */
export function highlightRanges(query: Query, text: string): Array<[number, number]> {
  const terms = compileQuery(query).terms;
  if (terms.length === 0 || text.length === 0) return [];
  const mapped = normalizedOnce(text);
  const ranges: Array<[number, number]> = [];
  for (const term of terms) {
    for (const [start, end] of termRanges(mapped.text, term)) {
      ranges.push([mapped.start[start]!, mapped.end[end - 1]!]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: Array<[number, number]> = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}

/**
 * The texts on screen, normalised once: every keystroke highlights the same cards again, and
 * normalising a non-ASCII text code point by code point cost ~1 ms a card. Least recently used
 * entries go past the limit (a few screens of cards and their fields).
 */
const normalized = new Map<string, NormalizedWithMap>();
const NORMALIZED_KEPT = 400;

function normalizedOnce(text: string): NormalizedWithMap {
  let mapped = normalized.get(text);
  if (mapped) normalized.delete(text);
  else mapped = normalizeWithMap(text);
  normalized.set(text, mapped);
  if (normalized.size > NORMALIZED_KEPT) normalized.delete(normalized.keys().next().value!);
  return mapped;
}
