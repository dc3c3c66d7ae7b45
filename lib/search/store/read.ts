import type { CrossfeedDB } from '../../db';
import { emptySegment, type Segment } from '../segment';
import type { SearchLogRow } from './tables';

export interface StoredSearchIndex {
  segment: Segment;
  /** The log rows after the base, in order. */
  rows: SearchLogRow[];
  /** The base's last seq. */
  baseSeq: number;
  /** The last seq read (base or log): the next read starts after it. */
  seq: number;
  /** How many posts the store holds, read in the same transaction (a consistency check). */
  posts: number;
}

/** Everything the side panel needs at open, in one read-only transaction (a consistent view). */
export async function readSearchIndex(db: CrossfeedDB): Promise<StoredSearchIndex> {
  return db.transaction('r', [db.posts, db.searchIndex, db.searchLog], async () => {
    const [meta, base, posts] = await Promise.all([
      db.searchIndex.get('meta'),
      db.searchIndex.get('base'),
      db.posts.count(),
    ]);
    const baseSeq = meta?.key === 'meta' ? meta.baseSeq : 0;
    const rows = await db.searchLog.where('seq').above(baseSeq).toArray();
    return {
      segment: base?.key === 'base' ? base.segment : emptySegment(),
      rows,
      baseSeq,
      seq: lastSeq(rows, baseSeq),
      posts,
    };
  });
}

/** The log rows after `seq`, and the base's seq (past `seq`: the rows between were compacted away). */
export async function readSearchLogSince(
  db: CrossfeedDB,
  seq: number,
): Promise<{ baseSeq: number; rows: SearchLogRow[]; seq: number }> {
  return db.transaction('r', [db.searchIndex, db.searchLog], async () => {
    const meta = await db.searchIndex.get('meta');
    const rows = await db.searchLog.where('seq').above(seq).toArray();
    return { baseSeq: meta?.key === 'meta' ? meta.baseSeq : 0, rows, seq: lastSeq(rows, seq) };
  });
}

export function lastSeq(rows: readonly SearchLogRow[], otherwise: number): number {
  return rows.length > 0 ? rows[rows.length - 1]!.seq : otherwise;
}
