import { useRef, useState } from 'react';
import { addColumn, columnView, moveColumn, removeColumn, resizeColumn } from '@/lib/feed/deck/columns';
import { DECK_KEYS, deckKeyAction, type DeckKeyAction } from '@/lib/feed/deck/keys';
import { FEED_KEYS } from '@/lib/feed/keyboard';
import type { Settings } from '@/lib/settings';
import { StoreError } from '../ui/error-boundary';
import { Dialog } from '../ui/dialog';
import { useFrameValue } from '../ui/use-frame-value';
import { useNow } from '../ui/use-now';
import type { FeedListHandle } from '../feed/feed-list';
import { FeedStatusLine } from '../feed/feed-status';
import { HelpButton, HelpDialog } from '../feed/help-dialog';
import { SearchBox } from '../feed/search-box';
import { useKeyActions } from '../feed/use-feed-keys';
import { useFeedStore } from '../feed/use-feed-store';
import { UndoToast } from '../feed/undo-toast';
import { LinkingBar } from '../feed/linking-bar';
import { useCardActions } from '../feed/use-card-actions';
import { AddColumnForm } from './add-column-form';
import { DeckColumnView } from './deck-column';
import { useDeckColumns } from './use-deck-columns';

const HELP_KEYS = [...FEED_KEYS, ...DECK_KEYS];

/**
 * The deck: the feed in a full tab, in columns (TweetDeck's model). One store and one index serve
 * every column; the box above filters them all. The columns live in the settings.
 */
export function DeckView({ settings }: { settings: Settings }) {
  const { store, status, error } = useFeedStore();
  const now = useNow();
  const [box, setBox] = useState('');
  const boxText = useFrameValue(box);
  const [help, setHelp] = useState(false);
  const [adding, setAdding] = useState(false);
  const [focused, setFocused] = useState(0);
  const lists = useRef(new Map<string, FeedListHandle>());
  const searchRef = useRef<HTMLInputElement>(null);
  const rowRef = useRef<HTMLDivElement>(null);
  const { columns, save } = useDeckColumns(settings);
  // A removed column may leave `focused` past the end: the last column is then the current one.
  const at = Math.max(0, Math.min(focused, columns.length - 1));
  const focusedColumn = columns[at];
  const { actions, offer, takeBack, dismiss } = useCardActions(settings);

  const focusColumn = (index: number) => {
    const target = columns[index];
    if (!target) return;
    setFocused(index);
    rowRef.current
      ?.querySelector(`[data-column-id="${CSS.escape(target.id)}"]`)
      ?.scrollIntoView({ inline: 'nearest', block: 'nearest' });
    lists.current.get(target.id)?.focusCurrent();
  };

  useKeyActions<DeckKeyAction>(
    (action) => {
      const list = focusedColumn ? lists.current.get(focusedColumn.id) : undefined;
      if (action === 'column-left') focusColumn(Math.max(0, at - 1));
      else if (action === 'column-right') focusColumn(Math.min(columns.length - 1, at + 1));
      else if (action === 'help') setHelp(true);
      else if (action === 'search') searchRef.current?.focus();
      else if (action === 'next') list?.move(1);
      else if (action === 'previous') list?.move(-1);
      else if (action === 'save') list?.toggleSaveCurrent();
      else if (action === 'open') list?.openCurrent();
      else list?.toggleExpandCurrent();
    },
    !help && !adding,
    deckKeyAction,
  );

  if (error !== undefined) return <StoreError error={error} />;
  const query = box.trim();
  return (
    <div className="flex min-h-0 flex-1 flex-col">
      <header className="flex shrink-0 items-center gap-3 border-b border-neutral-200 px-3 py-2 dark:border-neutral-800">
        <h1 className="text-base font-semibold whitespace-nowrap">Crossfeed deck</h1>
        <div className="w-80">
          <SearchBox
            ref={searchRef}
            value={box}
            onChange={setBox}
            hint="Filter every column  (? for the syntax)"
          />
        </div>
        <button
          type="button"
          disabled={query.length === 0 || settings.savedSearches.length >= 50}
          onClick={() => {
            const searchId = `v${Date.now().toString(36)}`;
            const search = { id: searchId, name: query.slice(0, 60), query: query.slice(0, 500) };
            setBox('');
            save(addColumn(columns, { kind: 'search', searchId }), {
              savedSearches: [...settings.savedSearches, search],
            });
          }}
          className="focus-ring rounded px-2 py-1 text-sm whitespace-nowrap hover:bg-neutral-100 disabled:opacity-40 dark:hover:bg-neutral-800"
        >
          Save search as column
        </button>
        <FeedStatusLine status={status} matches={status.total} muted={0} filtered={false} />
        <button
          type="button"
          onClick={() => setAdding(true)}
          className="focus-ring ml-auto rounded bg-sky-600 px-2 py-1 text-sm whitespace-nowrap text-white hover:bg-sky-700"
        >
          + Add column
        </button>
        <HelpButton onOpen={() => setHelp(true)} />
      </header>
      <UndoToast offer={offer} onUndo={takeBack} onDismiss={dismiss} />
      <LinkingBar actions={actions} />
      <div ref={rowRef} className="flex min-h-0 flex-1 overflow-x-auto" aria-label="Columns" role="group">
        {columns.length === 0 && (
          <p className="p-6 text-sm text-neutral-500">
            No columns. Add one: a saved search, a network or some authors.
          </p>
        )}
        {columns.map((column, index) => {
          const view = columnView(column, settings.savedSearches)!;
          return (
            <DeckColumnView
              key={column.id}
              ref={(handle) => {
                if (handle) lists.current.set(column.id, handle);
                else lists.current.delete(column.id);
              }}
              column={column}
              view={view}
              store={store}
              status={status}
              boxText={boxText}
              settings={settings}
              actions={actions}
              now={now}
              focused={index === at}
              onFocusWithin={() => setFocused(index)}
              onMove={(step) => {
                save(moveColumn(columns, column.id, step));
                if (index === at) setFocused(Math.min(columns.length - 1, Math.max(0, index + step)));
              }}
              onRemove={() => save(removeColumn(columns, column.id))}
              onResize={(width) => save(resizeColumn(columns, column.id, width))}
              first={index === 0}
              last={index === columns.length - 1}
            />
          );
        })}
      </div>
      <HelpDialog open={help} onClose={() => setHelp(false)} keys={HELP_KEYS} />
      <Dialog open={adding} title="Add a column" onClose={() => setAdding(false)}>
        <AddColumnForm
          searches={settings.savedSearches}
          onAdd={(column) => {
            setAdding(false);
            save(addColumn(columns, column));
            setFocused(columns.length);
          }}
        />
      </Dialog>
    </div>
  );
}
