import { useVirtualizer } from '@tanstack/react-virtual';
import {
  forwardRef,
  useEffect,
  useImperativeHandle,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import type { CardView } from '@/lib/feed/collapse/card-view';
import type { FeedStore } from '@/lib/feed/feed-store';
import type { HighlightRanges } from '@/lib/feed/text-segments';
import { openUrl } from '@/lib/feed/platform-urls';
import { NewPostsPill } from './new-posts-pill';
import { afterPaint, FIRST_POSTS_MARK, markListPainted, measureSearchPainted } from './perf-marks';
import { CollapsedCard } from './collapsed-card';
import { readAnchor } from './read-anchor';
import { ResumePill } from './resume-pill';
import { useReadingPosition } from './use-reading-position';
import { QuotedPostSource } from './quoted-source';
import { useHeldFeed, type Viewport } from './use-held-feed';
import type { CardActions } from './use-card-actions';
import { setUserState } from './user-state-actions';

export interface FeedListHandle {
  move(step: 1 | -1): void;
  toggleSaveCurrent(): void;
  openCurrent(): void;
  toggleExpandCurrent(): void;
  /** Puts keyboard focus in this list: on its current post, or the first one in view (the deck's column moves). */
  focusCurrent(): void;
}

export interface FeedListProps {
  store: FeedStore;
  /** The cards to show, in feed order (useCollapsedRows). */
  cards: readonly CardView[];
  /** Changes with the view and query: new results replace the list and scroll to the top. */
  resetKey: string;
  /** Called when the last rows are in view (the list may be the first page of the results). */
  onNearEnd?: () => void;
  /** The cards' menu actions (link, unlink, hide reposts). */
  actions?: CardActions;
  highlight: (text: string) => HighlightRanges;
  now: number;
  label: string;
  busy: boolean;
  empty: ReactNode;
  /** The view whose reading position this list remembers and offers back (undefined: none). */
  positionKey?: string;
}

const ESTIMATED_ROW = 150;
/** Rows before the end at which onNearEnd is called. */
const NEAR_END = 30;

/** Where the reader is: at the top, and the first post (partly) in view, read from the rendered rows. */
function readViewport(scroller: HTMLElement | null): Viewport {
  if (!scroller) return { atTop: true, anchorId: undefined };
  return { atTop: scroller.scrollTop < 8, anchorId: readAnchor(scroller)?.postId };
}

/** The virtualized feed (role="feed"): only the rows in view exist, measured as they render. */
export const FeedList = forwardRef<FeedListHandle, FeedListProps>(function FeedList(
  { store, cards, resetKey, onNearEnd, actions, highlight, now, label, busy, empty, positionKey },
  handle,
) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [current, setCurrent] = useState<string | undefined>(undefined);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const focusAfterMove = useRef(false);
  // The list is of card keys (a card's key is its original's id, stable while its rows load).
  const keys = useMemo(() => cards.map((card) => card.key), [cards]);
  const byKey = useMemo(() => new Map(cards.map((card) => [card.key, card])), [cards]);
  const { visible, held, reveal } = useHeldFeed(keys, resetKey, () => readViewport(scrollRef.current));
  const virtualizer = useVirtualizer({
    count: visible.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ESTIMATED_ROW,
    getItemKey: (index) => visible[index] ?? index,
    overscan: 6,
  });
  const items = virtualizer.getVirtualItems();
  const position = useReadingPosition(positionKey, visible, scrollRef, virtualizer);
  const cacheVersion = useSyncExternalStore(store.cache.subscribe, store.cache.getVersion);
  const shownOf = (key: string | undefined) =>
    key === undefined ? undefined : (byKey.get(key)?.show ?? key);
  const rowIds = items.map((item) => shownOf(visible[item.index])!);
  // The other copies' posts too: their badges show each network's counts and link.
  const copyIds = items.flatMap((item) =>
    (byKey.get(visible[item.index]!)?.copies ?? [])
      .map((copy) => copy.id)
      .filter((id) => !rowIds.includes(id)),
  );
  // Idempotent: asks the cache for what these rows need (one batched read), and for the posts they
  // quote once the rows are in (a second batch, not one read per card).
  const quotedIds = rowIds.flatMap((id) => store.cache.get(id)?.quotedPostId ?? []);
  store.cache.want([...rowIds, ...copyIds, ...quotedIds]);
  // A new function per cache change, so cards showing a quoted post re-render when it arrives.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- cacheVersion is the change signal
  const quotedSource = useMemo(() => (id: string) => store.cache.get(id), [store, cacheVersion]);
  const allLoaded = rowIds.every((id) => store.cache.get(id) !== undefined);

  // A new query starts at the top.
  useEffect(() => {
    scrollRef.current?.scrollTo({ top: 0 });
  }, [resetKey]);

  const firstPainted = useRef(false);
  const measuredKey = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (!allLoaded || rowIds.length === 0) return;
    if (!firstPainted.current) {
      firstPainted.current = true;
      afterPaint(() => performance.mark(FIRST_POSTS_MARK, { detail: { rows: rowIds.length, label } }));
    }
    if (measuredKey.current !== resetKey) {
      measuredKey.current = resetKey;
      afterPaint(() => {
        measureSearchPainted();
        markListPainted(label);
      });
    }
  });

  const lastInView = items.length > 0 ? items[items.length - 1]!.index : -1;
  useEffect(() => {
    if (lastInView >= 0 && lastInView >= visible.length - NEAR_END) onNearEnd?.();
  }, [lastInView, visible.length, onNearEnd]);

  const currentIndex = current === undefined ? -1 : visible.indexOf(current);
  useEffect(() => {
    if (!focusAfterMove.current || currentIndex < 0) return;
    const node = scrollRef.current?.querySelector<HTMLElement>(`[data-index="${currentIndex}"] article`);
    if (node) {
      focusAfterMove.current = false;
      node.focus({ preventScroll: true });
    }
  });

  const toggleExpand = (id: string) =>
    setExpanded((before) => {
      const next = new Set(before);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const move = (step: 1 | -1) => {
    if (visible.length === 0) return;
    const firstInView = items.find((item) => item.end > (scrollRef.current?.scrollTop ?? 0));
    const from = currentIndex >= 0 ? currentIndex : (firstInView?.index ?? 0) - step;
    const next = Math.min(visible.length - 1, Math.max(0, from + step));
    setCurrent(visible[next]);
    focusAfterMove.current = true;
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };

  useImperativeHandle(handle, () => ({
    move,
    toggleSaveCurrent() {
      const id = shownOf(current);
      if (id === undefined) return;
      void setUserState({ postId: id, saved: store.userStates.get(id)?.savedAt === undefined });
    },
    openCurrent() {
      const id = shownOf(current);
      const post = id === undefined ? undefined : store.cache.get(id);
      const url = post ? openUrl(post) : undefined;
      if (url) window.open(url, '_blank', 'noopener,noreferrer');
    },
    toggleExpandCurrent() {
      if (current !== undefined) toggleExpand(current);
    },
    focusCurrent() {
      if (currentIndex < 0) {
        move(1);
        return;
      }
      const node = scrollRef.current?.querySelector<HTMLElement>(`[data-index="${currentIndex}"] article`);
      if (node) {
        node.focus({ preventScroll: true });
        return;
      }
      focusAfterMove.current = true;
      virtualizer.scrollToIndex(currentIndex, { align: 'auto' });
    },
  }));

  return (
    <div className="relative flex min-h-0 flex-1 flex-col">
      {held > 0 && (
        <NewPostsPill
          count={held}
          onShow={() => {
            reveal();
            scrollRef.current?.scrollTo({ top: 0 });
          }}
        />
      )}
      {position.offer && <ResumePill onResume={position.resume} onDismiss={position.dismiss} />}
      <div ref={scrollRef} className="min-h-0 flex-1 overflow-y-auto" data-testid="feed-scroll">
        {visible.length === 0 && !busy ? (
          empty
        ) : (
          <div
            role="feed"
            aria-label={label}
            aria-busy={busy}
            style={{ height: virtualizer.getTotalSize(), position: 'relative' }}
          >
            <QuotedPostSource.Provider value={quotedSource}>
              {items.map((item) => {
                const key = visible[item.index]!;
                const card = byKey.get(key);
                const id = card?.show ?? key;
                const post = store.cache.get(id);
                const state = store.userStates.get(id);
                return (
                  <div
                    key={item.key}
                    data-index={item.index}
                    data-card-key={key}
                    ref={virtualizer.measureElement}
                    style={{
                      position: 'absolute',
                      top: 0,
                      left: 0,
                      width: '100%',
                      transform: `translateY(${item.start}px)`,
                    }}
                  >
                    {post && card ? (
                      <CollapsedCard
                        card={card}
                        postOf={(copy) => store.cache.get(copy)}
                        want={(more) => store.cache.want(more)}
                        userStateOf={(copy) => store.userStates.get(copy)}
                        actions={actions}
                        post={post}
                        now={now}
                        highlight={highlight}
                        userState={state}
                        onSave={(saved) => void setUserState({ postId: id, saved })}
                        onNotes={(change) => void setUserState({ postId: id, ...change })}
                        expanded={expanded.has(key)}
                        onToggleExpand={() => toggleExpand(key)}
                        position={{ index: item.index, size: visible.length }}
                        current={key === current}
                        onFocusCard={() => setCurrent(key)}
                      />
                    ) : (
                      <div
                        aria-hidden
                        className="border-b border-neutral-200 px-3 py-2 text-xs text-neutral-400 dark:border-neutral-800"
                        style={{ height: post === null ? 1 : ESTIMATED_ROW }}
                      >
                        {post === null ? '' : 'Loading…'}
                      </div>
                    )}
                  </div>
                );
              })}
            </QuotedPostSource.Provider>
          </div>
        )}
      </div>
    </div>
  );
});
