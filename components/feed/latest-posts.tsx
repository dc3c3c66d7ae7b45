import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@/lib/db';
import { useNow } from '../ui/use-now';
import { PostCard } from './post-card';

/** The newest stored posts, live: a new capture shows up without a reload. */
export function LatestPosts({ limit }: { limit: number }) {
  const now = useNow();
  const posts = useLiveQuery(() => getDb().posts.orderBy('sortAt').reverse().limit(limit).toArray(), [limit]);
  if (posts === undefined) return <p className="p-3 text-sm text-neutral-500">Loading…</p>;
  if (posts.length === 0) {
    return (
      <p className="p-3 text-sm text-neutral-500">
        No posts yet. Scroll your timeline on x.com or threads.com and what you read appears here.
      </p>
    );
  }
  return (
    <div role="feed" aria-label="Captured posts" aria-busy={false}>
      {posts.map((post) => (
        <PostCard key={post.id} post={post} now={now} />
      ))}
    </div>
  );
}
