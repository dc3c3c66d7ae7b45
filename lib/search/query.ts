import { PLATFORMS, type Platform } from '../post';
import { isHandle } from './handle';

/**
 * The search box syntax, parsed into a plain object (serialisable; the matcher compiles it).
 * Parsing never fails: anything that is not valid syntax is searched for as a word, and an
 * operator or `-` with nothing after it yet (mid-typing) is ignored. See SEARCH_SYNTAX_HELP.
 */

export const HAS_VALUES = ['media', 'photo', 'video', 'link', 'poll'] as const;
export type HasValue = (typeof HAS_VALUES)[number];
export const IS_VALUES = ['saved', 'repost', 'quote', 'reply'] as const;
export type IsValue = (typeof IS_VALUES)[number];

/** A text term: a word (matches the start of a word) or a quoted phrase (whole words). */
export interface Term {
  kind: 'word' | 'phrase';
  /** As typed (without quotes or a leading `-`); compared after normalisation. */
  text: string;
}

export interface Query {
  /** All must match. */
  terms: Term[];
  /** None may match (`-word`, `-"a phrase"`). */
  excluded: Term[];
  /** Handles without @, as typed; any of them (OR). */
  from: string[];
  /** Handles none of which may be the author (`-from:`). */
  notFrom: string[];
  /** Any of them (OR); empty = all platforms. */
  platforms: Platform[];
  notPlatforms: Platform[];
  /** All of them. */
  has: HasValue[];
  notHas: HasValue[];
  /** All of them. */
  is: IsValue[];
  notIs: IsValue[];
  /** `YYYY-MM-DD`, local date, inclusive (the latest one given wins). */
  since?: string;
  /** `YYYY-MM-DD`, local date, inclusive of that whole day (the earliest one given wins). */
  until?: string;
}

export function emptyQuery(): Query {
  return {
    terms: [],
    excluded: [],
    from: [],
    notFrom: [],
    platforms: [],
    notPlatforms: [],
    has: [],
    notHas: [],
    is: [],
    notIs: [],
  };
}

/** A real calendar date written YYYY-MM-DD (2025-02-30 is not). */
export function isValidDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(year, month - 1, day);
  return date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day;
}

function pushUnique<T>(list: T[], value: T): void {
  if (!list.includes(value)) list.push(value);
}

/** Applies `name:value` to the query; false when it is not a valid operator (then it is a word). */
function applyOperator(query: Query, name: string, value: string, negated: boolean): boolean {
  const lower = value.toLowerCase();
  switch (name) {
    case 'from': {
      const handle = value.replace(/^@/, '');
      if (handle.length === 0) return true; // "from:@" still being typed
      if (!isHandle(handle)) return false;
      pushUnique(negated ? query.notFrom : query.from, handle);
      return true;
    }
    case 'platform':
      if (!(PLATFORMS as readonly string[]).includes(lower)) return false;
      pushUnique(negated ? query.notPlatforms : query.platforms, lower as Platform);
      return true;
    case 'has':
      if (!(HAS_VALUES as readonly string[]).includes(lower)) return false;
      pushUnique(negated ? query.notHas : query.has, lower as HasValue);
      return true;
    case 'is':
      if (!(IS_VALUES as readonly string[]).includes(lower)) return false;
      pushUnique(negated ? query.notIs : query.is, lower as IsValue);
      return true;
    case 'since':
    case 'until':
      if (negated || !isValidDate(value)) return false;
      if (name === 'since' && (query.since === undefined || value > query.since)) query.since = value;
      if (name === 'until' && (query.until === undefined || value < query.until)) query.until = value;
      return true;
    default:
      return false;
  }
}

const OPERATOR = /^(from|platform|has|is|since|until):(.*)$/i;

/** Parses the search box text. Never throws; empty or blank input gives an empty query (matches all). */
export function parseQuery(input: string): Query {
  const query = emptyQuery();
  let index = 0;
  while (index < input.length) {
    while (index < input.length && /\s/.test(input[index]!)) index += 1;
    if (index >= input.length) break;
    const negated = input[index] === '-';
    if (negated) index += 1;
    if (input[index] === '"') {
      // A phrase runs to the closing quote, or to the end when the quote is never closed.
      const close = input.indexOf('"', index + 1);
      const end = close === -1 ? input.length : close;
      const text = input
        .slice(index + 1, end)
        .trim()
        .replace(/\s+/g, ' ');
      index = end + 1;
      if (text.length > 0) (negated ? query.excluded : query.terms).push({ kind: 'phrase', text });
      continue;
    }
    let end = index;
    while (end < input.length && !/\s/.test(input[end]!)) end += 1;
    const token = input.slice(index, end);
    index = end;
    if (token.length === 0) continue; // a lone "-": the user is about to type what to exclude
    const operator = OPERATOR.exec(token);
    if (operator) {
      const name = operator[1]!.toLowerCase();
      const value = operator[2]!;
      if (value.length === 0) continue; // "from:" still being typed
      if (applyOperator(query, name, value, negated)) continue;
    }
    (negated ? query.excluded : query.terms).push({ kind: 'word', text: token });
  }
  return query;
}

/** True when the query has no condition at all (shows everything). */
export function isEmptyQuery(query: Query): boolean {
  const lists = [query.terms, query.excluded, query.from, query.notFrom, query.platforms, query.notPlatforms];
  const more = [query.has, query.notHas, query.is, query.notIs];
  return [...lists, ...more].every((list) => list.length === 0) && !query.since && !query.until;
}
