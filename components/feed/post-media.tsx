import type { Media } from '@/lib/post';
import { formatDuration } from '@/lib/feed/format-count';
import { safeHttpUrl } from '@/lib/feed/safe-url';

/** Photos in a grid (lazy), videos and GIFs as their poster with the duration; alt text as `alt`. */
export function PostMedia({ media, permalink }: { media: readonly Media[]; permalink?: string }) {
  if (media.length === 0) return null;
  const columns = media.length === 1 ? 'grid-cols-1' : 'grid-cols-2';
  return (
    <div className={`mt-2 grid ${columns} gap-1 overflow-hidden rounded-lg`}>
      {media.slice(0, 4).map((item, index) => (
        <MediaItem key={index} item={item} permalink={permalink} single={media.length === 1} />
      ))}
    </div>
  );
}

function MediaItem({ item, permalink, single }: { item: Media; permalink?: string; single: boolean }) {
  const still = safeHttpUrl(item.kind === 'photo' ? (item.previewUrl ?? item.url) : item.previewUrl);
  const target = safeHttpUrl(item.kind === 'photo' ? item.url : permalink);
  const ratio = item.width && item.height ? `${item.width} / ${item.height}` : '16 / 9';
  const label = item.kind === 'photo' ? 'Photo' : item.kind === 'gif' ? 'GIF' : 'Video';
  const picture = still ? (
    <img
      src={still}
      alt={item.altText ?? ''}
      loading="lazy"
      referrerPolicy="no-referrer"
      className="h-full w-full object-cover"
    />
  ) : (
    <span className="flex h-full w-full items-center justify-center text-xs text-neutral-500">{label}</span>
  );
  const body = (
    <span
      className="relative block overflow-hidden bg-neutral-200 dark:bg-neutral-800"
      style={{ aspectRatio: single ? ratio : '1 / 1', maxHeight: '20rem' }}
    >
      {picture}
      {item.kind !== 'photo' && (
        <span className="absolute bottom-1 left-1 rounded bg-black/70 px-1 text-xs text-white">
          {item.kind === 'gif' ? 'GIF' : '▶'}
          {item.durationMs !== undefined ? ` ${formatDuration(item.durationMs)}` : ''}
        </span>
      )}
    </span>
  );
  if (!target) return body;
  return (
    <a
      href={target}
      target="_blank"
      rel="noopener noreferrer"
      aria-label={item.altText ? `${label}: ${item.altText}` : `Open ${label.toLowerCase()}`}
      className="focus-ring block"
    >
      {body}
    </a>
  );
}
