import { openDeck } from '@/lib/open-deck';

/** "Open as deck": the feed in a full tab, in columns (the side panel stays the quick view). */
export function OpenDeckButton({ className = '', onOpened }: { className?: string; onOpened?: () => void }) {
  return (
    <button
      type="button"
      onClick={() => {
        openDeck()
          .then(() => onOpened?.())
          .catch((error: unknown) => console.error('[crossfeed:feed] could not open the deck', error));
      }}
      title="The feed in a tab, in columns"
      className={`focus-ring rounded px-2 text-sm text-sky-700 hover:bg-neutral-100 dark:text-sky-400 dark:hover:bg-neutral-800 ${className}`}
    >
      Open as deck ↗
    </button>
  );
}
