import type { CardView } from '@/lib/feed/collapse/card-view';
import { compactCount } from '@/lib/feed/format-count';
import { safeHttpUrl } from '@/lib/feed/safe-url';
import { network } from '@/lib/platforms/registry';
import type { Post } from '@/lib/post';

/** "♥ 12 ↻ 3 💬 1": a copy's own counts, as its network showed them when captured. */
function countsLine(post: Post | null | undefined): string {
  const counts = post?.counts;
  if (!counts) return '';
  const parts: string[] = [];
  if (counts.likes !== undefined) parts.push(`♥ ${compactCount(counts.likes)}`);
  if (counts.reposts !== undefined) parts.push(`↻ ${compactCount(counts.reposts)}`);
  if (counts.replies !== undefined) parts.push(`💬 ${compactCount(counts.replies)}`);
  return parts.join(' ');
}

/** A cross-posted card's copies: a badge per network, each a link to that copy, with its counts. */
export function CopyBadges({
  copies,
  post,
}: {
  copies: CardView['copies'];
  post: (id: string) => Post | null | undefined;
}) {
  if (copies.length < 2) return null;
  return (
    <ul aria-label="Copies on each network" className="mt-1 flex flex-wrap gap-1.5 text-xs">
      {copies.map((copy) => {
        const copyPost = post(copy.id);
        const url = safeHttpUrl(copyPost?.url);
        const label = network(copy.platform).label;
        const counts = countsLine(copyPost);
        const body = (
          <>
            <span className={`rounded px-1 font-medium ${network(copy.platform).badgeClass}`}>{label}</span>
            {counts && <span className="text-neutral-500 tabular-nums">{counts}</span>}
          </>
        );
        return (
          <li key={copy.id} data-copy-platform={copy.platform}>
            {url ? (
              <a
                href={url}
                target="_blank"
                rel="noopener noreferrer"
                aria-label={`Open the copy on ${label}${counts ? ` (${counts})` : ''}`}
                className="focus-ring inline-flex items-center gap-1 rounded border border-neutral-200 px-1 py-0.5 hover:bg-neutral-100 dark:border-neutral-700 dark:hover:bg-neutral-800"
              >
                {body}
              </a>
            ) : (
              <span className="inline-flex items-center gap-1 px-1 py-0.5">{body}</span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
