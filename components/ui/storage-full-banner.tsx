import { browser } from 'wxt/browser';
import { formatBytes } from '@/lib/feed/storage-usage';
import { createLogger } from '@/lib/kit/log';
import { useStorageFull } from './use-storage-full';

const log = createLogger('storage');

/**
 * Shown in the side panel and the popup while the store is full: what happened, how much is used,
 * and what to do. Capture waits in the pages' memory and resumes by itself once there is space.
 */
export function StorageFullBanner() {
  const full = useStorageFull();
  if (!full) return null;
  const used =
    full.usage !== undefined && full.quota !== undefined
      ? ` (${formatBytes(full.usage)} of ${formatBytes(full.quota)} used)`
      : '';
  return (
    <div
      role="alert"
      className="m-2 rounded border border-red-500 bg-red-50 p-2 text-sm text-red-950 dark:bg-red-950 dark:text-red-100"
    >
      <p className="font-semibold">Storage is full: new posts are not being saved{used}.</p>
      <p>
        Crossfeed keeps what it captured in the open pages and saves it as soon as there is space. Free some:
        set a retention limit, export and delete old posts, or delete everything.
      </p>
      <button
        type="button"
        className="focus-ring mt-1 rounded bg-red-700 px-2 py-0.5 text-white hover:bg-red-800"
        onClick={() => {
          browser.runtime
            .openOptionsPage()
            .catch((error: unknown) => log.error('could not open options', error));
        }}
      >
        Open storage settings
      </button>
    </div>
  );
}
