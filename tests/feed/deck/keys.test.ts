import { describe, expect, it } from 'vitest';
import { deckKeyAction } from '../../../lib/feed/deck/keys';
import type { KeyInput } from '../../../lib/feed/keyboard';

const key = (value: string, more: Partial<KeyInput> = {}): KeyInput => ({
  key: value,
  ctrlKey: false,
  altKey: false,
  metaKey: false,
  inField: false,
  onControl: false,
  ...more,
});

describe('deckKeyAction', () => {
  it("adds moving between columns to the feed's keys", () => {
    expect(
      ['h', 'l', 'ArrowLeft', 'ArrowRight', 'j', 'k', 's', 'Enter', 'x'].map((k) => deckKeyAction(key(k))),
    ).toEqual([
      'column-left',
      'column-right',
      'column-left',
      'column-right',
      'next',
      'previous',
      'save',
      'expand',
      undefined,
    ]);
  });

  it('leaves a text field its arrows and letters, and modified keys to the browser', () => {
    expect(deckKeyAction(key('ArrowLeft', { inField: true }))).toBeUndefined();
    expect(deckKeyAction(key('l', { inField: true }))).toBeUndefined();
    expect(deckKeyAction(key('ArrowRight', { altKey: true }))).toBeUndefined();
    // On a column's button the arrows still move between columns.
    expect(deckKeyAction(key('ArrowRight', { onControl: true }))).toBe('column-right');
  });
});
