import type { CrossfeedDB } from '../../db';
import type { Post } from '../../post';
import { searchRowOf } from '../search-row';

/**
 * The writer's hook: records posts written and ids deleted in the search log. Call it INSIDE the
 * transaction that writes the posts (its scope must include db.searchLog), so both land or neither.
 */
export async function logSearchChanges(
  db: CrossfeedDB,
  change: { written?: readonly Post[]; removed?: readonly string[] },
): Promise<void> {
  const rows = (change.written ?? []).map(searchRowOf);
  const removed = [...(change.removed ?? [])];
  if (rows.length === 0 && removed.length === 0) return;
  await db.searchLog.add({ rows, removed });
}

/**
 * "Delete everything": call inside the transaction that clears the posts (scope: db.searchLog and
 * db.searchIndex). The new meta's baseSeq is past every earlier log row, so a side panel that
 * followed the old log sees the jump and reloads, and a compaction that read the old state
 * finds the meta changed and gives up.
 */
export async function clearSearchIndex(db: CrossfeedDB): Promise<void> {
  await db.searchLog.clear();
  await db.searchIndex.clear();
  const seq = await db.searchLog.add({ rows: [], removed: [] });
  await db.searchIndex.put({ key: 'meta', baseSeq: seq });
}
