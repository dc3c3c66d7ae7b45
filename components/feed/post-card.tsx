import type { Post } from '@/lib/post';
import { exactTime, relativeTime } from '@/lib/feed/format-time';
import { PLATFORM_LABELS } from '@/lib/feed/platform-names';
import { safeHttpUrl } from '@/lib/feed/safe-url';

/** One post. Scraped text is always rendered as text (React escapes it), never as HTML. */
export function PostCard({ post, now }: { post: Post; now: number }) {
  const permalink = safeHttpUrl(post.url);
  const avatar = safeHttpUrl(post.author.avatarUrl);
  return (
    <article
      aria-label={`${post.author.name || post.author.handle} on ${PLATFORM_LABELS[post.platform]}`}
      data-post-id={post.id}
      className="border-b border-neutral-200 px-3 py-2 dark:border-neutral-800"
    >
      {post.repost && (
        <p className="mb-1 text-xs text-neutral-500">
          ↻ {post.repost.by.name || `@${post.repost.by.handle}`} reposted
        </p>
      )}
      <header className="flex items-center gap-2 text-sm">
        {avatar ? (
          <img
            src={avatar}
            alt=""
            className="h-8 w-8 rounded-full"
            loading="lazy"
            referrerPolicy="no-referrer"
          />
        ) : (
          <span className="h-8 w-8 rounded-full bg-neutral-300 dark:bg-neutral-700" aria-hidden />
        )}
        <span className="min-w-0 truncate">
          <span className="font-semibold">{post.author.name || post.author.handle}</span>
          {post.author.verified && (
            <span aria-label="verified" className="ml-0.5 text-sky-500">
              ✓
            </span>
          )}
          <span className="ml-1 text-neutral-500">@{post.author.handle}</span>
        </span>
        <span className="ml-auto shrink-0 text-xs text-neutral-500">
          <span className="mr-1 rounded bg-neutral-100 px-1 dark:bg-neutral-800">
            {PLATFORM_LABELS[post.platform]}
          </span>
          <time dateTime={new Date(post.createdAt).toISOString()} title={exactTime(post.createdAt)}>
            {relativeTime(post.createdAt, now)}
          </time>
        </span>
      </header>
      <p className="post-text mt-1 text-sm break-words whitespace-pre-wrap">{post.text}</p>
      {permalink && (
        <a
          href={permalink}
          target="_blank"
          rel="noopener noreferrer"
          className="mt-1 inline-block text-xs text-sky-600 hover:underline"
        >
          Open on {PLATFORM_LABELS[post.platform]}
        </a>
      )}
    </article>
  );
}
