import { browser } from 'wxt/browser';

/**
 * The sync area as the engine uses it: the browser's `storage.sync` (Chrome Sync, Firefox Sync),
 * or in tests a fake that keeps the browser's quotas (tests/sync/fake-area.ts).
 */
export interface SyncArea {
  /** Every item. */
  getAll(): Promise<Record<string, unknown>>;
  /** One write call, whatever the number of items. */
  set(items: Record<string, unknown>): Promise<void>;
  /** One write call. */
  remove(keys: string[]): Promise<void>;
}

export function browserSyncArea(): SyncArea {
  const area = browser.storage.sync;
  return {
    getAll: () => area.get(null),
    set: (items) => area.set(items),
    remove: (keys) => area.remove(keys),
  };
}
