import type { Platform } from '../../platforms/registry';
import { counterOf, type CountLimits } from './count';
import { findBoundaries, type Boundaries } from './split-boundaries';

/** The numbering each part starts with: "1/3 ". */
export function threadNumbering(index: number, total: number): string {
  return `${index + 1}/${total} `;
}

function fits(network: Platform, text: string, limits: CountLimits | undefined): boolean {
  const counter = counterOf(network);
  if (counter.count(text, limits).overflowAt !== undefined) return false;
  // Splitting can also cure a network's other per-post limits (Threads: five links a post).
  return counter.partFits?.(text) ?? true;
}

/** The farthest candidate after `start` whose part fits (parts only grow with the cut, so bisect). */
function farthestFit(candidates: number[], start: number, ok: (end: number) => boolean): number | undefined {
  let lo = candidates.findIndex((c) => c > start);
  if (lo < 0) return undefined;
  let hi = candidates.length - 1;
  let best: number | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const cut = candidates[mid] as number;
    if (ok(cut)) {
      best = cut;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

function splitWithTotal(
  text: string,
  network: Platform,
  limits: CountLimits | undefined,
  total: number,
  boundaries: Boundaries,
): string[] {
  const parts: string[] = [];
  let start = 0;
  const skipSpace = (i: number) => {
    while (i < text.length && /\s/.test(text[i] as string)) i += 1;
    return i;
  };
  start = skipSpace(start);
  while (start < text.length) {
    const prefix = threadNumbering(parts.length, total);
    const ok = (end: number) => fits(network, prefix + text.slice(start, end).trimEnd(), limits);
    const end =
      (ok(text.length) ? text.length : undefined) ??
      farthestFit(boundaries.sentence, start, ok) ??
      farthestFit(boundaries.word, start, ok) ??
      farthestFit(boundaries.grapheme, start, ok) ??
      // Nothing fits: a single unbreakable piece (a URL longer than the limit) goes alone, over.
      boundaries.grapheme.find((b) => b > start) ??
      text.length;
    parts.push(prefix + text.slice(start, end).trimEnd());
    start = skipSpace(end);
  }
  return parts;
}

/**
 * Splits `text` into numbered parts ("1/3 …") that each fit `network` by its own count, numbering
 * included, cutting at sentence ends first, then between words, then between graphemes, never
 * inside a URL, mention, hashtag or grapheme cluster. A text that already fits comes back as is.
 */
export function splitIntoThread(text: string, network: Platform, limits?: CountLimits): string[] {
  if (text.trim() === '') return [];
  if (fits(network, text, limits)) return [text];
  const boundaries = findBoundaries(text);
  // The numbering's width depends on the total, which depends on the numbering: iterate to the
  // fixed point. Wider numbering never needs fewer parts, so the total only grows and settles.
  let total = 2;
  let parts = splitWithTotal(text, network, limits, total, boundaries);
  for (let round = 0; round < 8 && parts.length !== total; round += 1) {
    total = Math.max(parts.length, total + 1);
    parts = splitWithTotal(text, network, limits, total, boundaries);
  }
  return parts;
}
