import type { CrossfeedDB } from '../../db';
import { planApply } from '../apply-plan';
import { roleOfKey } from '../keys';
import { localEdits } from '../local-diff';
import { mergeLedgers, sameValue } from '../merge';
import { pack, type PackStats } from '../pack';
import { postIdOfKey, settingKey, type LedgerEntry } from '../records';
import type { SyncIgnoredReason, SyncOptions } from '../status';
import { decodeArea } from '../unpack';
import { isTombstone } from '../wire';
import { SYNCED_SETTINGS, validSetting } from '../synced-settings';
import { applyLocal, readLocal } from './local-store';

/**
 * One sync pass over the store, in ONE transaction: the user's edits since the last pass are
 * stamped into the ledger (local-diff.ts), the area's records are merged in (merge.ts), the store
 * is brought to the merged records (apply-plan.ts), and the ledger is saved. What the area should
 * then hold is packed (pack.ts) and compared with what it holds: the difference is the push.
 * A pass cut short (the worker stopped) commits nothing; the next one does the same work.
 */

/** Unsaves stay in the ledger this long after leaving the area (a browser back after months). */
export const LEDGER_TOMBSTONE_TTL_MS = 365 * 24 * 60 * 60 * 1000;

export interface PassResult {
  /** Items to write (new or changed) and keys to remove: the push. Empty when the area is current. */
  set: Record<string, unknown>;
  remove: string[];
  stats: PackStats;
  /** Items the area holds after the push, as this pass packs them. */
  items: number;
  /** Bytes and items the area held when the pass read it. */
  areaBytes: number;
  areaItems: number;
  ignored: Partial<Record<SyncIgnoredReason, number>>;
  /** Settings the area changed in the store (their side effects run after). */
  appliedSettings: string[];
}

export async function runPass(
  db: CrossfeedDB,
  area: Readonly<Record<string, unknown>>,
  options: SyncOptions,
  now: number,
): Promise<PassResult> {
  const decoded = decodeArea(area, SYNCED_SETTINGS);
  const ignored: PassResult['ignored'] = { ...decoded.ignored };
  const incoming: LedgerEntry[] = [
    ...(options.settings ? decoded.settings : []),
    ...(options.savedPosts ? decoded.posts : []),
  ];
  const enabled = (entry: LedgerEntry) => (entry.kind === 'setting' ? options.settings : options.savedPosts);

  const tables = [db.settings, db.userState, db.posts, db.searchLog, db.syncLedger, db.syncMeta];
  const { merged, appliedSettings } = await db.transaction('rw', tables, async () => {
    const ledger = new Map<string, LedgerEntry>();
    for (const entry of await db.syncLedger.toArray()) if (enabled(entry)) ledger.set(entry.key, entry);
    const local = await readLocal(db, {
      ...options,
      ledger,
      areaPostIds: decoded.posts.map((entry) => postIdOfKey(entry.key)),
    });
    const edited = localEdits(ledger, local, now);
    // The edit times are used: a later pass must not stamp an import with an old edit's time.
    if (options.settings) await db.syncMeta.delete('settingEdits');
    const { merged, changed } = mergeLedgers(ledger, incoming);
    const plan = planApply(merged, local, validSetting);
    // A value this version refuses: the store keeps its own, stamped as a new edit, so the other
    // browsers take it instead of this one holding a record it can never apply.
    for (const name of plan.refusedSettings) {
      const key = settingKey(name);
      const held = merged.get(key);
      const t = held?.kind === 'setting' ? Math.max(now, held.value.t + 1) : now;
      merged.set(key, { kind: 'setting', key, value: { v: local.settings.get(name)?.value, t } });
      changed.add(key);
      ignored['invalid-setting'] = (ignored['invalid-setting'] ?? 0) + 1;
    }
    const applied = await applyLocal(db, plan, now);
    if (applied.refusedCopies > 0) ignored['post-copy-refused'] = applied.refusedCopies;

    const expired = [...merged.values()]
      .filter(
        (entry) =>
          entry.kind === 'savedPost' && isTombstone(entry) && now - entry.saved.t > LEDGER_TOMBSTONE_TTL_MS,
      )
      .map((entry) => entry.key);
    for (const key of expired) merged.delete(key);
    const dirty = [...new Set([...edited, ...changed])].filter((key) => merged.has(key));
    if (dirty.length > 0) await db.syncLedger.bulkPut(dirty.map((key) => merged.get(key)!));
    if (expired.length > 0) await db.syncLedger.bulkDelete(expired);
    return { merged, appliedSettings: applied.settings };
  });

  // The area's items this pass writes (known settings, post buckets, when switched on) and the rest.
  const managed = (key: string) => {
    const role = roleOfKey(key);
    if (role.role === 'bucket') return options.savedPosts;
    return role.role === 'setting' && options.settings && SYNCED_SETTINGS.includes(role.name);
  };
  let otherBytes = 0;
  for (const [key, bytes] of decoded.bytes) if (!managed(key)) otherBytes += bytes;
  const packed = pack({
    ledger: merged,
    settings: SYNCED_SETTINGS,
    syncSettings: options.settings,
    syncSavedPosts: options.savedPosts,
    areaTombstones: new Set(decoded.posts.filter(isTombstone).map((entry) => entry.key)),
    areaSaved: new Set(decoded.posts.filter((entry) => !isTombstone(entry)).map((entry) => entry.key)),
    otherBytes,
    now,
  });
  const held = (items: object, key: string) => Object.prototype.hasOwnProperty.call(items, key);
  const set: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(packed.items)) {
    if (!held(area, key) || !sameValue(area[key], value)) set[key] = value;
  }
  const remove = Object.keys(area).filter((key) => managed(key) && !held(packed.items, key));
  const others = Object.keys(area).filter((key) => !managed(key)).length;
  return {
    set,
    remove,
    stats: packed.stats,
    items: others + Object.keys(packed.items).length,
    areaBytes: [...decoded.bytes.values()].reduce((sum, bytes) => sum + bytes, 0),
    areaItems: decoded.bytes.size,
    ignored,
    appliedSettings,
  };
}
