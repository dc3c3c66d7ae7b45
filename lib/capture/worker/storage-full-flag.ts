import { browser } from 'wxt/browser';
import { STORAGE_FULL_KEY, type StorageFullState } from '../storage-full';

export interface StorageFullFlag {
  set(now: number): Promise<void>;
  clear(): Promise<void>;
}

/** The background's side of lib/capture/storage-full.ts: written only when the state changes. */
export function createStorageFullFlag(area = browser.storage.session): StorageFullFlag {
  let full: boolean | undefined;
  return {
    async set(now) {
      if (full === true) return;
      full = true;
      const state: StorageFullState = { since: now };
      const estimate = await navigator.storage?.estimate?.().catch(() => undefined);
      if (estimate?.usage !== undefined) state.usage = estimate.usage;
      if (estimate?.quota !== undefined) state.quota = estimate.quota;
      await area.set({ [STORAGE_FULL_KEY]: state });
    },
    async clear() {
      if (full === false) return;
      full = false;
      await area.remove(STORAGE_FULL_KEY);
    },
  };
}
