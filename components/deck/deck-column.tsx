import { forwardRef, useMemo, useState } from 'react';
import type { FeedStatus, FeedStore } from '@/lib/feed/feed-store';
import type { ColumnView } from '@/lib/feed/deck/columns';
import { PLATFORMS } from '@/lib/platforms/registry';
import { highlightRanges } from '@/lib/search/highlight';
import type { DeckColumn, Settings } from '@/lib/settings';
import { FeedList, type FeedListHandle } from '../feed/feed-list';
import type { CardActions } from '../feed/use-card-actions';
import { useCollapsedRows } from '../feed/use-collapsed-rows';
import { useFeedView } from '../feed/use-feed-view';
import { ResizeHandle } from './resize-handle';

export interface DeckColumnProps {
  column: DeckColumn;
  view: ColumnView;
  store: FeedStore;
  status: FeedStatus;
  boxText: string;
  settings: Settings;
  /** The card menus' actions, one set for the whole deck (one undo toast). */
  actions: CardActions;
  now: number;
  /** The column the keyboard is in (ringed). */
  focused: boolean;
  onFocusWithin: () => void;
  onMove: (step: -1 | 1) => void;
  onRemove: () => void;
  onResize: (width: number) => void;
  first: boolean;
  last: boolean;
}

/**
 * One deck column: a feed view (the side panel's query, list, cards, hold-back of new posts and
 * reading position), with its title, move and remove buttons, and a resize edge.
 */
export const DeckColumnView = forwardRef<FeedListHandle, DeckColumnProps>(
  function DeckColumnView(props, listRef) {
    const { column, view, store, status, boxText, settings, actions, now, focused, first, last } = props;
    const muteWords = settings.muteWords;
    const [preview, setPreview] = useState<number | undefined>(undefined);
    const feed = useFeedView(store, status, {
      viewText: view.viewText,
      savedOnly: view.savedOnly,
      boxText,
      platforms: PLATFORMS,
      muteWords,
    });
    const highlight = useMemo(() => (text: string) => highlightRanges(feed.query, text), [feed.query]);
    const resetKey = JSON.stringify([view.viewText, view.savedOnly, boxText, muteWords]);
    // The same collapsing as the side panel (a Saved column keeps one card per saved row, in saved order).
    const collapsed = useCollapsedRows(store, feed.ids, resetKey, {
      enabled: !view.savedOnly,
      repostPlacement: settings.repostPlacement,
      hideReposts: settings.hideReposts,
      hideRepostsBy: settings.hideRepostsBy,
      identityLinks: settings.identityLinks,
    });
    const width = preview ?? column.width;
    const button =
      'focus-ring rounded px-1.5 text-sm text-neutral-600 hover:bg-neutral-100 disabled:opacity-30 dark:text-neutral-300 dark:hover:bg-neutral-800';
    return (
      <section
        aria-label={`Column ${view.title}`}
        data-column-id={column.id}
        data-focused={focused ? 'true' : undefined}
        onFocus={props.onFocusWithin}
        style={{ width }}
        className={`relative flex h-full shrink-0 flex-col border-r border-neutral-200 dark:border-neutral-800 ${
          focused ? 'bg-white dark:bg-neutral-950' : 'bg-neutral-50/60 dark:bg-neutral-900/40'
        }`}
      >
        <header
          className={`flex items-center gap-1 border-b px-2 py-1.5 ${
            focused ? 'border-sky-500' : 'border-neutral-200 dark:border-neutral-800'
          }`}
        >
          <h2 className="min-w-0 flex-1 truncate text-sm font-semibold" title={view.viewText || undefined}>
            {view.title}
          </h2>
          <span className="text-xs text-neutral-500" data-testid="column-count">
            {feed.ids.length.toLocaleString()}
          </span>
          <button
            type="button"
            className={button}
            disabled={first}
            onClick={() => props.onMove(-1)}
            aria-label={`Move column ${view.title} left`}
          >
            ←
          </button>
          <button
            type="button"
            className={button}
            disabled={last}
            onClick={() => props.onMove(1)}
            aria-label={`Move column ${view.title} right`}
          >
            →
          </button>
          <button
            type="button"
            className={button}
            onClick={props.onRemove}
            aria-label={`Remove column ${view.title}`}
          >
            ✕
          </button>
        </header>
        <FeedList
          ref={listRef}
          store={store}
          cards={collapsed.cards}
          onNearEnd={collapsed.more}
          actions={actions}
          resetKey={resetKey}
          highlight={highlight}
          now={now}
          label={view.title}
          busy={status.version === 0 || collapsed.loading}
          positionKey={boxText.trim() === '' ? `deck:${column.id}` : undefined}
          empty={
            <p className="p-3 text-sm text-neutral-500">
              {status.total === 0
                ? 'No posts yet.'
                : view.savedOnly
                  ? 'No saved posts yet.'
                  : 'No posts match.'}
            </p>
          }
        />
        <ResizeHandle width={width} label={view.title} onPreview={setPreview} onCommit={props.onResize} />
      </section>
    );
  },
);
