import { useMemo } from 'react';
import type { FeedStore, FeedStatus } from '@/lib/feed/feed-store';
import { viewQuery, withMuted } from '@/lib/feed/feed-query';
import type { Platform } from '@/lib/post';
import type { Query } from '@/lib/search/query';

export interface FeedViewInput {
  /** The view's own query (a saved search), '' for All. */
  viewText: string;
  /** The Saved view: saved posts only, newest saved first. */
  savedOnly: boolean;
  boxText: string;
  platforms: readonly Platform[];
  muteWords: readonly string[];
}

export interface FeedView {
  ids: string[];
  /** The query as typed (for highlights: mute words are not highlighted). */
  query: Query;
  /** Posts the mute words hide from this view. */
  muted: number;
}

/** Runs a view's query on the index: ids in feed order (saved: by saved time), with the muted count. */
export function useFeedView(store: FeedStore, status: FeedStatus, input: FeedViewInput): FeedView {
  const { viewText, savedOnly, boxText, platforms, muteWords } = input;
  return useMemo(() => {
    const query = viewQuery(viewText, boxText);
    const scoped: Query = savedOnly ? { ...query, is: [...new Set([...query.is, 'saved' as const])] } : query;
    const options = { limit: Infinity, platforms };
    const result = store.index.search(withMuted(scoped, muteWords), options);
    const muted =
      muteWords.length > 0 ? store.index.search(scoped, { ...options, limit: 0 }).total - result.total : 0;
    let ids = result.ids;
    if (savedOnly) {
      const savedAt = (id: string) => store.userStates.get(id)?.savedAt ?? 0;
      ids = [...ids].sort((a, b) => savedAt(b) - savedAt(a));
    }
    return { ids, query, muted };
    // status.version: the index and user states changed in place.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [store, status.version, viewText, savedOnly, boxText, platforms, muteWords]);
}
