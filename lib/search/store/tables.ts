import type { SearchRow } from '../search-row';

/**
 * The persisted search index, in two tables of the store (lib/db.ts, version 3):
 *
 * - `searchLog`: one row per write of posts (a capture batch, a retention chunk, an import chunk),
 *   written by the writer in the SAME transaction as the posts, so the index can never miss or
 *   invent a post. Keys ascend in commit order (a key generator; transactions writing the same
 *   table never overlap).
 * - `searchIndex`: the compacted segment (key 'base') and which log rows it already includes
 *   (key 'meta'). Compaction folds the log into a new base and deletes the rows it folded.
 *
 * Index = base + log rows with seq > meta.baseSeq, applied in order. No meta row (a new store)
 * means an empty base and the whole log.
 */
export interface SearchLogRow {
  /** Assigned by the store (++seq). */
  seq: number;
  /** Posts written (inserted or updated), as search rows. */
  rows: SearchRow[];
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
