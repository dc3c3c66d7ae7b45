import { useCallback, useMemo, useState, useSyncExternalStore } from 'react';
import { cardViews, type CardView } from '@/lib/feed/collapse/card-view';
import type { CollapseOptions } from '@/lib/feed/collapse/collapse';
import type { IdentityLink } from '@/lib/feed/collapse/identity';
import type { CollapseRowSource } from '@/lib/feed/collapse/row-source';
import type { FeedStore } from '@/lib/feed/feed-store';
import type { Settings } from '@/lib/settings';
import { sharedCollapseRowSource } from './collapse-row-source';

/** Rows collapsed at first, and added each time the reader nears the end of the cards. */
export const COLLAPSE_PAGE = 400;

export interface CollapseSettings {
  /** Off: one card per row, in the order given (the Saved view keeps its saved-time order). */
  enabled: boolean;
  repostPlacement: NonNullable<CollapseOptions['repostPlacement']>;
  hideReposts: boolean;
  /** Reposter handles whose reposts are hidden (lowercased). */
  hideRepostsBy: readonly string[];
  identityLinks: readonly IdentityLink[];
}

export interface CollapsedRows {
  /** The cards, in feed order. */
  cards: CardView[];
  /** More rows than the cards stand for are waiting (call `more` to add a page). */
  hasMore: boolean;
  /** Collapses a page more of the rows (the list calls it as the reader nears the end). */
  more: () => void;
  /** The first cards of this key are still being read. */
  loading: boolean;
}

/** The collapse settings of the user's settings (a view that keeps its own order passes enabled false). */
export function collapseSettingsOf(settings: Settings, enabled = true): CollapseSettings {
  return {
    enabled,
    repostPlacement: settings.repostPlacement,
    hideReposts: settings.hideReposts,
    hideRepostsBy: settings.hideRepostsBy,
    identityLinks: settings.identityLinks,
  };
}

function single(id: string): CardView {
  return { key: id, show: id, copies: [], reposts: [], sortAt: 0 };
}

/**
 * One post shown once: the feed's ids (in feed order, as the feed store hands them out) become
 * cards, a pure step (lib/feed/collapse) between the store's rows and the list. Every id still is
 * in the store and in search; a card only stands for several. `resetKey` names the view and query:
 * a new one starts again at the first page. The side panel and each deck column use this same hook.
 */
export function useCollapsedRows(
  store: FeedStore,
  ids: readonly string[],
  resetKey: string,
  settings: CollapseSettings,
  source: CollapseRowSource = sharedCollapseRowSource(),
): CollapsedRows {
  const { enabled, repostPlacement, hideReposts, hideRepostsBy, identityLinks } = settings;
  const [reach, setReach] = useState({ key: resetKey, rows: COLLAPSE_PAGE });
  const rowsWanted = reach.key === resetKey ? reach.rows : COLLAPSE_PAGE;
  const version = useSyncExternalStore(source.subscribe, source.getVersion);
  const wanted = useMemo(() => ids.slice(0, rowsWanted), [ids, rowsWanted]);
  const options = useMemo<CollapseOptions>(
    () => ({
      repostPlacement,
      hideReposts: hideReposts || (hideRepostsBy.length > 0 && new Set(hideRepostsBy)),
      links: identityLinks,
    }),
    [repostPlacement, hideReposts, hideRepostsBy, identityLinks],
  );
  const result = useMemo(() => {
    if (!enabled) return { cards: wanted.map(single), complete: true };
    // Posts the feed's cache already holds (the first page) need no second read.
    const cached = wanted.flatMap((id) => {
      if (source.get(id) !== undefined) return [];
      const post = store.cache.get(id);
      return post ? [post] : [];
    });
    if (cached.length > 0) source.put(cached);
    source.want(wanted);
    // A row not read yet (a post just arrived, a page more) is left out for the few ms its read
    // takes: it then folds into a card or takes its own place. A changed post keeps its old row
    // until the new one is read, so a re-capture never makes a card blink.
    const rows = wanted.flatMap((id) => source.get(id) ?? []);
    const complete = wanted.every((id) => source.get(id) !== undefined);
    return { cards: cardViews(rows, options), complete };
    // version: the source's rows changed in place.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [enabled, wanted, options, source, version, store]);

  const hasMore = ids.length > rowsWanted;
  // Stable, and only once this page's rows are all read: the list calls it on every render near
  // its end, and a page more must not be asked again while the last one is still being read.
  const more = useCallback(() => {
    if (result.complete && hasMore) setReach({ key: resetKey, rows: rowsWanted + COLLAPSE_PAGE });
  }, [result.complete, hasMore, resetKey, rowsWanted]);
  return {
    cards: result.cards,
    hasMore,
    more,
    loading: !result.complete && result.cards.length === 0,
  };
}

export type { CardView };
