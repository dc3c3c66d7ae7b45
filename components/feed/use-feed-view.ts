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
  /** At most this many ids (the first ones); the total still counts every match. Default: all. */
  limit?: number;
}

export interface FeedView {
  ids: string[];
  /** How many posts match in all (more than `ids` holds when a limit was given). */
  total: number;
  /** The query as typed (for highlights: mute words are not highlighted). */
  query: Query;
  /** Posts the mute words hide from this view. */
  muted: number;
}

/** Runs a view's query on the index: ids in feed order (saved: by saved time), with the muted count. */
export function useFeedView(store: FeedStore, status: FeedStatus, input: FeedViewInput): FeedView {
  const { viewText, savedOnly, boxText, platforms, muteWords, limit = Infinity } = input;
  return useMemo(() => {
    const query = viewQuery(viewText, boxText);
    const scoped: Query = savedOnly ? { ...query, is: [...new Set([...query.is, 'saved' as const])] } : query;
    // Saved posts are ordered by saved time, so all of them are read (the user's own few) and cut after.
    const options = { limit: savedOnly ? Infinity : limit, platforms };
    const result = store.index.search(withMuted(scoped, muteWords), options);
    const muted =
      muteWords.length > 0 ? store.index.search(scoped, { ...options, limit: 0 }).total - result.total : 0;
    let ids = result.ids;
    if (savedOnly) {
      const savedAt = (id: string) => store.userStates.get(id)?.savedAt ?? 0;
      ids = [...ids].sort((a, b) => savedAt(b) - savedAt(a)).slice(0, limit);
    }
    return { ids, total: result.total, query, muted };
    // status.version: the index and user states changed in place.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [store, status.version, viewText, savedOnly, boxText, platforms, muteWords, limit]);
}
