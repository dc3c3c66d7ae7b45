import type { CrossfeedDB } from '../../db';
import { createLogger, describeError } from '../../kit/log';
import { QUOTA_BYTES } from '../quota';
import { readSyncOptions, readSyncStatus, type SyncOptions, type SyncStatus } from '../status';
import { nextWriteAt, recordWrites } from '../write-budget';
import type { SyncArea } from './area';
import { runPass, type PassResult } from './pass';

const log = createLogger('sync');

/**
 * The background's sync engine: runs passes (worker/pass.ts) one at a time, when something changed
 * here (a user edit: debounced, so a burst of edits is one push) or in the sync area (another
 * browser: soon), and on start. A pass whose push the write-rate budget does not allow yet comes
 * back when it does. Nothing lives only in memory: the ledger and the write times are in the
 * store, so a worker stopped at any point leaves the next pass the same work.
 */
export interface SyncEngine {
  schedule(reason: SyncTrigger): void;
  /** Notes when the user changed these settings here (their sync stamp), before the change is written. */
  noteSettingsEdit(names: readonly string[]): Promise<void>;
  /** Read, merge and write now (the write waits when the write-rate budget says so). */
  syncNow(): Promise<SyncStatus>;
  setOptions(change: Partial<SyncOptions>): Promise<SyncOptions>;
  /**
   * Runs "delete everything" between passes, then forgets the ledger of what it cleared and turns
   * that sync off here (lib/sync/README.md says why).
   */
  afterDeleteEverything<T>(task: () => Promise<T>, includeSettings: boolean): Promise<T>;
  /** Resolves once no pass runs or waits on a timer (tests). */
  idle(): Promise<void>;
}

export type SyncTrigger = 'start' | 'local' | 'remote';

export interface SyncEngineDeps {
  now?: () => number;
  /** Settings another browser changed here: their side effects (toolbar button, retention). */
  onSettingsApplied?: (names: string[]) => Promise<void>;
}

/** Quiet time after a user edit before the push (more edits within it join the same push)... */
export const LOCAL_DEBOUNCE_MS = 2000;
/** ...but a stream of edits is pushed at least this often. */
export const LOCAL_MAX_WAIT_MS = 10_000;
/** Another browser's write often arrives as several item changes: they are read together. */
export const REMOTE_DEBOUNCE_MS = 500;
/** After a failed write (the browser's quota said no), the next attempt. */
export const RETRY_MS = 60_000;

export function createSyncEngine(db: CrossfeedDB, area: SyncArea, deps: SyncEngineDeps = {}): SyncEngine {
  const now = deps.now ?? Date.now;
  let chain: Promise<unknown> = Promise.resolve();
  let timer: { handle: ReturnType<typeof setTimeout>; due: number; first: number } | undefined;

  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = chain.then(task);
    chain = run.catch((error: unknown) => log.error('sync pass failed', error));
    return run;
  };

  const runAt = (due: number, first = now()) => {
    if (timer) clearTimeout(timer.handle);
    const handle = setTimeout(
      () => {
        timer = undefined;
        void serial(cycle);
      },
      Math.max(0, due - now()),
    );
    timer = { handle, due, first };
  };

  const schedule = (reason: SyncTrigger) => {
    const at = now();
    if (reason === 'local') {
      const first = timer?.first ?? at;
      runAt(Math.min(at + LOCAL_DEBOUNCE_MS, first + LOCAL_MAX_WAIT_MS), first);
    } else {
      const due = at + (reason === 'remote' ? REMOTE_DEBOUNCE_MS : 0);
      runAt(timer ? Math.min(timer.due, due) : due, timer?.first);
    }
  };

  async function cycle(): Promise<SyncStatus> {
    const options = await readSyncOptions(db);
    const before = (await readSyncStatus(db)) ?? emptyStatus();
    if (!options.settings && !options.savedPosts) return before;
    const at = now();
    let result: PassResult;
    try {
      result = await runPass(db, await area.getAll(), options, at);
    } catch (error) {
      return saveStatus({ ...before, lastError: describeError(error) });
    }
    if (result.appliedSettings.length > 0) {
      await deps
        .onSettingsApplied?.(result.appliedSettings)
        .catch((error: unknown) => log.error('applying synced settings failed', error));
    }
    const push = await pushIfAllowed(result, at);
    const pushed = push.pushedAt !== undefined;
    return saveStatus({
      lastPullAt: at,
      lastPushAt: push.pushedAt ?? before.lastPushAt,
      bytesUsed: pushed || push.current ? result.stats.bytes : result.areaBytes,
      quotaBytes: QUOTA_BYTES,
      items: pushed || push.current ? result.items : result.areaItems,
      settingsSynced: result.stats.settingsSynced,
      settingsNotFitting: result.stats.settingsNotFitting,
      savedSynced: result.stats.savedSynced,
      savedNotFitting: result.stats.savedNotFitting,
      savedTooLarge: result.stats.savedTooLarge,
      tombstones: result.stats.tombstones,
      ignored: result.ignored,
      pendingPushAt: push.pendingAt,
      lastError: push.error,
    });
  }

  async function pushIfAllowed(
    result: PassResult,
    at: number,
  ): Promise<{ current?: boolean; pushedAt?: number; pendingAt?: number; error?: string }> {
    const setting = Object.keys(result.set).length > 0;
    const ops = (result.remove.length > 0 ? 1 : 0) + (setting ? 1 : 0);
    if (ops === 0) return { current: true };
    const writesRow = await db.syncMeta.get('writes');
    const writes = writesRow?.key === 'writes' ? writesRow.value : [];
    const allowedAt = nextWriteAt(writes, ops, at);
    if (allowedAt > at) {
      runAt(allowedAt);
      return { pendingAt: allowedAt };
    }
    // Every call counts against the browser's rate, a refused one too.
    await db.syncMeta.put({ key: 'writes', value: recordWrites(writes, ops, at) });
    try {
      // Removals first: they only ever free space, so the set that follows fits the quota.
      if (result.remove.length > 0) await area.remove(result.remove);
      if (setting) await area.set(result.set);
      return { pushedAt: at };
    } catch (error) {
      log.warn('sync write refused; trying again later', error);
      runAt(at + RETRY_MS);
      return { pendingAt: at + RETRY_MS, error: describeError(error) };
    }
  }

  async function saveStatus(status: SyncStatus): Promise<SyncStatus> {
    await db.syncMeta.put({ key: 'status', value: status });
    return status;
  }

  const noteSettingsEdit = (names: readonly string[]) =>
    db.transaction('rw', db.syncMeta, async () => {
      const row = await db.syncMeta.get('settingEdits');
      const value = row?.key === 'settingEdits' ? { ...row.value } : {};
      const at = now();
      for (const name of names) value[name] = at;
      await db.syncMeta.put({ key: 'settingEdits', value });
    });

  return {
    schedule,
    noteSettingsEdit,
    syncNow: () => serial(cycle),
    setOptions: async (change) => {
      const next = await serial(async () => {
        const options = { ...(await readSyncOptions(db)), ...change };
        await db.syncMeta.put({ key: 'options', value: options });
        return options;
      });
      schedule('start');
      return next;
    },
    afterDeleteEverything: async (task, includeSettings) =>
      serial(async () => {
        const done = await task();
        // This browser forgets what it synced and stops syncing what was deleted: the other
        // browsers keep their saved posts (no unsave is sent), and nothing deleted comes back here
        // until the user turns sync on again (which then takes the area's records as new).
        const kinds = includeSettings ? ['savedPost', 'setting'] : ['savedPost'];
        await db.transaction('rw', db.syncLedger, db.syncMeta, async () => {
          await db.syncLedger.filter((entry) => kinds.includes(entry.kind)).delete();
          const options = await readSyncOptions(db);
          const next = { savedPosts: false, settings: includeSettings ? false : options.settings };
          await db.syncMeta.put({ key: 'options', value: next });
        });
        return done;
      }),
    idle: async () => {
      let last: Promise<unknown> | undefined;
      while (last !== chain) {
        last = chain;
        await last;
      }
    },
  };
}

function emptyStatus(): SyncStatus {
  return {
    bytesUsed: 0,
    quotaBytes: QUOTA_BYTES,
    items: 0,
    settingsSynced: 0,
    settingsNotFitting: 0,
    savedSynced: 0,
    savedNotFitting: 0,
    savedTooLarge: 0,
    tombstones: 0,
    ignored: {},
  };
}
