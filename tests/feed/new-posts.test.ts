import { describe, expect, it } from 'vitest';
import { holdBackNewPosts } from '../../lib/feed/new-posts';

const none = new Set<string>();

describe('holdBackNewPosts', () => {
  it('shows everything at the top of the list', () => {
    expect(
      holdBackNewPosts({
        incoming: ['n1', 'a', 'b'],
        shown: ['a', 'b'],
        held: none,
        anchorId: 'a',
        atTop: true,
      }),
    ).toEqual({ visible: ['n1', 'a', 'b'], held: new Set() });
  });

  it('holds back posts arriving above the first post in view, and counts them', () => {
    const result = holdBackNewPosts({
      incoming: ['n1', 'n2', 'a', 'b', 'c', 'd'],
      shown: ['a', 'b', 'c', 'd'],
      held: none,
      anchorId: 'c',
      atTop: false,
    });
    expect(result).toEqual({ visible: ['a', 'b', 'c', 'd'], held: new Set(['n1', 'n2']) });
  });

  it('inserts posts that land below the reader (older ones) without holding them', () => {
    const result = holdBackNewPosts({
      incoming: ['a', 'b', 'c', 'old1', 'd'],
      shown: ['a', 'b', 'c', 'd'],
      held: none,
      anchorId: 'b',
      atTop: false,
    });
    expect(result).toEqual({ visible: ['a', 'b', 'c', 'old1', 'd'], held: new Set() });
  });

  it('keeps counting held posts across updates and forgets pruned ones', () => {
    const first = holdBackNewPosts({
      incoming: ['n1', 'a', 'b'],
      shown: ['a', 'b'],
      held: none,
      anchorId: 'b',
      atTop: false,
    });
    const second = holdBackNewPosts({
      incoming: ['n2', 'a', 'b'],
      shown: first.visible,
      held: first.held,
      anchorId: 'b',
      atTop: false,
    });
    expect(second).toEqual({ visible: ['a', 'b'], held: new Set(['n2']) });
    const third = holdBackNewPosts({
      incoming: ['n3', 'n2', 'a', 'b'],
      shown: second.visible,
      held: second.held,
      anchorId: 'b',
      atTop: false,
    });
    expect(third.held).toEqual(new Set(['n3', 'n2']));
  });

  it('shows everything when the anchor is gone (pruned) or nothing was shown yet', () => {
    expect(
      holdBackNewPosts({ incoming: ['n1', 'b'], shown: ['a', 'b'], held: none, anchorId: 'a', atTop: false }),
    ).toEqual({ visible: ['n1', 'b'], held: new Set() });
    expect(
      holdBackNewPosts({ incoming: ['n1'], shown: [], held: none, anchorId: undefined, atTop: false }),
    ).toEqual({ visible: ['n1'], held: new Set() });
  });
});
