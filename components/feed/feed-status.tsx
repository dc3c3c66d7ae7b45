import type { FeedStatus } from '@/lib/feed/feed-store';

/** What the feed holds and what search covers: while indexing, search only sees the newest posts. */
export function FeedStatusLine({
  status,
  matches,
  muted,
  filtered,
}: {
  status: FeedStatus;
  matches: number;
  muted: number;
  filtered: boolean;
}) {
  const n = (value: number) => value.toLocaleString();
  return (
    <p className="text-xs text-neutral-500" aria-live="polite" data-testid="feed-status">
      {status.ready ? (
        <span>{filtered ? `${n(matches)} of ${n(status.total)} posts` : `${n(status.total)} posts`}</span>
      ) : (
        <span>
          Indexing… {n(status.indexed)} of {n(status.total)} posts. Search covers the newest{' '}
          {n(status.indexed)} so far.
        </span>
      )}
      {muted > 0 && <span data-testid="muted-count"> · {n(muted)} muted</span>}
    </p>
  );
}
