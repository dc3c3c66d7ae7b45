import type { SearchRow } from '../search-row';
import type { SearchLogRow } from './tables';

export interface FoldedLog {
  /** The last written row of each id still present at the end. */
  upserts: SearchRow[];
  /** Ids whose last change was a delete. */
  removed: string[];
}

/**
 * What a run of log rows (in seq order) does in the end, per id: written (its last row) or deleted.
 * A delete after a write removes the post, a write after a delete brings it back, as they happened.
 */
export function foldLog(rows: readonly SearchLogRow[]): FoldedLog {
  const last = new Map<string, SearchRow | null>();
  for (const row of rows) {
    for (const written of row.rows) last.set(written.id, written);
    for (const id of row.removed) last.set(id, null);
  }
  const upserts: SearchRow[] = [];
  const removed: string[] = [];
  for (const [id, row] of last) {
    if (row) upserts.push(row);
    else removed.push(id);
  }
  return { upserts, removed };
}
