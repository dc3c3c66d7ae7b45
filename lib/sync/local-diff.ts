import { sameValue } from './merge';
import {
  postIdOfKey,
  savedPostKey,
  settingKey,
  type CompactPost,
  type LedgerEntry,
  type SavedPostEntry,
  type Stamped,
} from './records';

/**
 * What this browser's store holds of what syncs, read by the background (worker/local-store.ts).
 * The store keeps no per-field times; the ledger (the records as last merged) is the memory that
 * tells which fields the user changed since, and localEdits stamps exactly those.
 */
export interface LocalSnapshot {
  /** Each synced setting's value as the store gives it (its default when unset), and whether a row holds it. */
  settings: ReadonlyMap<string, { value: unknown; stored: boolean; editedAt?: number }>;
  /** User state rows of saved posts, and of every post the ledger names. */
  userState: ReadonlyMap<string, LocalUserState>;
  /** Copies of saved posts the ledger has no copy of yet (from their stored rows). */
  copies: ReadonlyMap<string, CompactPost>;
}

export interface LocalUserState {
  savedAt?: number;
  tags: string[];
  note?: string;
  updatedAt: number;
}

/**
 * The ledger with the local edits since the last merge: every field whose value in the store
 * differs from the ledger's gets the store's value, stamped with the row's edit time (a setting:
 * the time its change was sent, else `now`: an import), and always later than the ledger's stamp, so an edit made after
 * receiving another browser's wins over it even when that browser's clock runs ahead.
 *
 * A value seen for the first time: a setting row the user wrote before sync knew it gets time 1
 * (older than any edit made with sync on), a default time 0 (no opinion); a saved post its saved
 * time and row time. Returns the keys whose record changed.
 */
export function localEdits(ledger: Map<string, LedgerEntry>, local: LocalSnapshot, now: number): Set<string> {
  const changed = new Set<string>();
  for (const [name, { value, stored, editedAt }] of local.settings) {
    const key = settingKey(name);
    const held = ledger.get(key);
    if (held?.kind === 'setting' && sameValue(held.value.v, value)) continue;
    const t =
      held?.kind === 'setting' ? Math.max(editedAt ?? now, held.value.t + 1) : (editedAt ?? (stored ? 1 : 0));
    ledger.set(key, { kind: 'setting', key, value: { v: value, t } });
    changed.add(key);
  }

  const postIds = new Set(local.userState.keys());
  for (const entry of ledger.values()) if (entry.kind === 'savedPost') postIds.add(postIdOfKey(entry.key));
  for (const postId of postIds) {
    const key = savedPostKey(postId);
    const held = ledger.get(key);
    const row = local.userState.get(postId);
    const next = held?.kind === 'savedPost' ? editPost(held, row, now) : firstSight(key, row);
    const copy = local.copies.get(postId);
    if (next && copy && !next.copy && next.saved.v !== null) next.copy = copy;
    if (next && !sameValue(next, held)) {
      ledger.set(key, next);
      changed.add(key);
    }
  }
  return changed;
}

function firstSight(key: string, row: LocalUserState | undefined): SavedPostEntry | undefined {
  if (row?.savedAt === undefined) return undefined;
  const entry: SavedPostEntry = { kind: 'savedPost', key, saved: { v: row.savedAt, t: row.savedAt } };
  if (row.tags.length > 0) entry.tags = { v: row.tags, t: row.updatedAt };
  if (row.note !== undefined) entry.note = { v: row.note, t: row.updatedAt };
  return entry;
}

function editPost(held: SavedPostEntry, row: LocalUserState | undefined, now: number): SavedPostEntry {
  const next: SavedPostEntry = { ...held };
  const at = row?.updatedAt ?? now;
  const stamp = <T>(value: T, before: Stamped<T> | undefined): Stamped<T> => ({
    v: value,
    t: Math.max(at, (before?.t ?? 0) + 1),
  });
  const saved = row?.savedAt ?? null;
  if (saved !== held.saved.v) next.saved = stamp(saved, held.saved);
  // Tags and note are compared only while the post is saved here: an unsaved post's are not synced.
  if (saved === null || !row) return next;
  if (!sameValue(row.tags, held.tags?.v ?? [])) next.tags = stamp(row.tags, held.tags);
  const note = row.note ?? null;
  if (note !== (held.note?.v ?? null)) next.note = stamp(note, held.note);
  return next;
}
