import type { CompactPost, LedgerEntry, SavedPostEntry, SettingEntry, Stamped } from './records';

/*
 * The merge rule (lib/sync/README.md): per field, the later edit wins; on equal times the larger
 * JSON text wins, so two browsers merging the same two records always pick the same one. The rule
 * is commutative, associative and idempotent: records may arrive in any order, any number of
 * times, and every browser that has seen the same records holds the same result.
 */

function compareText(a: unknown, b: unknown): number {
  const left = canonical(a);
  const right = canonical(b);
  return left < right ? -1 : left > right ? 1 : 0;
}

/** The later of two stamped values (either may be absent). */
export function newer<T>(a: Stamped<T> | undefined, b: Stamped<T> | undefined): Stamped<T> | undefined {
  if (!a) return b;
  if (!b) return a;
  if (a.t !== b.t) return a.t > b.t ? a : b;
  return compareText(a.v, b.v) >= 0 ? a : b;
}

/** The copy that goes with the later save; either one when only one has a copy. */
function newerCopy(a: SavedPostEntry, b: SavedPostEntry): CompactPost | undefined {
  if (!a.copy) return b.copy;
  if (!b.copy) return a.copy;
  if (a.saved.t !== b.saved.t) return a.saved.t > b.saved.t ? a.copy : b.copy;
  return compareText(a.copy, b.copy) >= 0 ? a.copy : b.copy;
}

function mergeSavedPost(a: SavedPostEntry, b: SavedPostEntry): SavedPostEntry {
  const merged: SavedPostEntry = { kind: 'savedPost', key: a.key, saved: newer(a.saved, b.saved)! };
  const tags = newer(a.tags, b.tags);
  const note = newer(a.note, b.note);
  const copy = newerCopy(a, b);
  if (tags) merged.tags = tags;
  if (note) merged.note = note;
  if (copy) merged.copy = copy;
  return merged;
}

/** Two versions of one record (same key) as one. */
export function mergeEntry(a: LedgerEntry, b: LedgerEntry): LedgerEntry {
  if (a.kind === 'savedPost' && b.kind === 'savedPost') return mergeSavedPost(a, b);
  if (a.kind === 'setting' && b.kind === 'setting') {
    const merged: SettingEntry = { kind: 'setting', key: a.key, value: newer(a.value, b.value)! };
    return merged;
  }
  // One key never names two kinds (the key starts with the kind's prefix); keep what is held.
  return a;
}

/** Same content (the order of an object's keys aside)? */
export function sameValue(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

export function sameEntry(a: LedgerEntry | undefined, b: LedgerEntry | undefined): boolean {
  if (!a || !b) return a === b;
  return sameValue(a, b);
}

/** JSON with every object's keys in order: the same content is the same text on every browser. */
function canonical(value: unknown): string {
  return (
    JSON.stringify(value, (_key, field: unknown) =>
      field !== null && typeof field === 'object' && !Array.isArray(field)
        ? Object.fromEntries(Object.entries(field).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)))
        : field,
    ) ?? ''
  );
}

/** `incoming` merged into a copy of `held`; `changed` names the keys whose record is not the held one. */
export function mergeLedgers(
  held: ReadonlyMap<string, LedgerEntry>,
  incoming: Iterable<LedgerEntry>,
): { merged: Map<string, LedgerEntry>; changed: Set<string> } {
  const merged = new Map(held);
  const changed = new Set<string>();
  for (const entry of incoming) {
    const before = merged.get(entry.key);
    const after = before ? mergeEntry(before, entry) : entry;
    if (!sameEntry(before, after)) {
      merged.set(entry.key, after);
      changed.add(entry.key);
    }
  }
  return { merged, changed };
}
