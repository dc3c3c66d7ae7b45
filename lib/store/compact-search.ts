import type { CrossfeedDB } from '../db';
import { createLogger } from '../kit/log';
import { mergeSegment } from '../search/segment-build';
import { decodeSegment, encodeSegment } from '../search/segment-codec';
import { searchRowOf } from '../search/search-row';
import { readSearchIndex } from '../search/store/read';

/** The log is folded into the base once it holds this many rows (capture batches, prune chunks)... */
export const COMPACT_AFTER_ROWS = 64;
/** ...once captures have paused this long (a compaction of a 100k-post base takes the worker ~1 s)... */
export const COMPACT_WHEN_IDLE_MS = 2000;
/** ...or at once past this many rows, so a long burst cannot grow the log (and the panel's open) without bound. */
export const COMPACT_NOW_ROWS = 1024;
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
  if (stored.rows === 0) return false;
  const base = decodeSegment(stored.bytes);
  const rows = stored.written.map(searchRowOf);
  const segment = new Blob([encodeSegment(mergeSegment(base, rows, stored.removed))]);
  const { seq } = stored;
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
 * Compacts when the log has grown past `atLeast` rows, one compaction at a time per connection.
 * Failures are reported, not thrown.
 */
export function maybeCompactSearchIndex(db: CrossfeedDB, atLeast = COMPACT_AFTER_ROWS): Promise<boolean> {
  const current = running.get(db);
  if (current) return current;
  const run = (async () => {
    if ((await db.searchLog.count()) < atLeast) return false;
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

const idleTimers = new WeakMap<CrossfeedDB, ReturnType<typeof setTimeout>>();
let writesSinceCheck = 0;

/**
 * For the writer, after each write of posts (returns at once): compaction waits until captures
 * pause for COMPACT_WHEN_IDLE_MS, so a burst of batches is not slowed by it; a log past
 * COMPACT_NOW_ROWS is compacted at once. If the worker stops before the pause ends, the next
 * write schedules it again (and the panel reads the longer log meanwhile: slower to open, as exact).
 */
export function scheduleSearchCompaction(db: CrossfeedDB): void {
  clearTimeout(idleTimers.get(db));
  idleTimers.set(
    db,
    // A connection closed meanwhile (a test's, or a store being deleted) has nothing left to fold.
    setTimeout(() => db.isOpen() && void maybeCompactSearchIndex(db), COMPACT_WHEN_IDLE_MS),
  );
  // Counting the log is a read of its own: once every so many writes is enough for the hard cap.
  writesSinceCheck += 1;
  if (writesSinceCheck < COMPACT_NOW_ROWS / 8) return;
  writesSinceCheck = 0;
  void maybeCompactSearchIndex(db, COMPACT_NOW_ROWS);
}
