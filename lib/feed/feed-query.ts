import { parseQuery, type Query, type Term } from '../search/query';

/**
 * The query a feed view runs: the view's own query (a saved search), then what is typed in the
 * box, both in the search syntax; and the same query with the mute words added as exclusions, so
 * muted posts are hidden in every view and the difference of the two totals is "N muted".
 */
export function viewQuery(viewQueryText: string, boxText: string): Query {
  return parseQuery(`${viewQueryText} ${boxText}`.trim());
}

/** A mute word is matched like a search word; one with spaces is matched as a phrase. */
export function muteTerms(muteWords: readonly string[]): Term[] {
  return muteWords
    .map((word) => word.trim().replace(/\s+/g, ' '))
    .filter((word) => word.length > 0)
    .map((word) => ({ kind: word.includes(' ') ? 'phrase' : 'word', text: word }));
}

export function withMuted(query: Query, muteWords: readonly string[]): Query {
  const terms = muteTerms(muteWords);
  if (terms.length === 0) return query;
  return { ...query, excluded: [...query.excluded, ...terms] };
}
