import type { Post } from '@/lib/post';

/** The small lines above a post: reposted by, pinned, replying to, and the reader's filters that matched. */
export function PostMarks({ post, repostedBy }: { post: Post; repostedBy?: string }) {
  const filters = post.filtered ?? [];
  return (
    <>
      {repostedBy ? (
        // A collapsed card's "↻ reposted by A, B and 3 others" replaces the row's own repost line.
        <p className="mb-1 text-xs text-neutral-500" data-testid="reposted-by">
          {repostedBy}
        </p>
      ) : (
        post.repost && (
          <p className="mb-1 text-xs text-neutral-500">
            ↻ {post.repost.by.name || `@${post.repost.by.handle}`} reposted
          </p>
        )
      )}
      {post.pinned && (
        <p className="mb-1 text-xs text-neutral-500" data-testid="pinned">
          📌 Pinned
        </p>
      )}
      {post.reply?.toHandle && (
        <p className="mb-1 text-xs text-neutral-500">Replying to @{post.reply.toHandle}</p>
      )}
      {filters.length > 0 && (
        <p className="mb-1 text-xs text-amber-800 dark:text-amber-300" data-testid="filtered">
          ⚑ Matches your server’s filter{filters.length > 1 ? 's' : ''}:{' '}
          {filters.map((filter) => filter.title).join(', ')}
        </p>
      )}
    </>
  );
}
