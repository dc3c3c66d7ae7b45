import { useEffect, useRef } from 'react';
import { feedKeyAction, type FeedKeyAction, type KeyInput } from '@/lib/feed/keyboard';

/** Listens for the feed's keys on the document (lib/feed/keyboard.ts decides what a key means). */
export function useFeedKeys(onAction: (action: FeedKeyAction) => void, enabled: boolean): void {
  useKeyActions(onAction, enabled, feedKeyAction);
}

/** Keys on the document, turned into actions by `decide` (the deck's adds moving between columns). */
export function useKeyActions<Action>(
  onAction: (action: Action) => void,
  enabled: boolean,
  decide: (input: KeyInput) => Action | undefined,
): void {
  const handler = useRef(onAction);
  const decideRef = useRef(decide);
  useEffect(() => {
    handler.current = onAction;
    decideRef.current = decide;
  });
  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      const target = event.target instanceof Element ? event.target : null;
      const action = decideRef.current({
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
