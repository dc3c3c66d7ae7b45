import type { Platform, Post } from '../post';
import { compileQuery, type CompiledQuery, type CompiledTerm } from './compile';
import {
  capturedFields,
  facetsOf,
  FIELD_SEPARATOR,
  FLAGS,
  joinFields,
  userFields,
  type SearchUserState,
} from './haystack';
import { FeedOrder } from './feed-order';
import { matchesText } from './matcher';
import { PostTable } from './post-table';
import { passesRow, rowFilter } from './row-filter';
import { Postings } from './postings';
import { parseQuery, type Query } from './query';
import { tokenize } from './tokens';

export { compareFeedOrder } from './feed-order';
export type { SearchUserState } from './haystack';

/**
 * The in-memory search index of the feed (chosen by measurement, see scripts/bench/search.ts):
 * an inverted index of normalised words → post ordinals with prefix lookup narrows a query to
 * the posts that contain every word; only what the words cannot decide alone (phrases, words with
 * punctuation, CJK runs) is checked on the post's normalised text; filters read compact facets.
 * Results come in feed order (sortAt descending, then id descending), with the total count.
 * It holds no Post objects: per post its id, normalised text, facets and its words' postings.
 */

export interface SearchOptions {
  /** How many ids to return (default 50). */
  limit?: number;
  /** How many matching posts to skip first (paging; default 0). */
  offset?: number;
  /** The platform toggles: only these (undefined = all). */
  platforms?: readonly Platform[];
}

export interface SearchResult {
  /** Matching post ids in feed order, `offset` to `offset + limit`. */
  ids: string[];
  /** How many posts match in all. */
  total: number;
}

export interface SearchIndex {
  /** Adds posts, or replaces those already indexed (upsert by id). A post's user state is taken
   *  from `userStates` when given there, else the one it already has. */
  add(posts: readonly Post[], userStates?: ReadonlyMap<string, SearchUserState>): void;
  /** Removes posts (pruned or deleted) and forgets their user state; unknown ids are ignored. */
  remove(ids: Iterable<string>): void;
  /** Sets or (undefined) clears a post's user state: saved, tags and note are searchable. */
  setUserState(id: string, state: SearchUserState | undefined): void;
  /** Answers a query (parsed or as typed). */
  search(query: Query | string, options?: SearchOptions): SearchResult;
  /** How many posts are indexed. */
  readonly size: number;
}

/** Up to this many posts per add, each is inserted in feed order; more are sorted once, lazily. */
const INSERT_IN_PLACE_MAX = 256;
/** The stamp of a post an excluded word knocked out (never a count of lookups). */
const KNOCKED_OUT = 0xffffffff;
/** A one-letter query touching most postings, whose first run compiles the hot loops. */
const WARM_UP = compileQuery(parseQuery('e -a'));

export function createSearchIndex(): SearchIndex {
  const table = new PostTable();
  const postings = new Postings();
  const userStates = new Map<string, SearchUserState>();
  const order = new FeedOrder(table);
  let stamps = new Uint32Array(0);
  let warm = false;

  /** Moves an ordinal's postings from the words of one haystack to those of another. */
  function retoken(ordinal: number, from: string, to: string): void {
    if (from === to) return;
    const old = new Set(tokenize(from));
    const next = new Set(tokenize(to));
    const gone: string[] = [];
    for (const token of old) if (!next.has(token)) gone.push(token);
    postings.removeOrdinals(gone, (candidate) => candidate === ordinal);
    for (const token of next) if (!old.has(token)) postings.add(token, ordinal);
  }

  function setPost(post: Post, inPlace: boolean): void {
    const state = userStates.get(post.id);
    const captured = joinFields(capturedFields(post));
    const user = joinFields(userFields(state));
    const haystack = user.length > 0 ? captured + FIELD_SEPARATOR + user : captured;
    const existing = table.ordinal(post.id);
    if (existing === undefined) {
      const ordinal = table.set(post.id, haystack, captured.length, facetsOf(post, state));
      // A post's words are added together, so a repeated word is caught by Postings.add itself.
      for (const token of tokenize(haystack)) postings.add(token, ordinal);
      order.add(ordinal, inPlace);
      return;
    }
    // An upsert (a re-capture, an edit): move only the words that changed, then the row.
    const previousSortAt = table.sortAt[existing];
    retoken(existing, table.haystacks[existing]!, haystack);
    table.set(post.id, haystack, captured.length, facetsOf(post, state));
    if (previousSortAt !== post.sortAt) order.move(existing);
  }

  function add(posts: readonly Post[], states?: ReadonlyMap<string, SearchUserState>): void {
    const inPlace = posts.length <= INSERT_IN_PLACE_MAX;
    for (const post of posts) {
      const state = states?.get(post.id);
      if (state) userStates.set(post.id, state);
      setPost(post, inPlace);
    }
  }

  function remove(idsToRemove: Iterable<string>): void {
    const dead = new Uint8Array(table.capacity);
    const tokens = new Set<string>();
    let removed = 0;
    for (const id of idsToRemove) {
      userStates.delete(id);
      const ordinal = table.ordinal(id);
      if (ordinal === undefined) continue;
      dead[ordinal] = 1;
      removed += 1;
      for (const token of tokenize(table.haystacks[ordinal]!)) tokens.add(token);
      table.delete(ordinal);
    }
    if (removed === 0) return;
    // One pass over each affected list, however many posts go (pruning removes thousands at once).
    postings.removeOrdinals(tokens, (ordinal) => dead[ordinal] === 1);
    order.removeWhere((ordinal) => dead[ordinal] === 1);
  }

  function setUserState(id: string, state: SearchUserState | undefined): void {
    if (state) userStates.set(id, state);
    else userStates.delete(id);
    const ordinal = table.ordinal(id);
    if (ordinal === undefined) return;
    const old = table.haystacks[ordinal]!;
    const captured = old.slice(0, table.capturedLength[ordinal]);
    const user = joinFields(userFields(state));
    const haystack = user.length > 0 ? captured + FIELD_SEPARATOR + user : captured;
    retoken(ordinal, old, haystack);
    table.haystacks[ordinal] = haystack;
    const flags = table.flags[ordinal]!;
    table.flags[ordinal] = state?.savedAt !== undefined ? flags | FLAGS.saved : flags & ~FLAGS.saved;
  }

  /**
   * Stamps each post with how many of the query's word lookups it passed in a row: a post whose
   * stamp reaches the number of lookups contains every word. Exact excluded words then knock
   * their posts out. No per-query allocation beyond one reused array; no sorted-list merging.
   */
  function markTerms(query: CompiledQuery): number {
    if (stamps.length < table.capacity)
      stamps = new Uint32Array(Math.ceil(Math.max(table.capacity, 1024) * 1.25));
    else stamps.fill(0);
    let required = 0;
    for (const term of query.terms) {
      for (const token of term.tokens) {
        postings.stamp(token, !term.phrase, stamps, required, required + 1);
        required += 1;
      }
    }
    for (const term of query.excluded) {
      if (term.exact) postings.stamp(term.tokens[0]!, true, stamps, required, KNOCKED_OUT);
    }
    return required;
  }

  function search(input: Query | string, options: SearchOptions = {}): SearchResult {
    const query = compileQuery(typeof input === 'string' ? parseQuery(input) : input);
    const { ordinals, sorted } = order.read();
    if (sorted) {
      // A bulk load ended (the panel opened): give back the lists' doubling slack, and (once) run
      // the heaviest kind of query so its loops are compiled before the user's first keystroke
      // (cold, a one-letter prefix took 60–110 ms here; warm, under 10).
      postings.trim();
      if (!warm) run(WARM_UP, ordinals, {});
      warm = true;
    }
    return run(query, ordinals, options);
  }

  function run(query: CompiledQuery, ordinals: readonly number[], options: SearchOptions): SearchResult {
    const required = markTerms(query);
    const limit = options.limit ?? 50;
    const offset = options.offset ?? 0;
    const filter = rowFilter(query, table, options.platforms);
    // What the postings decided exactly is not checked again on the text.
    const inexact = (terms: CompiledTerm[]) => terms.filter((term) => !term.exact);
    const verify = { ...query, terms: inexact(query.terms), excluded: inexact(query.excluded) };
    const verifyText = verify.terms.length > 0 || verify.excluded.length > 0;
    const page: string[] = [];
    let total = 0;
    for (let position = 0; position < ordinals.length; position += 1) {
      const ordinal = ordinals[position]!;
      if (stamps[ordinal] !== required || !passesRow(filter, table, ordinal)) continue;
      if (verifyText && !matchesText(verify, table.haystacks[ordinal]!)) continue;
      if (total >= offset && page.length < limit) page.push(table.ids[ordinal]!);
      total += 1;
    }
    return { ids: page, total };
  }

  return {
    add,
    remove,
    setUserState,
    search,
    get size() {
      return table.size;
    },
  };
}
