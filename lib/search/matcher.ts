import type { Post } from '../post';
import { compileQuery, type CompiledQuery } from './compile';
import { facetsOf, haystackOf, type PostFacets, type SearchUserState } from './haystack';
import type { Query } from './query';
import { containsTerm } from './term-match';

export { highlightRanges } from './highlight';

/**
 * Whether a post matches a query: the reference semantics, which the index must reproduce.
 * - Words: all must occur, each at the start of a word of the searched text (haystack.ts lists
 *   what is searched), case- and accent-insensitively (normalize.ts).
 * - Phrases: whole words in order; `-word` / `-"phrase"`: must not occur.
 * - from: the author's or (for a repost) the reposter's handle, case-insensitive, any of several.
 * - platform: any of several; has:/is: all of several; negated ones: none of them.
 * - since:/until: compare the feed time (sortAt) with local-time day bounds, both days inclusive.
 */
export function matchesPost(query: Query, post: Post, userState?: SearchUserState): boolean {
  const compiled = compileQuery(query);
  const facets = facetsOf(post, userState);
  if (!matchesFacets(compiled, facets)) return false;
  return matchesText(compiled, haystackOf(post, userState));
}

/** The non-text conditions, on a post's facets. */
export function matchesFacets(query: CompiledQuery, facets: PostFacets): boolean {
  if (query.platforms.length > 0 && !query.platforms.includes(facets.platform)) return false;
  if (query.notPlatforms.includes(facets.platform)) return false;
  if ((facets.flags & query.hasMask) !== query.hasMask) return false;
  if ((facets.flags & query.notHasMask) !== 0) return false;
  if (query.since !== undefined && facets.sortAt < query.since) return false;
  if (query.until !== undefined && facets.sortAt >= query.until) return false;
  if (query.from.length > 0 && !isBy(query.from, facets)) return false;
  return !isBy(query.notFrom, facets);
}

function isBy(handles: readonly string[], facets: PostFacets): boolean {
  for (const handle of handles) if (handle === facets.author || handle === facets.reposter) return true;
  return false;
}

/** The words and phrases, on a post's normalised haystack. */
export function matchesText(query: CompiledQuery, haystack: string): boolean {
  for (const term of query.terms) if (!containsTerm(haystack, term)) return false;
  for (const term of query.excluded) if (containsTerm(haystack, term)) return false;
  return true;
}
