import { useSync } from './use-sync';

/**
 * Above the Saved view: the saved posts sync could not carry to the user's other browsers (the
 * oldest, past the sync quota), and a sync failure. Nothing when all is well.
 */
export function SavedSyncNote() {
  const { options, status } = useSync();
  if (!status || !options?.savedPosts) return null;
  const left = status.savedNotFitting + status.savedTooLarge;
  if (left === 0 && !status.lastError) return null;
  return (
    <div data-testid="saved-sync-note" className="space-y-1 px-3 py-1 text-xs">
      {left > 0 && (
        <p className="text-neutral-600 dark:text-neutral-400">
          {left.toLocaleString()} older saved {left === 1 ? 'post is' : 'posts are'} only in this browser:
          your browser&apos;s sync space is full (the newest {status.savedSynced.toLocaleString()} sync).
          Export and import carries the rest.
        </p>
      )}
      {status.lastError && (
        <p role="alert" className="text-red-700 dark:text-red-400">
          Sync could not write: {status.lastError}. It tries again by itself.
        </p>
      )}
    </div>
  );
}
