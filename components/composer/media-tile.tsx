import type { DraftMedia } from '@/lib/compose/media';
import { useMediaPreview } from './use-media-preview';

interface Props {
  file: DraftMedia;
  index: number;
  count: number;
  /** Posts in the longest split: more than one offers "goes with post n". */
  parts: number;
  onAlt: (alt: string) => void;
  onMove: (delta: number) => void;
  onRemove: () => void;
  onPart: (part: number) => void;
}

const small = 'rounded border border-neutral-300 px-1 text-xs disabled:opacity-40 dark:border-neutral-700';

/** One attached file: its preview, its alt text (with a visible prompt while empty), order and removal. */
export function MediaTile({ file, index, count, parts, onAlt, onMove, onRemove, onPart }: Props) {
  const url = useMediaPreview(file.id);
  const missing = file.alt.trim() === '';
  return (
    <li data-testid="media-tile" data-media-id={file.id} className="w-36 space-y-1">
      <div className="relative h-24 w-36 overflow-hidden rounded bg-neutral-100 dark:bg-neutral-800">
        {url &&
          (file.kind === 'image' ? (
            <img src={url} alt={file.alt} className="h-full w-full object-cover" />
          ) : (
            <video src={url} muted className="h-full w-full object-cover" />
          ))}
      </div>
      <textarea
        aria-label={`Alt text for ${file.name}`}
        placeholder="Describe it for people who cannot see it"
        value={file.alt}
        rows={2}
        onChange={(event) => onAlt(event.target.value)}
        className={`w-full rounded border bg-transparent p-1 text-xs ${missing ? 'border-amber-500' : 'border-neutral-300 dark:border-neutral-700'}`}
      />
      {missing && <p className="text-xs text-amber-700 dark:text-amber-400">No alt text yet</p>}
      <div className="flex items-center gap-1">
        <button
          type="button"
          className={small}
          disabled={index === 0}
          onClick={() => onMove(-1)}
          aria-label={`Move ${file.name} earlier`}
        >
          ←
        </button>
        <button
          type="button"
          className={small}
          disabled={index === count - 1}
          onClick={() => onMove(1)}
          aria-label={`Move ${file.name} later`}
        >
          →
        </button>
        <button type="button" className={small} onClick={onRemove} aria-label={`Remove ${file.name}`}>
          Remove
        </button>
        {parts > 1 && (
          <select
            aria-label={`Post of the thread for ${file.name}`}
            value={Math.min(file.part, parts - 1)}
            onChange={(event) => onPart(Number(event.target.value))}
            className="rounded border border-neutral-300 bg-transparent text-xs dark:border-neutral-700"
          >
            {Array.from({ length: parts }, (_, i) => (
              <option key={i} value={i}>
                Post {i + 1}
              </option>
            ))}
          </select>
        )}
      </div>
    </li>
  );
}
