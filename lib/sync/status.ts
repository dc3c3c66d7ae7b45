import type { CrossfeedDB } from '../db';
import type { IgnoredReason } from './unpack';

/**
 * What the options page and the side panel show of sync, and the switches. The background keeps
 * them in the store's `syncMeta` table (one row each); extension pages read them live.
 */

/** Per browser, never synced: turning sync off here leaves the other browsers' items alone. */
export interface SyncOptions {
  settings: boolean;
  savedPosts: boolean;
}
export const DEFAULT_SYNC_OPTIONS: SyncOptions = { settings: true, savedPosts: true };

/** Why the last read left something out: the area's own reasons, and the store's. */
export type SyncIgnoredReason =
  | IgnoredReason
  /** A synced setting value this version's settings schema refuses: this browser keeps its own. */
  | 'invalid-setting'
  /** A saved post's copy that is not a valid post of its network: saved here, not shown. */
  | 'post-copy-refused';

export interface SyncStatus {
  /** When the sync area was last read and merged into the store. */
  lastPullAt?: number;
  /** When this browser last wrote the sync area. */
  lastPushAt?: number;
  /** Bytes the area holds as the quota counts them, of quotaBytes. */
  bytesUsed: number;
  quotaBytes: number;
  items: number;
  settingsSynced: number;
  settingsNotFitting: number;
  savedSynced: number;
  /** The oldest saved posts, past the quota: in this browser only. */
  savedNotFitting: number;
  /** Saved posts too long for one item (a very long note): in this browser only. */
  savedTooLarge: number;
  tombstones: number;
  ignored: Partial<Record<SyncIgnoredReason, number>>;
  /** A write is waiting (for the write-rate budget, or to retry after an error) until then. */
  pendingPushAt?: number;
  lastError?: string;
}

export type SyncMetaRow =
  | { key: 'options'; value: SyncOptions }
  | { key: 'status'; value: SyncStatus }
  /** Times of this browser's recent writes (the write-rate budget survives the worker's restarts). */
  | { key: 'writes'; value: number[] }
  /**
   * When the user last changed each setting here (the store keeps no per-field times): the stamp
   * of that setting's next synced edit, so the later edit wins, not the later pass. Emptied by
   * every pass that reads settings.
   */
  | { key: 'settingEdits'; value: Record<string, number> };

export async function readSyncOptions(db: CrossfeedDB): Promise<SyncOptions> {
  const row = await db.syncMeta.get('options');
  return row?.key === 'options' ? { ...DEFAULT_SYNC_OPTIONS, ...row.value } : DEFAULT_SYNC_OPTIONS;
}

/** undefined until the background has synced once. */
export async function readSyncStatus(db: CrossfeedDB): Promise<SyncStatus | undefined> {
  const row = await db.syncMeta.get('status');
  return row?.key === 'status' ? row.value : undefined;
}
