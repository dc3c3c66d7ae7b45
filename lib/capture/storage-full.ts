/**
 * "The store is full": set by the background when a capture write fails with QuotaExceededError,
 * cleared by the next write that lands. Kept in browser.storage.session (the store itself cannot
 * take a write then; session storage is the browser's memory, readable by our pages only), where
 * the side panel and popup read it to show the banner.
 */
export const STORAGE_FULL_KEY = 'capture.storageFull';

export interface StorageFullState {
  /** When the first write was refused. */
  since: number;
  /** The browser's estimate for the extension origin when it happened, when it gave one. */
  usage?: number;
  quota?: number;
}

/** True for the error IndexedDB (through Dexie) raises when the origin's quota is used up. */
export function isQuotaError(error: unknown): boolean {
  for (let cause: unknown = error, depth = 0; cause && depth < 4; depth += 1) {
    const name = (cause as { name?: unknown }).name;
    if (name === 'QuotaExceededError') return true;
    cause = (cause as { inner?: unknown; cause?: unknown }).inner ?? (cause as { cause?: unknown }).cause;
  }
  return false;
}
