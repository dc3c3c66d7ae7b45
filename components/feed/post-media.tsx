import { useState } from 'react';
import type { Media } from '@/lib/post';
import { formatDuration } from '@/lib/feed/format-count';
import { safeHttpUrl } from '@/lib/feed/safe-url';

/**
 * Photos in a grid (lazy), videos and GIFs as their poster with the duration; alt text as `alt`.
 * `hidden` (sensitive media): nothing is loaded until the reader clicks to show them.
 */
export function PostMedia({
  media,
  permalink,
  hidden,
  labels,
}: {
  media: readonly Media[];
  permalink?: string;
  hidden?: boolean;
  /** Why they are hidden, when the network says (Bluesky label values). */
  labels?: readonly string[];
}) {
  const [shown, setShown] = useState(false);
  if (media.length === 0) return null;
  if (hidden && !shown) {
    return (
      <button
        type="button"
        data-testid="sensitive-media"
        onClick={() => setShown(true)}
        className="focus-ring mt-2 flex h-24 w-full items-center justify-center rounded-lg bg-neutral-200 text-sm text-neutral-700 hover:bg-neutral-300 dark:bg-neutral-800 dark:text-neutral-300 dark:hover:bg-neutral-700"
      >
        Sensitive media{labels && labels.length > 0 ? ` (${labels.join(', ')})` : ''} · {media.length}{' '}
        {media.length === 1 ? 'item' : 'items'} · Show
      </button>
    );
  }
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
