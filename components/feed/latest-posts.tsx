import { useLiveQuery } from 'dexie-react-hooks';
import { getDb, type UserState } from '@/lib/db';
import { withMuted } from '@/lib/feed/feed-query';
import { highlightRanges } from '@/lib/search/highlight';
import { matchesPost } from '@/lib/search/matcher';
import { isEmptyQuery, parseQuery } from '@/lib/search/query';
import type { Post } from '@/lib/post';
import { useNow } from '../ui/use-now';
import { EmptyFeed } from './empty-feed';
import { PostCard } from './post-card';

/** The popup looks through this many newest posts (the side panel's index covers all of them). */
export const POPUP_SCAN_LIMIT = 5000;

async function latest(text: string, muteWords: readonly string[], limit: number) {
  const db = getDb();
  const query = withMuted(parseQuery(text), muteWords);
  const states = new Map((await db.userState.toArray()).map((state) => [state.postId, state] as const));
  if (isEmptyQuery(query)) {
    const posts = await db.posts.orderBy('sortAt').reverse().limit(limit).toArray();
    return { posts, states };
  }
  // The popup opens for a glance: no index; a scan of the newest posts, stopped at `limit` matches.
  const posts: Post[] = [];
  await db.posts
    .orderBy('sortAt')
    .reverse()
    .limit(POPUP_SCAN_LIMIT)
    .until(() => posts.length >= limit)
    .each((post) => {
      if (matchesPost(query, post, states.get(post.id))) posts.push(post);
    });
  return { posts, states };
}

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
  const result = useLiveQuery(() => latest(text, muteWords, limit), [text, muteWords, limit]);
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
