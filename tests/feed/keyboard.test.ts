import { describe, expect, it } from 'vitest';
import { feedKeyAction, type KeyInput } from '../../lib/feed/keyboard';

const key = (value: string, more: Partial<KeyInput> = {}): KeyInput => ({
  key: value,
  ctrlKey: false,
  altKey: false,
  metaKey: false,
  inField: false,
  onControl: false,
  ...more,
});

describe('feedKeyAction', () => {
  it('maps the feed keys', () => {
    expect(['j', 'k', '/', 's', 'o', 'Enter', '?', 'x'].map((k) => feedKeyAction(key(k)))).toEqual([
      'next',
      'previous',
      'search',
      'save',
      'open',
      'expand',
      'help',
      undefined,
    ]);
  });

  it('leaves keys typed into a field, modified keys and Enter on a control alone', () => {
    expect(feedKeyAction(key('j', { inField: true }))).toBeUndefined();
    expect(feedKeyAction(key('s', { ctrlKey: true }))).toBeUndefined();
    expect(feedKeyAction(key('k', { metaKey: true }))).toBeUndefined();
    expect(feedKeyAction(key('Enter', { onControl: true }))).toBeUndefined();
    expect(feedKeyAction(key('s', { onControl: true }))).toBe('save');
  });
});
