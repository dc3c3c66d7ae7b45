import { beforeAll, describe, expect, it } from 'vitest';
import { compactRepostRows, expandRepostRows } from '../../lib/capture/posts-wire';
import { xNetworkSource } from '../../lib/platforms/x/network-source';
import { needsCaptures, readCapture } from '../helpers/captures';
import { samplePost } from '../helpers/sample-post';

const CONTEXT = { timeline: 'UserTweets', pageUrl: 'https://x.com/XDevelopers', now: 1_800_000_000_000 };

/** What crosses to the background and what it reads back. */
const roundTrip = (posts: readonly unknown[]) =>
  expandRepostRows(JSON.parse(JSON.stringify(compactRepostRows(posts))) as unknown[]);

describe('posts on the wire, real UserTweets response', needsCaptures, () => {
  // As in the page: the tap's parse leaves validation (which copies every post) to the background,
  // so its context has no `validate`.
  let posts: unknown[] = [];
  beforeAll(() => {
    ({ posts } = xNetworkSource.parse(JSON.parse(readCapture('x/graphql-UserTweets-2026-07.json')), CONTEXT));
  });

  it('sends each of its 16 repost rows as its own fields and reads every post back whole', () => {
    const wire = compactRepostRows(posts);
    expect(wire.filter((item) => (item as { sameAsOriginal?: boolean }).sameAsOriginal)).toHaveLength(16);
    expect(roundTrip(posts)).toEqual(JSON.parse(JSON.stringify(posts)));
    // A quarter of the bytes were repost rows repeating their originals (48.7 KB → 36.3 KB).
    expect(JSON.stringify(wire).length).toBeLessThan(JSON.stringify(posts).length * 0.8);
  });
});

describe('posts on the wire, the rules', () => {
  const original = samplePost({ id: 'x:1', nativeId: '1' });
  const repost = {
    ...original,
    id: 'x:2',
    nativeId: '2',
    sortAt: original.createdAt + 5,
    repost: { originalId: 'x:1', by: { handle: 'bob' }, at: original.createdAt + 5 },
  };

  it('compacts a repost row that is its original plus its own fields', () => {
    expect(compactRepostRows([original, repost])).toEqual([
      original,
      {
        sameAsOriginal: true,
        id: 'x:2',
        nativeId: '2',
        sortAt: repost.sortAt,
        repost: repost.repost,
        capture: repost.capture,
      },
    ]);
    expect(roundTrip([original, repost])).toEqual([original, repost]);
  });

  it('sends whole a repost row that differs from its original, or whose original is not there', () => {
    const edited = { ...repost, text: 'not the original text' };
    expect(compactRepostRows([original, edited])).toEqual([original, edited]);
    const extra = { ...repost, lang: 'de' };
    expect(compactRepostRows([original, extra])).toEqual([original, extra]);
    expect(compactRepostRows([repost])).toEqual([repost]);
  });

  it('leaves a compacted row without its original incomplete (the background rejects and counts it)', () => {
    const orphan = {
      sameAsOriginal: true,
      id: 'x:2',
      repost: { originalId: 'x:404', by: { handle: 'bob' } },
    };
    expect(expandRepostRows([orphan, 'junk', null])).toEqual([orphan, 'junk', null]);
  });
});
