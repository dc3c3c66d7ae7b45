import { isDeepStrictEqual } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { generatePosts } from '../../lib/dev/generate-posts';
import type { Post } from '../../lib/post';
import type { SearchUserState } from '../../lib/search/haystack';
import { createSearchIndex, type SearchIndex } from '../../lib/search/index';
import { searchRowOf } from '../../lib/search/search-row';
import { emptySegment, type Segment } from '../../lib/search/segment';
import { mergeSegment } from '../../lib/search/segment-build';
import { decodeSegment, encodeSegment } from '../../lib/search/segment-codec';
import { seededRandom } from '../helpers/mutate';
import { generateQueries } from './generate-queries';
import { expectSameResults, Reference } from './reference';

/**
 * The stored index (a segment, then the posts changed since on top) answers exactly like the
 * brute-force reference (matchesPost over every post) while posts arrive, change, get saved and
 * are pruned, and after every compaction (a new segment merged from the old one and the changes).
 */
const FOUR = ['x', 'threads', 'bluesky', 'mastodon'] as const;
const posts = generatePosts(7000, 42, { platforms: FOUR });
const queries = [
  ...generateQueries(posts.slice(0, 5000), 160, 7),
  'platform:bluesky',
  'platform:mastodon -has:media',
  'from:@anasato_1',
  'bsky',
  'mastodon.social',
];

function loaded(segment: Segment, states: ReadonlyMap<string, SearchUserState>): SearchIndex {
  const index = createSearchIndex();
  for (const [id, state] of states) index.setUserState(id, state);
  index.load(decodeSegment(encodeSegment(segment))); // as stored and read back
  return index;
}

describe('a stored segment and the changes since, against the brute-force reference', () => {
  const random = seededRandom(99);
  const reference = new Reference();
  let segment: Segment;
  let live: SearchIndex;
  /** Changes since the segment, as the search log holds them. */
  let written: Post[] = [];
  let removed: string[] = [];

  const compact = () => {
    segment = mergeSegment(segment, written.map(searchRowOf), removed);
    written = [];
    removed = [];
  };
  const write = (batch: Post[]) => {
    live.add(batch);
    for (const post of batch) reference.put(post);
    written.push(...batch);
    // A removal before a write of the same id no longer applies (the log folds in order).
    const back = new Set(batch.map((post) => post.id));
    removed = removed.filter((id) => !back.has(id));
  };
  const prune = (ids: string[]) => {
    live.remove(ids);
    for (const id of ids) reference.delete(id);
    removed.push(...ids);
    const gone = new Set(ids);
    written = written.filter((post) => !gone.has(post.id));
  };
  const check = (label: string, index: SearchIndex, count = queries.length) => {
    expect({ label, size: index.size }).toEqual({ label, size: reference.posts.size });
    return expectSameResults(index, reference, queries.slice(0, count));
  };

  beforeAll(() => {
    const initial = posts.slice(0, 5000);
    segment = mergeSegment(emptySegment(), initial.map(searchRowOf));
    for (const post of initial) reference.put(post);
    initial.slice(0, 300).forEach((post, n) => {
      reference.setState(post.id, { savedAt: n + 1, tags: ['work'], note: `note ${n}` });
    });
    live = loaded(segment, reference.states);
  });

  it('answers like the reference straight from a loaded segment, user states applied on top', () => {
    expect(check('loaded', live)).toBeGreaterThan(90);
    expect(live.search('is:saved note').total).toBe(300);
  });

  it('stays exact through arrivals, edits of loaded posts, new feed times, saves and pruning, and after each compaction', () => {
    const later = posts.slice(5000);
    const ids = () => [...reference.posts.keys()];
    for (let round = 0; round < 4; round += 1) {
      // Arrivals: capture-sized batches, then one large one.
      const arriving = later.slice(round * 500, round * 500 + 500);
      for (let start = 0; start < 400; start += 25) write(arriving.slice(start, start + 25));
      write(arriving.slice(400));
      // Edits: another post's text (words a loaded post had must stop matching), or a new feed time.
      const known = ids();
      const edits = Array.from({ length: 60 }, (_, n) => {
        const target = reference.posts.get(known[Math.floor(random() * known.length)]!)!;
        const donor = posts[Math.floor(random() * 5000)]!;
        return n % 2 === 0
          ? { ...target, text: `${donor.text} edited${round}x${n} 東京` }
          : { ...target, sortAt: target.sortAt + 3_600_000 * (n % 5) };
      });
      // The words edited posts lost, as queries: each must no longer find them.
      const lost = edits.flatMap((post) => {
        const before = reference.posts.get(post.id)!.text.split(/\s+/);
        const after = new Set(post.text.split(/\s+/));
        return before.filter((word) => /^\p{L}{4,}$/u.test(word) && !after.has(word)).slice(0, 2);
      });
      write(edits);
      // Saves with words, unsaves.
      for (let n = 0; n < 40; n += 1) {
        const id = known[Math.floor(random() * known.length)]!;
        const state = { savedAt: 1000 + n, tags: ['later', `t${round}${n}`], note: `Remember ocelot ${n}` };
        live.setUserState(id, state);
        reference.setState(id, state);
      }
      for (const id of [...reference.states.keys()].slice(0, 15)) {
        live.setUserState(id, undefined);
        reference.setState(id, undefined);
      }
      // Pruning: one by one and in bulk, some of them posts that arrived this round or were edited.
      const doomed = ids().filter(() => random() < 0.08);
      for (const id of doomed.slice(0, 20)) prune([id]);
      prune([...doomed.slice(20), 'x:unknown']);
      // Some pruned posts come back (a re-capture).
      write(doomed.slice(0, 30).map((id) => posts.find((post) => post.id === id)!));

      const extra = ['ocelot', `edited${round}`, 'later', 'is:saved', '-is:saved 東京', 'note', ...lost];
      expect(
        check(`live, round ${round}`, live, 60) + expectSameResults(live, reference, extra),
      ).toBeGreaterThan(30);
      compact();
      const reopened = loaded(segment, reference.states);
      expect(check(`reopened after compaction, round ${round}`, reopened, 60)).toBeGreaterThan(30);
      expectSameResults(reopened, reference, extra);
    }
    expect(check('live, at the end', live)).toBeGreaterThan(90);
  });

  it('merges into exactly the segment a build from scratch makes', () => {
    const fromScratch = mergeSegment(emptySegment(), [...reference.posts.values()].map(searchRowOf));
    // Field by field (a diff of two whole segments that differ takes minutes to print).
    const fields = Object.keys(fromScratch) as Array<keyof Segment>;
    const differing = fields.filter((field) => !isDeepStrictEqual(segment[field], fromScratch[field]));
    expect(differing).toEqual([]);
    expect(segment.ids.length).toBe(reference.posts.size);
  });

  it('reads back from its bytes exactly as it was, the empty one and texts UTF-8 cannot carry too', () => {
    const differing = (a: Segment, b: Segment) =>
      (Object.keys(a) as Array<keyof Segment>).filter((field) => !isDeepStrictEqual(a[field], b[field]));
    expect(differing(decodeSegment(encodeSegment(segment)), segment)).toEqual([]);
    expect(differing(decodeSegment(encodeSegment(emptySegment())), emptySegment())).toEqual([]);
    const [one, two] = generatePosts(2, 9);
    const odd = mergeSegment(emptySegment(), [
      { ...searchRowOf(one!), text: 'broken \ud800 surrogate' },
      searchRowOf(two!),
    ]);
    expect(odd.oddTexts).toEqual(['broken \ud800 surrogate']);
    const back = decodeSegment(encodeSegment(odd));
    expect(differing(back, odd)).toEqual([]);
    const index = createSearchIndex();
    index.load(back);
    expect(index.search('"broken \ud800 surrogate"').ids).toEqual([one!.id]);
    expect(index.search('surrogate').ids).toEqual([one!.id]);
  });

  it('pages and filters by the platform toggles like the reference', () => {
    const reopened = loaded(segment, reference.states);
    for (const query of queries.slice(0, 40)) {
      const expected = reference.search(query, ['bluesky', 'mastodon']);
      const page = reopened.search(query, { limit: 30, offset: 20, platforms: ['bluesky', 'mastodon'] });
      expect({ query, ...page }).toEqual({ query, ids: expected.slice(20, 50), total: expected.length });
    }
  });
});
