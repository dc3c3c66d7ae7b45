import type { LocalSnapshot, LocalUserState } from './local-diff';
import { sameValue } from './merge';
import { postIdOfKey, settingKey, type CompactPost, type LedgerEntry, type SavedPostEntry } from './records';

/**
 * What the store must change to hold the merged records: the settings and user states whose
 * merged value is not the store's. Only the fields sync carries are ever changed; a post's tags or
 * note the records say nothing about stay as they are.
 */
export interface ApplyPlan {
  settings: Map<string, unknown>;
  /** Settings whose merged value this version refuses (checked by `validSetting`): left as they are. */
  refusedSettings: string[];
  /** User state rows to write, whole. */
  userState: Array<LocalUserState & { postId: string }>;
  /** Posts unsaved by another browser (their sync-only rows may go). */
  unsaved: string[];
  /** Copies of posts now saved here, for the ones this browser has no row of. */
  copies: Map<string, CompactPost>;
}

export function planApply(
  merged: ReadonlyMap<string, LedgerEntry>,
  local: LocalSnapshot,
  validSetting: (name: string, value: unknown) => boolean,
): ApplyPlan {
  const plan: ApplyPlan = {
    settings: new Map(),
    refusedSettings: [],
    userState: [],
    unsaved: [],
    copies: new Map(),
  };
  for (const [name, { value }] of local.settings) {
    const entry = merged.get(settingKey(name));
    if (entry?.kind !== 'setting' || entry.value.t === 0 || sameValue(entry.value.v, value)) continue;
    if (validSetting(name, entry.value.v)) plan.settings.set(name, entry.value.v);
    else plan.refusedSettings.push(name);
  }
  for (const entry of merged.values()) {
    if (entry.kind !== 'savedPost') continue;
    const postId = postIdOfKey(entry.key);
    const row = local.userState.get(postId);
    const next = targetRow(entry, row);
    if (!next) continue;
    plan.userState.push({ postId, ...next });
    if (entry.saved.v === null) plan.unsaved.push(postId);
    else if (row?.savedAt === undefined && entry.copy) plan.copies.set(postId, entry.copy);
  }
  return plan;
}

/** The row the store should hold for `entry`, or undefined when it already does. */
function targetRow(entry: SavedPostEntry, row: LocalUserState | undefined): LocalUserState | undefined {
  const latest = Math.max(entry.saved.t, entry.tags?.t ?? 0, entry.note?.t ?? 0);
  const updatedAt = Math.max(row?.updatedAt ?? 0, latest);
  if (entry.saved.v === null) {
    if (row?.savedAt === undefined) return undefined;
    const { savedAt: _unsaved, ...rest } = row;
    return { ...rest, updatedAt };
  }
  const next: LocalUserState = { savedAt: entry.saved.v, tags: entry.tags?.v ?? row?.tags ?? [], updatedAt };
  const note = entry.note ? (entry.note.v ?? undefined) : row?.note;
  if (note !== undefined) next.note = note;
  const same =
    row !== undefined &&
    row.savedAt === next.savedAt &&
    sameValue(row.tags, next.tags) &&
    (row.note ?? null) === (next.note ?? null);
  return same ? undefined : next;
}
