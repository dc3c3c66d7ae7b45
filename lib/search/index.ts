import type { Post } from '../post';
import { compileQuery } from './compile';
import { FIELD_SEPARATOR, FLAGS, joinFields, userFields, type SearchUserState } from './haystack';
import { FeedOrder } from './feed-order';
import { runQuery, type IndexParts, type SearchOptions, type SearchResult } from './index-run';
import { PostTable } from './post-table';
import { Postings } from './postings';
import { parseQuery, type Query } from './query';
import { searchRowOf, type SearchRow } from './search-row';
import { emptySegment, type Segment } from './segment';
import { tokenize } from './tokens';

export { compareFeedOrder } from './feed-order';
export type { SearchUserState } from './haystack';
export type { SearchOptions, SearchResult } from './index-run';

/**
 * The feed's search index (chosen by measurement, see README.md): an inverted index of normalised
 * words → post ordinals with prefix lookup narrows a query to the posts that contain every word;
 * only what the words cannot decide alone (phrases, words with punctuation, CJK runs) is checked
 * on the post's normalised text; filters read compact facets. Results come in feed order (sortAt
 * descending, then id descending), with the total count. It holds no Post objects.
 *
 * Two halves: a loaded segment (segment.ts: the store's persisted index, read in one request and
 * queried as it is) and the posts added or changed since, in growable postings. A loaded post
 * whose captured text changes moves to the second half (a segment cannot change); its user words
 * (tags, note) are always in the second half.
 */
export interface SearchIndex {
  /** Adds posts, or replaces those already indexed (upsert by id). A post's user state is taken
   *  from `userStates` when given there, else the one it already has. */
  add(posts: readonly Post[], userStates?: ReadonlyMap<string, SearchUserState>): void;
  /** The same for rows the writer already made (search-row.ts). */
  addRows(rows: readonly SearchRow[], userStates?: ReadonlyMap<string, SearchUserState>): void;
  /** Removes posts (pruned or deleted) and forgets their user state; unknown ids are ignored. */
  remove(ids: Iterable<string>): void;
  /** Sets or (undefined) clears a post's user state: saved, tags and note are searchable. */
  setUserState(id: string, state: SearchUserState | undefined): void;
  /** Replaces every post with a segment's (which the index then owns); user states stay. */
  load(segment: Segment): void;
  /** Answers a query (parsed or as typed). */
  search(query: Query | string, options?: SearchOptions): SearchResult;
  /** Runs the heaviest kind of query once so its loops are compiled before the user's first
   *  keystroke (cold, a one-letter prefix took 60–110 ms here; warm, under 10), and gives back
   *  the growable lists' slack after a bulk load. */
  warmUp(): void;
  /** How many posts are indexed. */
  readonly size: number;
}

/** A one-letter query touching most postings. */
const WARM_UP = compileQuery(parseQuery('e -a'));

function haystackFor(text: string, state: SearchUserState | undefined): string {
  const user = joinFields(userFields(state));
  return user.length > 0 ? text + FIELD_SEPARATOR + user : text;
}

const flagsFor = (flags: number, state: SearchUserState | undefined): number =>
  state?.savedAt !== undefined ? flags | FLAGS.saved : flags & ~FLAGS.saved;

export function createSearchIndex(): SearchIndex {
  const userStates = new Map<string, SearchUserState>();
  let base = emptySegment();
  let table = new PostTable();
  let postings = new Postings();
  let order = new FeedOrder(table);
  const scratch = { stamps: new Uint32Array(0) };

  /** Moves an ordinal's postings from the words of one haystack to those of another. For a
   *  loaded post only its user words differ (its captured words are in the segment): they move. */
  function retoken(ordinal: number, from: string, to: string): void {
    if (from === to) return;
    const old = new Set(tokenize(from));
    const next = new Set(tokenize(to));
    const gone: string[] = [];
    for (const token of old) if (!next.has(token)) gone.push(token);
    postings.removeOrdinals(gone, (candidate) => candidate === ordinal);
    for (const token of next) if (!old.has(token)) postings.add(token, ordinal);
  }

  /** The words an ordinal has in the growable postings: all of them, or a loaded post's user words. */
  function ownWords(ordinal: number): string[] {
    const haystack = table.haystack(ordinal);
    return tokenize(ordinal < table.baseSize ? haystack.slice(table.captured(ordinal).length) : haystack);
  }

  /** Drops rows and their growable postings (one pass per affected word, however many go). */
  function forget(ordinals: readonly number[]): void {
    if (ordinals.length === 0) return;
    const dead = new Set(ordinals);
    const words = new Set<string>();
    for (const ordinal of ordinals) for (const word of ownWords(ordinal)) words.add(word);
    postings.removeOrdinals(words, (ordinal) => dead.has(ordinal));
    for (const ordinal of ordinals) table.delete(ordinal);
  }

  function setRow(row: SearchRow, added: Set<number>, dropped: number[]): void {
    const state = userStates.get(row.id);
    const haystack = haystackFor(row.text, state);
    const flags = flagsFor(row.flags, state);
    const existing = table.ordinal(row.id);
    if (existing !== undefined) {
      if (existing >= table.baseSize || table.captured(existing) === row.text) {
        // An upsert (a re-capture, an edit): move only the words that changed, then the row.
        const previousSortAt = table.sortAt[existing];
        retoken(existing, table.haystack(existing), haystack);
        table.set(row, haystack, flags);
        if (previousSortAt !== row.sortAt) {
          dropped.push(existing);
          added.add(existing);
        }
        return;
      }
      // A loaded post's captured words changed: its segment postings cannot, so it gets a new ordinal.
      forget([existing]);
      dropped.push(existing);
    }
    const ordinal = table.set(row, haystack, flags);
    // A post's words are added together, so a repeated word is caught by Postings.add itself.
    for (const token of tokenize(haystack)) postings.add(token, ordinal);
    added.add(ordinal);
  }

  function addRows(rows: readonly SearchRow[], states?: ReadonlyMap<string, SearchUserState>): void {
    const added = new Set<number>();
    const dropped: number[] = [];
    for (const row of rows) {
      const state = states?.get(row.id);
      if (state) userStates.set(row.id, state);
      setRow(row, added, dropped);
    }
    if (dropped.length > 0) {
      const out = new Set(dropped);
      order.removeWhere((ordinal) => out.has(ordinal));
    }
    if (added.size > 0) order.add([...added]);
  }

  function remove(idsToRemove: Iterable<string>): void {
    const dead: number[] = [];
    for (const id of idsToRemove) {
      userStates.delete(id);
      const ordinal = table.ordinal(id);
      if (ordinal !== undefined) dead.push(ordinal);
    }
    if (dead.length === 0) return;
    forget(dead);
    const out = new Set(dead);
    order.removeWhere((ordinal) => out.has(ordinal));
  }

  /** Applies a post's user state to its row: its user words and the saved flag. */
  function applyUserState(ordinal: number, state: SearchUserState | undefined): void {
    const captured = table.captured(ordinal);
    const haystack = haystackFor(captured, state);
    retoken(ordinal, table.haystack(ordinal), haystack);
    table.setHaystack(ordinal, haystack, captured.length);
    table.flags[ordinal] = flagsFor(table.flags[ordinal]!, state);
  }

  function setUserState(id: string, state: SearchUserState | undefined): void {
    if (state) userStates.set(id, state);
    else userStates.delete(id);
    const ordinal = table.ordinal(id);
    if (ordinal !== undefined) applyUserState(ordinal, state);
  }

  function load(segment: Segment): void {
    base = segment;
    table = new PostTable(segment);
    postings = new Postings();
    order = new FeedOrder(table, segment.ids.length);
    for (const [id, state] of userStates) {
      const ordinal = table.ordinal(id);
      if (ordinal !== undefined) applyUserState(ordinal, state);
    }
  }

  const parts = (): IndexParts => ({ base, postings, table, order: order.read(), scratch });

  return {
    add: (posts, states) => addRows(posts.map(searchRowOf), states),
    addRows,
    remove,
    setUserState,
    load,
    search: (input, options = {}) =>
      runQuery(parts(), compileQuery(typeof input === 'string' ? parseQuery(input) : input), options),
    warmUp() {
      postings.trim();
      runQuery(parts(), WARM_UP, {});
    },
    get size() {
      return table.size;
    },
  };
}
