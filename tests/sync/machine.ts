import 'fake-indexeddb/auto';
import { CrossfeedDB } from '../../lib/db';
import type { Post } from '../../lib/post';
import { readSettings, writeSettings, type Settings, type SettingsChange } from '../../lib/settings';
import type { UserStateChange } from '../../lib/store/protocol';
import { updateUserState } from '../../lib/store/user-state';
import { readSyncStatus, type SyncStatus } from '../../lib/sync/status';
import { createSyncEngine, type SyncEngine } from '../../lib/sync/worker/engine';
import type { FakeSyncArea } from './fake-area';

/**
 * One simulated browser: its own store, its own clock (a shared one plus a skew: machines'
 * clocks disagree) and its sync engine over the shared fake area. Edits go through the same store
 * functions the background's handlers call.
 */
export interface Machine {
  db: CrossfeedDB;
  engine: SyncEngine;
  now: () => number;
  edit(change: UserStateChange): Promise<void>;
  settings(change: SettingsChange): Promise<void>;
  sync(): Promise<SyncStatus>;
  /** What the user sees: saved posts (id, saved time, tags, note) and settings. */
  view(): Promise<{ saved: SavedView[]; settings: Settings }>;
  close(): Promise<void>;
}

export interface SavedView {
  postId: string;
  savedAt: number;
  tags: string[];
  note?: string;
}

let dbCount = 0;

export async function machine(
  area: FakeSyncArea,
  clock: { now: number },
  options: { skewMs?: number; posts?: Post[] } = {},
): Promise<Machine> {
  dbCount += 1;
  const db = new CrossfeedDB(`test-sync-${dbCount}`);
  await db.open();
  if (options.posts) await db.posts.bulkPut(options.posts);
  const now = () => clock.now + (options.skewMs ?? 0);
  const engine = createSyncEngine(db, area, { now });
  return {
    db,
    engine,
    now,
    edit: async (change) => {
      await updateUserState(db, change, now());
    },
    settings: async (change) => {
      await engine.noteSettingsEdit(Object.keys(change));
      await writeSettings(db, change);
    },
    sync: async () => {
      await engine.syncNow();
      return (await readSyncStatus(db))!;
    },
    view: async () => {
      const rows = await db.userState.where('savedAt').aboveOrEqual(0).sortBy('postId');
      const saved = rows.map(({ postId, savedAt, tags, note }) => {
        const row: SavedView = { postId, savedAt: savedAt!, tags };
        if (note !== undefined) row.note = note;
        return row;
      });
      return { saved, settings: await readSettings(db) };
    },
    close: () => db.delete(),
  };
}

/**
 * Lets every machine sync until none has anything left to write (the browser's sync delivering
 * each write to the others), moving the clock past the write-rate gap each round. Returns the rounds.
 */
export async function settle(
  area: FakeSyncArea,
  clock: { now: number },
  machines: Machine[],
): Promise<number> {
  for (let round = 1; round <= 10; round += 1) {
    const before = area.writeCalls;
    for (const one of machines) {
      clock.now += 10_000;
      await one.sync();
    }
    if (area.writeCalls === before) return round;
  }
  throw new Error('the machines never stopped writing');
}
