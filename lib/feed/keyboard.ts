/**
 * The feed's keys (shown by the `?` dialog). A key typed into a text field is the field's, never
 * a command; modified keys (Ctrl/Alt/Meta) are the browser's.
 */
export type FeedKeyAction = 'next' | 'previous' | 'search' | 'save' | 'open' | 'expand' | 'help';

export const FEED_KEYS: ReadonlyArray<{ keys: string; action: FeedKeyAction; meaning: string }> = [
  { keys: 'j', action: 'next', meaning: 'Next post' },
  { keys: 'k', action: 'previous', meaning: 'Previous post' },
  { keys: '/', action: 'search', meaning: 'Focus the search box' },
  { keys: 's', action: 'save', meaning: 'Save or unsave the current post' },
  { keys: 'o', action: 'open', meaning: 'Open the current post on its platform' },
  { keys: 'Enter', action: 'expand', meaning: 'Expand the current post (full text, tags and note)' },
  { keys: '?', action: 'help', meaning: 'This help' },
];

export interface KeyInput {
  key: string;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
  /** The event target is a text field (input, textarea, select, contenteditable). */
  inField: boolean;
  /** The event target is a control that handles Enter itself (a button or a link). */
  onControl: boolean;
}

export function feedKeyAction(input: KeyInput): FeedKeyAction | undefined {
  if (input.inField || input.ctrlKey || input.altKey || input.metaKey) return undefined;
  if (input.key === 'Enter') return input.onControl ? undefined : 'expand';
  return FEED_KEYS.find((entry) => entry.keys === input.key)?.action;
}
