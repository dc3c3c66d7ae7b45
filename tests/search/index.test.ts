import { beforeAll, describe, expect, it } from 'vitest';
import { generatePosts } from '../../lib/dev/generate-posts';
import type { SearchUserState } from '../../lib/search/haystack';
import { compareFeedOrder, createSearchIndex, type SearchIndex } from '../../lib/search/index';
import { matchesPost } from '../../lib/search/matcher';
import { parseQuery } from '../../lib/search/query';
import { seededRandom } from '../helpers/mutate';
import { generateQueries } from './generate-queries';
import { expectSameResults, Reference } from './reference';

describe('createSearchIndex against a brute-force reference', () => {
  const posts = generatePosts(6000, 42);
  const initial = posts.slice(0, 5000);
  const later = posts.slice(5000);
  const queries = generateQueries(initial, 200, 7);
  let index: SearchIndex;
  let reference: Reference;

  beforeAll(() => {
    index = createSearchIndex();
    reference = new Reference();
    const states = new Map<string, SearchUserState>();
    initial
      .slice(0, 300)
      .forEach((post, n) => states.set(post.id, { savedAt: n + 1, tags: ['work'], note: `note ${n}` }));
    index.add(initial, states);
    for (const post of initial) reference.posts.set(post.id, post);
    reference.states = new Map(states);
  });

  it('uses a reference that is matchesPost itself', () => {
    for (const query of queries.slice(0, 40)) {
      const parsed = parseQuery(query);
      const direct = initial
        .filter((post) => matchesPost(parsed, post, reference.states.get(post.id)))
        .sort(compareFeedOrder)
        .map((post) => post.id);
      expect(reference.search(query)).toEqual(direct);
    }
  });

  it('answers 200 generated queries exactly like the reference', () => {
    expect(index.size).toBe(5000);
    const nonEmpty = expectSameResults(index, reference, queries);
    expect(nonEmpty).toBeGreaterThan(100);
  });

  it('pages and filters by the platform toggles like the reference', () => {
    for (const query of queries.slice(0, 50)) {
      const expected = reference.search(query, ['threads']);
      const page = index.search(query, { limit: 30, offset: 20, platforms: ['threads'] });
      expect({ query, ...page }).toEqual({ query, ids: expected.slice(20, 50), total: expected.length });
    }
    expect(index.search('', { limit: 5000 }).ids).toEqual(reference.search(''));
  });

  it('stays exact through adds, upserts that change text and time, user states, and removes', () => {
    const random = seededRandom(99);
    // Arriving in capture-sized batches (inserted in place) and one large batch (re-sorted).
    for (let start = 0; start < 500; start += 25) {
      const batch = later.slice(start, start + 25);
      index.add(batch);
      for (const post of batch) reference.posts.set(post.id, post);
    }
    index.add(later.slice(500));
    for (const post of later.slice(500)) reference.posts.set(post.id, post);
    // Upserts: another post's text and a new feed time for 300 posts; user state kept.
    const ids = [...reference.posts.keys()];
    const upserts = Array.from({ length: 300 }, (_, n) => {
      const target = reference.posts.get(ids[Math.floor(random() * ids.length)]!)!;
      const donor = posts[(n * 37) % posts.length]!;
      return { ...target, text: `${donor.text} edited${n}`, sortAt: target.sortAt + (n % 3) * 3_600_000 };
    });
    index.add(upserts);
    for (const post of upserts) {
      reference.posts.set(post.id, post);
      reference.invalidate(post.id);
    }
    // User state: save 200 with tags and a note, unsave 100 of the first saved.
    for (let n = 0; n < 200; n += 1) {
      const id = ids[Math.floor(random() * ids.length)]!;
      const state = { savedAt: 1000 + n, tags: ['later', `t${n}`], note: `Remember ocelot ${n}` };
      index.setUserState(id, state);
      reference.states.set(id, state);
      reference.invalidate(id);
    }
    for (const post of initial.slice(0, 100)) {
      index.setUserState(post.id, undefined);
      reference.states.delete(post.id);
      reference.invalidate(post.id);
    }
    // Pruning: remove 1,500 (unknown ids are ignored), one by one for some, in bulk for the rest.
    const removed = ids.filter(() => random() < 0.25);
    for (const id of removed.slice(0, 50)) index.remove([id]);
    index.remove([...removed.slice(50), 'x:unknown']);
    for (const id of removed) {
      reference.posts.delete(id);
      reference.states.delete(id); // remove() forgets user state; add() is given it again
      reference.invalidate(id);
    }
    // Re-adding some removed posts reuses their slots.
    const readded = removed.slice(0, 100).map((id) => posts.find((post) => post.id === id)!);
    index.add(readded);
    for (const post of readded) reference.posts.set(post.id, post);

    expect(index.size).toBe(reference.posts.size);
    const more = [...queries, 'ocelot', 'later', 'is:saved', 'edited1', '-is:saved edited', 'note'];
    expect(expectSameResults(index, reference, more)).toBeGreaterThan(100);
  });

  it('gives the same answers when built in chunks with searches in between', () => {
    const chunked = createSearchIndex();
    for (let start = 0; start < 3000; start += 300) {
      chunked.add(initial.slice(start, start + 300));
      chunked.search('crossfeed');
    }
    const whole = createSearchIndex();
    whole.add(initial.slice(0, 3000));
    for (const query of queries.slice(0, 60)) {
      expect({ query, ...chunked.search(query) }).toEqual({ query, ...whole.search(query) });
    }
  });

  it('keeps a user state given before the post arrives and across re-captures', () => {
    const small = createSearchIndex();
    const [first, second] = generatePosts(2, 5);
    small.setUserState(first!.id, { savedAt: 1, tags: ['ocelot'] });
    small.add([first!, second!]);
    expect(small.search('ocelot is:saved').ids).toEqual([first!.id]);
    small.add([{ ...first!, text: 'recaptured' }]);
    expect(small.search('ocelot recaptured').ids).toEqual([first!.id]);
    small.add([first!], new Map([[first!.id, { tags: [] }]]));
    expect(small.search('is:saved').total).toBe(0);
    small.remove([first!.id, second!.id]);
    expect(small.size).toBe(0);
    expect(small.search('')).toEqual({ ids: [], total: 0 });
  });
});
