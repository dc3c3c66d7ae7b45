import type { Counts } from '@/lib/post';
import { compactCount } from '@/lib/feed/format-count';

/** Each count with its singular and plural label ("1 like", "2 likes"). */
const SHOWN: ReadonlyArray<[keyof Omit<Counts, 'readAt'>, string, string]> = [
  ['replies', 'reply', 'replies'],
  ['reposts', 'repost', 'reposts'],
  ['quotes', 'quote', 'quotes'],
  ['likes', 'like', 'likes'],
  ['views', 'view', 'views'],
];

/** Engagement numbers as they were when captured. */
export function PostCounts({ counts }: { counts?: Counts }) {
  if (!counts) return null;
  const shown = SHOWN.filter(([key]) => counts[key] !== undefined);
  if (shown.length === 0) return null;
  return (
    <ul className="flex flex-wrap gap-x-3 text-xs text-neutral-500" aria-label="Counts when captured">
      {shown.map(([key, one, many]) => (
        <li key={key}>
          <span className="font-medium text-neutral-700 tabular-nums dark:text-neutral-300">
            {compactCount(counts[key]!)}
          </span>{' '}
          {counts[key] === 1 ? one : many}
        </li>
      ))}
    </ul>
  );
}
