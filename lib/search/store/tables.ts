/**
 * The persisted search index, in two tables of the store (lib/db.ts, version 4):
 *
 * - `searchLog`: one row per write of posts (a capture batch, a retention chunk, an import chunk):
 *   the ids written and deleted, written by the writer in the SAME transaction as the posts, so
 *   the index can never miss or invent a post. Ids only: the posts themselves are read when the log
 *   is applied (by compaction, or a side panel opening or following), which keeps the writer's
 *   share to one small row per batch. Keys ascend in commit order (a key generator; transactions
 *   writing the same table never overlap).
 * - `searchIndex`: the compacted segment (key 'base') and which log rows it already includes
 *   (key 'meta'). Compaction folds the log into a new base and deletes the rows it folded.
 *
 * Index = base + log rows with seq > meta.baseSeq, applied in order (each written id as the store
 * holds it when read, in the same transaction as the log). No meta row (a new store) means an
 * empty base and the whole log.
 */
export interface SearchLogRow {
  /** Assigned by the store (++seq). */
  seq: number;
  /** Ids of posts written (inserted or updated). */
  written: string[];
  /** Ids of posts deleted. */
  removed: string[];
}

export interface SearchMetaRow {
  key: 'meta';
  /** The last log seq the base includes (0: none). */
  baseSeq: number;
}

export interface SearchBaseRow {
  key: 'base';
  /** The segment's bytes (segment-codec.ts). A Blob: Chromium reads a Blob back ~3x faster than
   *  the same bytes stored as a typed array (which it wraps in a blob itself, then unwraps). */
  segment: Blob;
}

export type SearchIndexRow = SearchMetaRow | SearchBaseRow;
