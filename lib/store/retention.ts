import type { CrossfeedDB } from '../db';
import { readSettings, type Settings } from '../settings';
import { logSearchChanges } from '../search/store/log';
import { scheduleSearchCompaction } from './compact-search';

/**
 * Retention: keep posts of the last N days and/or the newest N posts (by feed time, sortAt); the
 * rest is deleted, except
 * - saved posts (userState.savedAt set): never pruned, and not counted against "newest N" either
 *   (saving is the user's way of saying "keep this");
 * - posts quoted by a post that stays (otherwise its quote card would break), transitively.
 * The user state of a deleted (unsaved) post goes with it. Deletion runs in small transactions so a
 * capture batch never waits long behind it, and it is idempotent: a run cut short by the worker
 * being stopped is finished by the next.
 */

export type RetentionSettings = Pick<Settings, 'retentionDays' | 'retentionMaxPosts'>;

export interface PruneOptions {
  /** Posts deleted per transaction (default 500). */
  chunkSize?: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const READ_CHUNK = 2000;

/** Ids of posts that retention would remove before the exceptions (saved, quoted) are applied. */
async function candidates(db: CrossfeedDB, settings: RetentionSettings, now: number): Promise<Set<string>> {
  const out = new Set<string>();
  if (settings.retentionDays !== null) {
    const cutoff = now - settings.retentionDays * DAY_MS;
    for (const id of await db.posts.where('sortAt').below(cutoff).primaryKeys()) out.add(id);
  }
  if (settings.retentionMaxPosts !== null) {
    // Newest first; the saved ones are kept anyway, so they do not take a place among the newest N.
    const saved = await savedIds(db);
    let kept = 0;
    await db.posts
      .orderBy('sortAt')
      .reverse()
      .eachPrimaryKey((id) => {
        if (saved.has(id)) return;
        if (kept < settings.retentionMaxPosts!) kept += 1;
        else out.add(id);
      });
  }
  return out;
}

async function savedIds(db: CrossfeedDB): Promise<Set<string>> {
  return new Set(await db.userState.where('savedAt').aboveOrEqual(0).primaryKeys());
}

/** Post ids quoted by rows in `ids`, read in chunks. */
async function quotedBy(db: CrossfeedDB, ids: readonly string[]): Promise<string[]> {
  const quoted: string[] = [];
  for (let start = 0; start < ids.length; start += READ_CHUNK) {
    const rows = await db.posts.bulkGet(ids.slice(start, start + READ_CHUNK));
    for (const row of rows) if (row?.quotedPostId) quoted.push(row.quotedPostId);
  }
  return quoted;
}

/**
 * Removes from `doomed` every post that a staying post quotes (and what those quote, and so on).
 * Only staying posts need reading: a doomed post that quotes another protects nothing.
 */
async function spareQuoted(db: CrossfeedDB, doomed: Set<string>): Promise<void> {
  const staying = (await db.posts.toCollection().primaryKeys()).filter((id) => !doomed.has(id));
  let frontier = await quotedBy(db, staying);
  while (frontier.length > 0) {
    const spared = frontier.filter((id) => doomed.delete(id));
    frontier = await quotedBy(db, spared);
  }
}

/**
 * Applies the retention settings once. Returns how many posts were deleted. `now` is the current
 * time (epoch ms); a post seen again at or after it while the run goes on is left for the next run.
 */
export async function pruneByRetention(
  db: CrossfeedDB,
  settings: RetentionSettings,
  now: number,
  options: PruneOptions = {},
): Promise<{ deleted: number }> {
  if (settings.retentionDays === null && settings.retentionMaxPosts === null) return { deleted: 0 };
  const doomed = await candidates(db, settings, now);
  if (doomed.size === 0) return { deleted: 0 };
  for (const id of await savedIds(db)) doomed.delete(id);
  await spareQuoted(db, doomed);

  const chunkSize = options.chunkSize ?? 500;
  const ids = [...doomed];
  let deleted = 0;
  for (let start = 0; start < ids.length; start += chunkSize) {
    deleted += await deleteChunk(db, ids.slice(start, start + chunkSize), now);
  }
  // Each chunk logged its deletions: fold them into the search index's base once things are quiet.
  if (deleted > 0) scheduleSearchCompaction(db);
  return { deleted };
}

/** One small transaction: re-checks each post (saved meanwhile? seen again?) before deleting it. */
async function deleteChunk(db: CrossfeedDB, ids: readonly string[], startedAt: number): Promise<number> {
  return db.transaction('rw', [db.posts, db.userState, db.searchLog], async () => {
    const [posts, states] = await Promise.all([db.posts.bulkGet([...ids]), db.userState.bulkGet([...ids])]);
    const gone = ids.filter((_id, index) => {
      const post = posts[index];
      return (
        post !== undefined && states[index]?.savedAt === undefined && post.capture.lastSeenAt < startedAt
      );
    });
    await db.posts.bulkDelete(gone);
    await db.userState.bulkDelete(gone);
    await logSearchChanges(db, { removed: gone });
    return gone.length;
  });
}

/** Settings-table key of the last automatic run's time (kept in the store: the worker may be stopped). */
export const RETENTION_LAST_RUN_KEY = 'retentionLastRunAt';
/** Automatic runs after captures are at least this far apart. */
export const RETENTION_INTERVAL_MS = 10 * 60 * 1000;

interface AutoRun {
  /** The last check's time in this worker, so most batches do not even read the store. */
  checkedAt?: number;
  running?: Promise<{ ran: boolean; deleted: number }>;
}
const autoRuns = new WeakMap<CrossfeedDB, AutoRun>();

const recent = (last: unknown, now: number) =>
  typeof last === 'number' && now >= last && now - last < RETENTION_INTERVAL_MS;

/**
 * For the ingest handler: call after a batch is written (no need to await it before acking). Runs
 * pruneByRetention when retention is set and the last automatic run is at least
 * RETENTION_INTERVAL_MS ago; otherwise does nothing. Never two runs at once in one worker.
 */
export function maybePruneAfterIngest(
  db: CrossfeedDB,
  now: number,
): Promise<{ ran: boolean; deleted: number }> {
  const state = autoRuns.get(db) ?? {};
  autoRuns.set(db, state);
  if (state.running) return state.running;
  if (recent(state.checkedAt, now)) return Promise.resolve({ ran: false, deleted: 0 });
  state.checkedAt = now;
  const run = async () => {
    if (recent((await db.settings.get(RETENTION_LAST_RUN_KEY))?.value, now))
      return { ran: false, deleted: 0 };
    const settings = await readSettings(db);
    if (settings.retentionDays === null && settings.retentionMaxPosts === null)
      return { ran: false, deleted: 0 };
    // Recorded first: a run that fails or is cut short is not retried on every following batch.
    await db.settings.put({ key: RETENTION_LAST_RUN_KEY, value: now });
    return { ran: true, ...(await pruneByRetention(db, settings, now)) };
  };
  state.running = run().finally(() => {
    state.running = undefined;
  });
  return state.running;
}
