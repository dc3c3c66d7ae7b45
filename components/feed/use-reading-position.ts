import type { Virtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState, type RefObject } from 'react';
import { isAwayFromTop, readingPositions, type ReadingPosition } from '@/lib/feed/reading-position';
import { readAnchor } from './read-anchor';

/** Scroll events this soon after a view change or a jump are the page's own, not the reader's. */
const QUIET_MS = 500;
const SAVE_EVERY_MS = 250;
const SETTLE_FRAMES = 12;

/**
 * Remembers where the reader stopped in view `key` (lib/feed/reading-position.ts) and offers the
 * place remembered when the view opened: `resume()` scrolls back to it, post and offset. Nothing
 * moves by itself: the view opens at the newest posts as always, and new posts are held back by the
 * list (use-held-feed.ts), so a place once reached stays put. `key` undefined: not remembered
 * (a search typed in the box is not a place to come back to).
 */
export function useReadingPosition(
  key: string | undefined,
  visible: readonly string[],
  scrollRef: RefObject<HTMLElement | null>,
  virtualizer: Virtualizer<HTMLDivElement, Element>,
): { offer: boolean; resume: () => void; dismiss: () => void } {
  const [remembered, setRemembered] = useState<{ key: string | undefined; position?: ReadingPosition }>(
    () => ({
      key,
      position: key === undefined ? undefined : readingPositions.get(key),
    }),
  );
  if (remembered.key !== key)
    setRemembered({ key, position: key === undefined ? undefined : readingPositions.get(key) });
  const quietUntil = useRef(0);

  // Record the place as the reader scrolls (throttled), and once more when the page goes away.
  useEffect(() => {
    const scroller = scrollRef.current;
    if (key === undefined || !scroller) return;
    quietUntil.current = performance.now() + QUIET_MS;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const save = () => {
      timer = undefined;
      const anchor = readAnchor(scroller);
      if (!anchor) return;
      const atTop = scroller.scrollTop < 8;
      readingPositions.set(key, atTop ? undefined : { ...anchor, at: Date.now() });
    };
    const onScroll = () => {
      if (performance.now() < quietUntil.current) return;
      timer ??= setTimeout(save, SAVE_EVERY_MS);
    };
    const flush = () => {
      if (timer === undefined) return;
      clearTimeout(timer);
      save();
    };
    const onHidden = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    scroller.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      flush();
      scroller.removeEventListener('scroll', onScroll);
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onHidden);
    };
  }, [key, scrollRef]);

  const position = remembered.position;
  const resume = () => {
    const scroller = scrollRef.current;
    const index = position ? visible.indexOf(position.postId) : -1;
    setRemembered({ key });
    if (!position || !scroller || index < 0) return;
    quietUntil.current = performance.now() + QUIET_MS;
    virtualizer.scrollToIndex(index, { align: 'start' });
    // Rows are measured as they render, so the first jump lands on estimates: correct it by the
    // row's real place until it holds still.
    let frames = 0;
    const settle = () => {
      frames += 1;
      const row = scroller.querySelector<HTMLElement>(`[data-index="${index}"]`);
      if (row) {
        const delta =
          row.getBoundingClientRect().top - scroller.getBoundingClientRect().top + position.offset;
        if (Math.abs(delta) >= 1) scroller.scrollTop += delta;
      }
      quietUntil.current = performance.now() + QUIET_MS;
      if (frames < SETTLE_FRAMES) requestAnimationFrame(settle);
      else if (key !== undefined) readingPositions.set(key, { ...position, at: Date.now() });
    };
    requestAnimationFrame(settle);
  };
  return {
    offer: isAwayFromTop(visible, position),
    resume,
    dismiss: () => setRemembered({ key }),
  };
}
