import type { Post } from '@/lib/post';
import { exactTime, relativeTime } from '@/lib/feed/format-time';
import { network as networkOf } from '@/lib/platforms/registry';
import { profileUrl } from '@/lib/feed/platform-urls';
import { safeHttpUrl } from '@/lib/feed/safe-url';
import { Avatar } from './avatar';
import { EmojiText } from './emoji-text';

/** Avatar, name, handle, verified mark, platform badge and the time (exact time on hover). */
export function PostHeader({ post, now, compact }: { post: Post; now: number; compact?: boolean }) {
  const name = post.author.name || post.author.handle;
  const profile = safeHttpUrl(profileUrl(post.platform, post.author.handle));
  return (
    <header className="flex items-center gap-2 text-sm">
      <Avatar url={post.author.avatarUrl} name={name} size={compact ? 'h-5 w-5' : 'h-9 w-9'} />
      <span className="min-w-0 truncate">
        <span className="font-semibold">
          <EmojiText text={name} emojis={post.author.emojis} />
        </span>
        {post.author.verified && (
          <span role="img" aria-label="verified" title="Verified" className="ml-0.5 text-sky-500">
            ✓
          </span>
        )}{' '}
        {profile ? (
          <a
            href={profile}
            target="_blank"
            rel="noopener noreferrer"
            className="focus-ring text-neutral-500 hover:underline"
          >
            @{post.author.handle}
          </a>
        ) : (
          <span className="text-neutral-500">@{post.author.handle}</span>
        )}
      </span>
      <span className="ml-auto flex shrink-0 items-center gap-1 text-xs text-neutral-500">
        <span className={`rounded px-1 font-medium ${networkOf(post.platform).badgeClass}`}>
          {networkOf(post.platform).label}
        </span>
        <time dateTime={new Date(post.createdAt).toISOString()} title={exactTime(post.createdAt)}>
          {relativeTime(post.createdAt, now)}
        </time>
      </span>
    </header>
  );
}
