import { FEED_KEYS, type FeedKeyAction } from '@/lib/feed/keyboard';
import { SEARCH_SYNTAX_HELP } from '@/lib/search/syntax-help';
import { Dialog } from '../ui/dialog';

type KeyHelp = ReadonlyArray<{ keys: string; action: FeedKeyAction | string; meaning: string }>;

/** `?`: the keys (the feed's, or the deck's own list) and the search syntax. */
export function HelpDialog({
  open,
  onClose,
  keys = FEED_KEYS,
}: {
  open: boolean;
  onClose: () => void;
  keys?: KeyHelp;
}) {
  return (
    <Dialog open={open} title="Keys and search syntax" onClose={onClose}>
      <h3 className="mb-1 font-semibold">Keys</h3>
      <dl className="mb-3 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
        {keys.map((entry) => (
          <div key={entry.keys} className="contents">
            <dt>
              <kbd className="rounded border border-neutral-300 px-1 font-mono dark:border-neutral-700">
                {entry.keys}
              </kbd>
            </dt>
            <dd>{entry.meaning}</dd>
          </div>
        ))}
      </dl>
      <h3 className="mb-1 font-semibold">Search</h3>
      <dl className="space-y-1">
        {SEARCH_SYNTAX_HELP.map((row) => (
          <div key={row.syntax}>
            <dt className="font-mono text-xs">{row.syntax}</dt>
            <dd className="text-neutral-600 dark:text-neutral-400">{row.meaning}</dd>
          </div>
        ))}
      </dl>
    </Dialog>
  );
}

/** The `?` button that opens the HelpDialog (side panel and deck headers). */
export function HelpButton({ onOpen }: { onOpen: () => void }) {
  return (
    <button
      type="button"
      onClick={onOpen}
      aria-label="Keys and search syntax"
      className="focus-ring rounded px-2 text-sm hover:bg-neutral-100 dark:hover:bg-neutral-800"
    >
      ?
    </button>
  );
}
