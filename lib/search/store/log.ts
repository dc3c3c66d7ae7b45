import type { CrossfeedDB } from '../../db';

/**
 * The writer's hook: records posts written and ids deleted in the search log. Call it INSIDE the
 * transaction that writes the posts (its scope must include db.searchLog), so both land or neither.
 */
export async function logSearchChanges(
  db: CrossfeedDB,
  change: { written?: ReadonlyArray<{ id: string }>; removed?: readonly string[] },
): Promise<void> {
  const written = (change.written ?? []).map((post) => post.id);
  const removed = [...(change.removed ?? [])];
  if (written.length === 0 && removed.length === 0) return;
  await db.searchLog.add({ written, removed });
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
  const seq = await db.searchLog.add({ written: [], removed: [] });
  await db.searchIndex.put({ key: 'meta', baseSeq: seq });
}
