import type { Platform } from '../post';
import type { CompiledQuery, CompiledTerm } from './compile';
import { matchesText } from './matcher';
import type { PostTable } from './post-table';
import type { Postings } from './postings';
import { passesRow, rowFilter } from './row-filter';
import { stampSegment, type Segment } from './segment';

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

/** What a query reads: the loaded segment's postings, those added since, the rows and their order. */
export interface IndexParts {
  base: Segment;
  postings: Postings;
  table: PostTable;
  order: readonly number[];
  /** Per ordinal, the lookups passed so far: reused from query to query (one per index). */
  scratch: { stamps: Uint32Array };
}

/** The stamp of a post an excluded word knocked out (never a count of lookups). */
const KNOCKED_OUT = 0xffffffff;

/** One word lookup in both halves of the index: an ordinal is in one of them, or in both for a
 *  loaded post whose user words (tags, note) were added since; a lookup counts once either way. */
function stamp(parts: IndexParts, token: string, prefix: boolean, from: number, to: number): void {
  stampSegment(parts.base, token, prefix, parts.scratch.stamps, from, to);
  parts.postings.stamp(token, prefix, parts.scratch.stamps, from, to);
}

/**
 * Stamps each post with how many of the query's word lookups it passed in a row: a post whose
 * stamp reaches the number of lookups contains every word. Exact excluded words then knock
 * their posts out. No per-query allocation beyond one reused array; no sorted-list merging.
 */
function markTerms(parts: IndexParts, query: CompiledQuery): number {
  const { scratch, table } = parts;
  if (scratch.stamps.length < table.capacity)
    scratch.stamps = new Uint32Array(Math.ceil(Math.max(table.capacity, 1024) * 1.25));
  else scratch.stamps.fill(0);
  let required = 0;
  for (const term of query.terms) {
    for (const token of term.tokens) {
      stamp(parts, token, !term.phrase, required, required + 1);
      required += 1;
    }
  }
  for (const term of query.excluded) {
    if (term.exact) stamp(parts, term.tokens[0]!, true, required, KNOCKED_OUT);
  }
  return required;
}

/** Walks the feed order, keeping posts whose stamp says every word is there and that pass the rest. */
export function runQuery(parts: IndexParts, query: CompiledQuery, options: SearchOptions): SearchResult {
  const required = markTerms(parts, query);
  const { table, order } = parts;
  const { stamps } = parts.scratch;
  const limit = options.limit ?? 50;
  const offset = options.offset ?? 0;
  const filter = rowFilter(query, table, options.platforms);
  // What the postings decided exactly is not checked again on the text.
  const inexact = (terms: CompiledTerm[]) => terms.filter((term) => !term.exact);
  const verify = { ...query, terms: inexact(query.terms), excluded: inexact(query.excluded) };
  const verifyText = verify.terms.length > 0 || verify.excluded.length > 0;
  const page: string[] = [];
  let total = 0;
  for (let position = 0; position < order.length; position += 1) {
    const ordinal = order[position]!;
    if (stamps[ordinal] !== required || !passesRow(filter, table, ordinal)) continue;
    if (verifyText && !matchesText(verify, table.haystack(ordinal))) continue;
    if (total >= offset && page.length < limit) page.push(table.ids[ordinal]!);
    total += 1;
  }
  return { ids: page, total };
}
