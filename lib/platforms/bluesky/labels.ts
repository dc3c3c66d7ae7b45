import { arr, asArray, bool, rec, str, text } from '../../kit/json-read';
import { parseDatetime } from './dates';

/**
 * Moderation labels of a post: those labelers put on it (the view's `labels`, com.atproto.label
 * defs#label) and the author's own self-labels in the record (`labels.values[].val`). Values are
 * kept as sent, deduplicated; a negation (`neg: true`) cancels the same labeler's value, and an
 * expired label (`exp` in the past) no longer applies.
 */
const MAX_LABELS = 50;
const MAX_VALUE = 128;

/** Bluesky's adult and graphic-content values: the app hides such media behind a warning. */
const SENSITIVE: ReadonlySet<string> = new Set(['porn', 'sexual', 'nudity', 'graphic-media', 'gore']);

export function readLabels(viewLabels: unknown, record: unknown, now: number): string[] | undefined {
  const values: string[] = [];
  const labels = asArray(viewLabels);
  if (labels !== undefined) {
    const negated = negations(labels);
    for (const label of labels) {
      const val = text(label, 'val');
      if (val === undefined || bool(label, 'neg') === true) continue;
      if (negated?.has(`${str(label, 'src') ?? ''} ${val}`)) continue;
      const expires = parseDatetime(str(label, 'exp'));
      if (expires !== undefined && expires <= now) continue;
      add(values, val);
    }
  }
  for (const self of arr(rec(record, 'labels'), 'values') ?? []) {
    const val = text(self, 'val');
    if (val !== undefined) add(values, val);
  }
  return values.length > 0 ? values : undefined;
}

export function isSensitive(labels: readonly string[] | undefined): boolean {
  return labels !== undefined && labels.some((value) => SENSITIVE.has(value));
}

function add(values: string[], val: string): void {
  if (val.length <= MAX_VALUE && values.length < MAX_LABELS && !values.includes(val)) values.push(val);
}

/** `<src> <val>` of every negation label, or undefined when there is none (the usual case). */
function negations(labels: readonly unknown[]): Set<string> | undefined {
  let negated: Set<string> | undefined;
  for (const label of labels) {
    if (bool(label, 'neg') !== true) continue;
    negated ??= new Set();
    negated.add(`${str(label, 'src') ?? ''} ${str(label, 'val') ?? ''}`);
  }
  return negated;
}
