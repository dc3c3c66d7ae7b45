import type { CrossfeedDB } from '../../db';
import type { SearchLogRow } from './tables';

export interface StoredSearchIndex {
  /** The base segment's bytes (segment-codec.ts decodeSegment), empty when there is no base yet. */
  bytes: Uint8Array;
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
  const { blob, ...stored } = await db.transaction(
    'r',
    [db.posts, db.searchIndex, db.searchLog],
    async () => {
      const [meta, base, posts] = await Promise.all([
        db.searchIndex.get('meta'),
        db.searchIndex.get('base'),
        db.posts.count(),
      ]);
      const baseSeq = meta?.key === 'meta' ? meta.baseSeq : 0;
      const rows = await db.searchLog.where('seq').above(baseSeq).toArray();
      const blob = base?.key === 'base' ? base.segment : undefined;
      return { blob, rows, baseSeq, seq: lastSeq(rows, baseSeq), posts };
    },
  );
  // Read once the transaction is over (awaiting anything but the store inside it would end it).
  // Off the page's thread: decoding is left to the caller, who may first let the page paint.
  const bytes = blob ? new Uint8Array(await blob.arrayBuffer()) : new Uint8Array(0);
  return { bytes, ...stored };
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
