import { useLiveQuery } from 'dexie-react-hooks';
import { getDb, type UserState } from '@/lib/db';
import { withMuted } from '@/lib/feed/feed-query';
import { latestPosts, POPUP_SCAN_LIMIT } from '@/lib/feed/store-reads';
import { highlightRanges } from '@/lib/search/highlight';
import { parseQuery } from '@/lib/search/query';
import { useNow } from '../ui/use-now';
import { EmptyFeed } from './empty-feed';
import { PostCard } from './post-card';

/** The newest stored posts matching the box (live: a new capture shows up without a reload). */
export function LatestPosts({
  limit,
  text = '',
  muteWords = [],
}: {
  limit: number;
  text?: string;
  muteWords?: readonly string[];
}) {
  const now = useNow();
  const result = useLiveQuery(
    () => latestPosts(getDb(), withMuted(parseQuery(text), muteWords), limit),
    [text, muteWords, limit],
  );
  if (result === undefined) return <p className="p-3 text-sm text-neutral-500">Loading…</p>;
  const query = parseQuery(text);
  if (result.posts.length === 0) {
    if (text.trim() === '') return <EmptyFeed />;
    return (
      <p className="p-3 text-sm text-neutral-500">
        No match in the newest {POPUP_SCAN_LIMIT.toLocaleString()} posts. The side panel searches them all.
      </p>
    );
  }
  const state = (id: string): UserState | undefined => result.states.get(id);
  return (
    <div role="feed" aria-label="Latest posts" aria-busy={false}>
      {result.posts.map((post, index) => (
        <PostCard
          key={post.id}
          post={post}
          now={now}
          userState={state(post.id)}
          highlight={(value) => highlightRanges(query, value)}
          position={{ index, size: result.posts.length }}
        />
      ))}
    </div>
  );
}
