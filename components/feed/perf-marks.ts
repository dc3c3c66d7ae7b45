/**
 * Performance marks the bench reads (scripts/bench/feed.ts). The first paint of posts is one mark
 * per page load; the per-keystroke search measures are only recorded when the page was opened
 * with `?bench`, so normal use never grows the performance timeline.
 */
export const FIRST_POSTS_MARK = 'crossfeed:first-posts-painted';
export const QUERY_INPUT_MARK = 'crossfeed:query-input';
export const SEARCH_MEASURE = 'crossfeed:search-painted';
/** Bench only: a list painted new results (the deck has one list per column; the bench waits for all). */
export const LIST_PAINTED_MARK = 'crossfeed:list-painted';

export const benchMode = typeof location !== 'undefined' && new URLSearchParams(location.search).has('bench');

/** Runs `then` after the next paint (a frame callback runs before paint; a task queued there runs after it). */
export function afterPaint(then: () => void): void {
  requestAnimationFrame(() => setTimeout(then, 0));
}

export function markQueryInput(): void {
  if (benchMode) performance.mark(QUERY_INPUT_MARK);
}

export function measureSearchPainted(): void {
  if (!benchMode || performance.getEntriesByName(QUERY_INPUT_MARK, 'mark').length === 0) return;
  performance.measure(SEARCH_MEASURE, QUERY_INPUT_MARK);
  performance.clearMarks(QUERY_INPUT_MARK);
}

export function markListPainted(label: string): void {
  if (benchMode) performance.mark(LIST_PAINTED_MARK, { detail: { label } });
}
