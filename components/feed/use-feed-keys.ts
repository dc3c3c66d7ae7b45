import { useEffect, useRef } from 'react';
import { feedKeyAction, type FeedKeyAction } from '@/lib/feed/keyboard';

/** Listens for the feed's keys on the document (lib/feed/keyboard.ts decides what a key means). */
export function useFeedKeys(onAction: (action: FeedKeyAction) => void, enabled: boolean): void {
  const handler = useRef(onAction);
  useEffect(() => {
    handler.current = onAction;
  });
  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      const target = event.target instanceof Element ? event.target : null;
      const action = feedKeyAction({
        key: event.key,
        ctrlKey: event.ctrlKey,
        altKey: event.altKey,
        metaKey: event.metaKey,
        inField: target?.closest('input, textarea, select, [contenteditable="true"]') != null,
        onControl: target?.closest('button, a, summary') != null,
      });
      if (action === undefined) return;
      event.preventDefault();
      handler.current(action);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [enabled]);
}
