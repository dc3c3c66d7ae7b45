import type { SearchLogRow } from './tables';

export interface FoldedLog {
  /** Ids whose last change was a write. */
  written: string[];
  /** Ids whose last change was a delete. */
  removed: string[];
}

/**
 * What a run of log rows (in seq order) does in the end, per id: written or deleted. A delete
 * after a write removes the post, a write after a delete brings it back, as they happened.
 */
export function foldLog(rows: readonly SearchLogRow[]): FoldedLog {
  const last = new Map<string, boolean>();
  for (const row of rows) {
    for (const id of row.written) last.set(id, true);
    for (const id of row.removed) last.set(id, false);
  }
  const written: string[] = [];
  const removed: string[] = [];
  for (const [id, present] of last) (present ? written : removed).push(id);
  return { written, removed };
}
