import { useRef } from 'react';
import { DECK_COLUMN_WIDTH } from '@/lib/settings';
import { clampWidth } from '@/lib/feed/deck/columns';

const KEY_STEP = 20;

/**
 * The column's right edge: drag it (pointer) or focus it and press ←/→ to resize. The width is live
 * while dragging (`onPreview`) and written to the settings once, when the drag ends (`onCommit`).
 */
export function ResizeHandle({
  width,
  label,
  onPreview,
  onCommit,
}: {
  width: number;
  label: string;
  onPreview: (width: number | undefined) => void;
  onCommit: (width: number) => void;
}) {
  const drag = useRef<{ startX: number; startWidth: number; width: number } | undefined>(undefined);
  return (
    <div
      role="separator"
      aria-orientation="vertical"
      aria-label={`Resize column ${label}`}
      aria-valuemin={DECK_COLUMN_WIDTH.min}
      aria-valuemax={DECK_COLUMN_WIDTH.max}
      aria-valuenow={width}
      tabIndex={0}
      onPointerDown={(event) => {
        event.currentTarget.setPointerCapture(event.pointerId);
        drag.current = { startX: event.clientX, startWidth: width, width };
      }}
      onPointerMove={(event) => {
        if (!drag.current) return;
        drag.current.width = clampWidth(drag.current.startWidth + event.clientX - drag.current.startX);
        onPreview(drag.current.width);
      }}
      onPointerUp={() => {
        const done = drag.current;
        drag.current = undefined;
        onPreview(undefined);
        if (done && done.width !== done.startWidth) onCommit(done.width);
      }}
      onKeyDown={(event) => {
        if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
        // The arrows resize here; elsewhere in the deck they move between columns.
        event.preventDefault();
        event.stopPropagation();
        onCommit(clampWidth(width + (event.key === 'ArrowRight' ? KEY_STEP : -KEY_STEP)));
      }}
      className="focus-ring absolute top-0 right-0 z-20 h-full w-1.5 cursor-col-resize hover:bg-sky-400/60 focus:bg-sky-400/60"
    />
  );
}
