import { describe, expect, it } from 'vitest';
import {
  isAwayFromTop,
  MAX_POSITIONS,
  POSITIONS_KEY,
  ReadingPositions,
  type PositionStorage,
} from '../../lib/feed/reading-position';

function memoryStorage(initial?: string): PositionStorage & { data: Map<string, string> } {
  const data = new Map<string, string>(initial === undefined ? [] : [[POSITIONS_KEY, initial]]);
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
  };
}

describe('reading positions', () => {
  it('remembers one place per view, across instances (a reload reads the same storage)', () => {
    const storage = memoryStorage();
    const first = new ReadingPositions(storage);
    first.set('panel:all', { postId: 'x:1', offset: 42, at: 1 });
    first.set('deck:c1', { postId: 'threads:9', offset: 0, at: 2 });
    const again = new ReadingPositions(storage);
    expect(again.get('panel:all')).toEqual({ postId: 'x:1', offset: 42, at: 1 });
    expect(again.get('deck:c1')).toEqual({ postId: 'threads:9', offset: 0, at: 2 });
    expect(again.get('panel:saved')).toBeUndefined();
  });

  it('forgets a view whose reader went back to the top', () => {
    const positions = new ReadingPositions(memoryStorage());
    positions.set('panel:all', { postId: 'x:1', offset: 42, at: 1 });
    positions.set('panel:all', undefined);
    expect(positions.get('panel:all')).toBeUndefined();
  });

  it(`keeps the ${MAX_POSITIONS} most recent views`, () => {
    const storage = memoryStorage();
    const positions = new ReadingPositions(storage);
    for (let n = 0; n < MAX_POSITIONS + 5; n += 1)
      positions.set(`deck:c${n}`, { postId: `x:${n}`, offset: 0, at: n });
    expect(Object.keys(JSON.parse(storage.data.get(POSITIONS_KEY)!) as object)).toHaveLength(MAX_POSITIONS);
    expect(positions.get('deck:c4')).toBeUndefined();
    expect(positions.get('deck:c5')).toEqual({ postId: 'x:5', offset: 0, at: 5 });
  });

  it('reads broken storage as nothing remembered, dropping only the broken entries', () => {
    for (const broken of ['{', '[]', 'null', '"text"']) {
      expect(new ReadingPositions(memoryStorage(broken)).get('panel:all')).toBeUndefined();
    }
    const mixed = memoryStorage(
      JSON.stringify({
        'panel:all': { postId: 'x:1', offset: 10, at: 1 },
        'panel:saved': { postId: '', offset: 10, at: 1 },
        'deck:a': { postId: 'x:2', offset: -5, at: 1 },
        'deck:b': 'x:3',
      }),
    );
    const positions = new ReadingPositions(mixed);
    expect(positions.get('panel:all')).toEqual({ postId: 'x:1', offset: 10, at: 1 });
    expect(['panel:saved', 'deck:a', 'deck:b'].map((view) => positions.get(view))).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('without storage (or when writing fails) nothing is remembered and nothing throws', () => {
    const none = new ReadingPositions(undefined);
    none.set('panel:all', { postId: 'x:1', offset: 0, at: 1 });
    expect(none.get('panel:all')).toBeUndefined();
    const full = new ReadingPositions({
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    });
    expect(() => full.set('panel:all', { postId: 'x:1', offset: 0, at: 1 })).not.toThrow();
  });

  it('offers to go back only to a place below the first post of what the view now shows', () => {
    const ids = ['x:3', 'x:2', 'x:1'];
    expect(isAwayFromTop(ids, undefined)).toBe(false);
    expect(isAwayFromTop(ids, { postId: 'x:2', offset: 0, at: 1 })).toBe(true);
    expect(isAwayFromTop(ids, { postId: 'x:3', offset: 10, at: 1 })).toBe(false);
    expect(isAwayFromTop(ids, { postId: 'x:3', offset: 200, at: 1 })).toBe(true);
    // The post is no longer in the view (pruned, or filtered out): nothing to go back to.
    expect(isAwayFromTop(ids, { postId: 'x:9', offset: 0, at: 1 })).toBe(false);
  });
});
