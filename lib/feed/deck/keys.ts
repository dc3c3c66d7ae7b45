import { feedKeyAction, type FeedKeyAction, type KeyInput } from '../keyboard';

/**
 * The deck's keys: the feed's own (j/k/s/o/Enter/…, acting in the current column) plus moving
 * between columns. Kept apart from FEED_KEYS so the side panel's help lists only what works there.
 */
export type DeckKeyAction = FeedKeyAction | 'column-left' | 'column-right';

export const DECK_KEYS: ReadonlyArray<{ keys: string; action: DeckKeyAction; meaning: string }> = [
  { keys: 'h', action: 'column-left', meaning: 'Column to the left' },
  { keys: 'l', action: 'column-right', meaning: 'Column to the right' },
  { keys: 'ArrowLeft', action: 'column-left', meaning: 'Column to the left' },
  { keys: 'ArrowRight', action: 'column-right', meaning: 'Column to the right' },
];

export function deckKeyAction(input: KeyInput): DeckKeyAction | undefined {
  const feed = feedKeyAction(input);
  if (feed !== undefined || input.inField || input.ctrlKey || input.altKey || input.metaKey) return feed;
  // On a button (a column's own controls), arrows are still the deck's: buttons do not use them.
  return DECK_KEYS.find((entry) => entry.keys === input.key)?.action;
}
