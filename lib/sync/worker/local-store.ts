import type { CrossfeedDB } from '../../db';
import { postSchema, type Post } from '../../post';
import { network } from '../../platforms/registry';
import { readSettings } from '../../settings';
import { logSearchChanges } from '../../search/store/log';
import { admitPost } from '../../store/admit-post';
import type { ApplyPlan } from '../apply-plan';
import { compactPost, postFromCopy } from '../compact-post';
import type { LocalSnapshot, LocalUserState } from '../local-diff';
import { postIdOfKey, savedPostKey, type CompactPost, type LedgerEntry } from '../records';
import { SYNCED_SETTINGS } from '../synced-settings';

/**
 * The store's side of a sync pass: what it holds of the synced records, and writing the merged
 * ones into it. Both run inside the pass's one transaction (worker/pass.ts).
 */

export async function readLocal(
  db: CrossfeedDB,
  input: {
    settings: boolean;
    savedPosts: boolean;
    ledger: ReadonlyMap<string, LedgerEntry>;
    areaPostIds: Iterable<string>;
  },
): Promise<LocalSnapshot> {
  const settings = new Map<string, { value: unknown; stored: boolean; editedAt?: number }>();
  if (input.settings) {
    const [values, rows, edits] = await Promise.all([
      readSettings(db),
      db.settings.bulkGet([...SYNCED_SETTINGS]),
      db.syncMeta.get('settingEdits'),
    ]);
    const byName: Readonly<Record<string, unknown>> = values;
    const editedAt: Readonly<Record<string, number>> = edits?.key === 'settingEdits' ? edits.value : {};
    SYNCED_SETTINGS.forEach((name, index) => {
      const setting = { value: byName[name], stored: rows[index] !== undefined };
      const at = Object.prototype.hasOwnProperty.call(editedAt, name) ? editedAt[name] : undefined;
      settings.set(name, at === undefined ? setting : { ...setting, editedAt: at });
    });
  }
  const userState = new Map<string, LocalUserState>();
  const copies = new Map<string, CompactPost>();
  if (!input.savedPosts) return { settings, userState, copies };

  for (const row of await db.userState.where('savedAt').aboveOrEqual(0).toArray())
    userState.set(row.postId, row);
  const named = new Set(input.areaPostIds);
  for (const entry of input.ledger.values())
    if (entry.kind === 'savedPost') named.add(postIdOfKey(entry.key));
  const others = [...named].filter((id) => !userState.has(id));
  (await db.userState.bulkGet(others)).forEach((row) => row && userState.set(row.postId, row));

  // A copy is made once, when a post is first synced as saved; the ledger keeps it after that.
  const needCopy = [...userState]
    .filter(([, row]) => row.savedAt !== undefined)
    .map(([id]) => id)
    .filter((id) => {
      const entry = input.ledger.get(savedPostKey(id));
      return entry?.kind !== 'savedPost' || entry.copy === undefined;
    });
  for (const post of await db.posts.bulkGet(needCopy)) if (post) copies.set(post.id, compactPost(post));
  return { settings, userState, copies };
}

export interface Applied {
  /** Settings written (their side effects, toolbar and retention, run after the transaction). */
  settings: string[];
  /** Copies that were not a valid post of their network: the post is saved here but not shown. */
  refusedCopies: number;
}

export async function applyLocal(db: CrossfeedDB, plan: ApplyPlan, now: number): Promise<Applied> {
  if (plan.settings.size > 0) {
    await db.settings.bulkPut([...plan.settings].map(([key, value]) => ({ key, value })));
  }
  if (plan.userState.length > 0) await db.userState.bulkPut(plan.userState);

  const copyIds = [...plan.copies.keys()];
  const [present, unsavedRows] = await Promise.all([
    db.posts.bulkGet(copyIds),
    db.posts.bulkGet(plan.unsaved),
  ]);
  let refusedCopies = 0;
  const written: Post[] = [];
  copyIds.forEach((postId, index) => {
    if (present[index]) return;
    const post = admitCopy(postId, plan.copies.get(postId)!, now);
    if (post) written.push(post);
    else refusedCopies += 1;
  });
  // A post only ever synced here (never captured), unsaved in another browser, leaves no trace.
  const removed = unsavedRows.filter((row) => row?.capture.source === 'sync').map((row) => row!.id);
  if (removed.length > 0) await db.userState.bulkDelete(removed);
  await writeSyncedPosts(db, written, removed);
  return { settings: [...plan.settings.keys()], refusedCopies };
}

/** A copy as a post of its network, checked like a captured one (schema, ids, hosts, times). */
function admitCopy(postId: string, copy: CompactPost, now: number): Post | undefined {
  const candidate = postFromCopy(postId, copy, now);
  const valid = candidate && postSchema.safeParse(candidate);
  if (!valid?.success) return undefined;
  const admitted = admitPost(valid.data, network(valid.data.platform), now);
  return 'refused' in admitted ? undefined : admitted.post;
}

/**
 * The one place sync writes post rows: inserts of copies, deletes of sync-only rows, logged for the
 * stored search index in the same transaction, like every writer of posts (the pass's scope holds
 * db.searchLog).
 */
async function writeSyncedPosts(db: CrossfeedDB, written: Post[], removed: string[]): Promise<void> {
  if (written.length > 0) await db.posts.bulkPut(written);
  if (removed.length > 0) await db.posts.bulkDelete(removed);
  await logSearchChanges(db, { written, removed });
}
