import type { CrossfeedDB } from '../../db';
import { createLogger } from '../../log';
import { mergeSegment } from '../segment-build';
import { decodeSegment, encodeSegment } from '../segment-codec';
import { foldLog } from './fold';
import { lastSeq, readSearchIndex } from './read';

/** The log is folded into the base once it holds this many rows (capture batches, prune chunks). */
export const COMPACT_AFTER_ROWS = 64;
const log = createLogger('search');

/**
 * Folds the search log into a new base segment: reads base and log in one transaction, merges
 * outside any transaction (so captures are not held up), then writes the base and deletes the
 * folded rows in one transaction, unless another compaction or "delete everything" changed the
 * base meanwhile (then this one is dropped: the next run starts from the new state). Returns
 * whether a new base was written.
 */
export async function compactSearchIndex(db: CrossfeedDB): Promise<boolean> {
  const stored = await readSearchIndex(db);
  if (stored.rows.length === 0) return false;
  const { upserts, removed } = foldLog(stored.rows);
  const base = decodeSegment(stored.bytes);
  const segment = new Blob([encodeSegment(mergeSegment(base, upserts, removed))]);
  const seq = lastSeq(stored.rows, stored.baseSeq);
  return db.transaction('rw', [db.searchIndex, db.searchLog], async () => {
    const meta = await db.searchIndex.get('meta');
    if ((meta?.key === 'meta' ? meta.baseSeq : 0) !== stored.baseSeq) return false;
    await db.searchIndex.bulkPut([
      { key: 'base', segment },
      { key: 'meta', baseSeq: seq },
    ]);
    await db.searchLog.where('seq').belowOrEqual(seq).delete();
    return true;
  });
}

const running = new WeakMap<CrossfeedDB, Promise<boolean>>();

/**
 * For the writer, after a write (no need to await it): compacts when the log has grown past
 * COMPACT_AFTER_ROWS, one compaction at a time per connection. Failures are reported, not thrown.
 */
export function maybeCompactSearchIndex(db: CrossfeedDB): Promise<boolean> {
  const current = running.get(db);
  if (current) return current;
  const run = (async () => {
    if ((await db.searchLog.count()) < COMPACT_AFTER_ROWS) return false;
    return compactSearchIndex(db);
  })()
    .catch((error: unknown) => {
      log.error('could not compact the search index', error);
      return false;
    })
    .finally(() => running.delete(db));
  running.set(db, run);
  return run;
}
