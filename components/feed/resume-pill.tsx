/** "Back to where you left off": offered when a view opens and a place further down is remembered. */
export function ResumePill({ onResume, onDismiss }: { onResume: () => void; onDismiss: () => void }) {
  return (
    <div className="absolute bottom-3 left-1/2 z-10 flex -translate-x-1/2 items-center overflow-hidden rounded-full bg-neutral-800 text-sm text-white shadow-lg dark:bg-neutral-200 dark:text-neutral-900">
      <button type="button" onClick={onResume} className="focus-ring px-3 py-1 font-medium hover:underline">
        ↓ Back to where you left off
      </button>
      <button
        type="button"
        onClick={onDismiss}
        aria-label="Stay at the newest posts"
        className="focus-ring border-l border-neutral-600 px-2 py-1 hover:bg-neutral-700 dark:hover:bg-neutral-300"
      >
        ×
      </button>
    </div>
  );
}
