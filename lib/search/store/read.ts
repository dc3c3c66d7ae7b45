import type { CrossfeedDB } from '../../db';
import type { Post } from '../../post';
import { foldLog } from './fold';
import type { SearchLogRow } from './tables';

/** What the log after some seq says, resolved against the store in the same transaction. */
export interface LogChanges {
  /** The posts written since, as the store holds them now. */
  written: Post[];
  /** Ids deleted since (or written, then gone). */
  removed: string[];
  /** How many log rows that was. */
  rows: number;
  /** The last seq read: the next read starts after it. */
  seq: number;
  /** The base's last seq (past the seq asked for: the rows between were compacted away). */
  baseSeq: number;
}

export interface StoredSearchIndex extends LogChanges {
  /** The base segment's bytes (segment-codec.ts decodeSegment), empty when there is no base yet. */
  bytes: Uint8Array;
  /** How many posts the store holds, read in the same transaction (a consistency check). */
  posts: number;
}

/** Everything the side panel (or a compaction) needs, in one read-only transaction: a consistent view. */
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
      const changes = await changesAfter(db, baseSeq, baseSeq);
      return { blob: base?.key === 'base' ? base.segment : undefined, posts, ...changes };
    },
  );
  // Read once the transaction is over (awaiting anything but the store inside it would end it).
  // Off the page's thread: decoding is left to the caller, who may first let the page paint.
  const bytes = blob ? new Uint8Array(await blob.arrayBuffer()) : new Uint8Array(0);
  return { bytes, ...stored };
}

/** The changes logged after `seq`, and the base's seq. */
export async function readSearchLogSince(db: CrossfeedDB, seq: number): Promise<LogChanges> {
  return db.transaction('r', [db.posts, db.searchIndex, db.searchLog], async () => {
    const meta = await db.searchIndex.get('meta');
    return changesAfter(db, seq, meta?.key === 'meta' ? meta.baseSeq : 0);
  });
}

/** Inside a transaction over posts and searchLog: the log after `seq`, folded, its posts read. */
async function changesAfter(db: CrossfeedDB, seq: number, baseSeq: number): Promise<LogChanges> {
  const rows = await db.searchLog.where('seq').above(seq).toArray();
  const folded = foldLog(rows);
  const posts = folded.written.length > 0 ? await db.posts.bulkGet(folded.written) : [];
  const written = posts.filter((post): post is Post => post !== undefined);
  // A written id the store no longer has was deleted by a writer that did not log it: it is gone.
  const missing = folded.written.filter((_, index) => posts[index] === undefined);
  return {
    written,
    removed: missing.length > 0 ? [...folded.removed, ...missing] : folded.removed,
    rows: rows.length,
    seq: lastSeq(rows, seq),
    baseSeq,
  };
}

function lastSeq(rows: readonly SearchLogRow[], otherwise: number): number {
  return rows.length > 0 ? rows[rows.length - 1]!.seq : otherwise;
}
