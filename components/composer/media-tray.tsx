import { useRef } from 'react';
import type { DraftMedia } from '@/lib/compose/media';
import { changeMedia, moveMedia, removeMedia } from '@/lib/compose/page/media-edit';
import { MediaTile } from './media-tile';

interface Props {
  media: DraftMedia[];
  /** Posts in the longest split thread (files can go with any of them). */
  parts: number;
  busy: boolean;
  errors: string[];
  onChange: (media: DraftMedia[]) => void;
  onFiles: (files: File[]) => void;
}

/** The draft's pictures or video: add (pick; paste and drop go to the editor), describe, order, remove. */
export function MediaTray({ media, parts, busy, errors, onChange, onFiles }: Props) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <div className="space-y-1">
      <div className="flex items-center gap-2">
        <button
          type="button"
          onClick={() => input.current?.click()}
          disabled={busy}
          className="rounded border border-neutral-300 px-2 py-0.5 text-xs disabled:opacity-50 dark:border-neutral-700"
        >
          {busy ? 'Adding…' : 'Add pictures or a video'}
        </button>
        <input
          ref={input}
          data-testid="composer-file-input"
          type="file"
          multiple
          accept="image/jpeg,image/png,image/webp,image/gif,video/mp4,video/quicktime,video/webm"
          className="hidden"
          onChange={(event) => {
            onFiles(Array.from(event.target.files ?? []));
            event.target.value = '';
          }}
        />
        <span className="text-xs text-neutral-500">
          Up to 4 pictures, or one video. Paste or drop them here too.
        </span>
      </div>
      {media.length > 0 && (
        <ol aria-label="Attached files" className="flex flex-wrap gap-2">
          {media.map((file, index) => (
            <MediaTile
              key={file.id}
              file={file}
              index={index}
              count={media.length}
              parts={parts}
              onAlt={(alt) => onChange(changeMedia(media, file.id, { alt }))}
              onMove={(delta) => onChange(moveMedia(media, index, delta))}
              onRemove={() => onChange(removeMedia(media, file.id))}
              onPart={(part) => onChange(changeMedia(media, file.id, { part }))}
            />
          ))}
        </ol>
      )}
      {errors.map((error) => (
        <p key={error} role="alert" className="text-xs text-red-700 dark:text-red-400">
          {error}
        </p>
      ))}
    </div>
  );
}
