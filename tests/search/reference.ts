import { expect } from 'vitest';
import type { Post } from '../../lib/post';
import { compileQuery } from '../../lib/search/compile';
import { facetsOf, haystackOf, type SearchUserState } from '../../lib/search/haystack';
import { compareFeedOrder, type SearchOptions, type SearchResult } from '../../lib/search/index';
import { matchesFacets, matchesText } from '../../lib/search/matcher';
import { parseQuery } from '../../lib/search/query';

/** The store the index must agree with: posts by id and user states by id. */
export class Reference {
  posts = new Map<string, Post>();
  states = new Map<string, SearchUserState>();
  private prepared = new Map<string, { haystack: string; facets: ReturnType<typeof facetsOf> }>();

  /** posts.filter(matchesPost) in feed order; the per-post haystack is cached (it is matchesPost's own). */
  search(input: string, platforms?: readonly string[]): string[] {
    const query = compileQuery(parseQuery(input));
    const hits: Post[] = [];
    for (const post of this.posts.values()) {
      if (platforms && !platforms.includes(post.platform)) continue;
      const state = this.states.get(post.id);
      let prepared = this.prepared.get(post.id);
      if (!prepared) {
        prepared = { haystack: haystackOf(post, state), facets: facetsOf(post, state) };
        this.prepared.set(post.id, prepared);
      }
      if (matchesFacets(query, prepared.facets) && matchesText(query, prepared.haystack)) hits.push(post);
    }
    return hits.sort(compareFeedOrder).map((post) => post.id);
  }

  invalidate(id: string): void {
    this.prepared.delete(id);
  }

  put(post: Post): void {
    this.posts.set(post.id, post);
    this.invalidate(post.id);
  }

  /** A deleted post loses its user state with it (as retention deletes both). */
  delete(id: string): void {
    this.posts.delete(id);
    this.states.delete(id);
    this.invalidate(id);
  }

  setState(id: string, state: SearchUserState | undefined): void {
    if (state) this.states.set(id, state);
    else this.states.delete(id);
    this.invalidate(id);
  }
}

export function expectSameResults(
  index: { search(query: string, options?: SearchOptions): SearchResult },
  reference: Reference,
  queries: readonly string[],
): number {
  let nonEmpty = 0;
  for (const query of queries) {
    const expected = reference.search(query);
    const result = index.search(query, { limit: 50 });
    expect({ query, total: result.total, ids: result.ids }).toEqual({
      query,
      total: expected.length,
      ids: expected.slice(0, 50),
    });
    if (expected.length > 0) nonEmpty += 1;
  }
  return nonEmpty;
}
