import type { Platform } from '../post';
import { FLAGS } from './haystack';
import { normalizeText } from './normalize';
import type { Query, Term } from './query';
import { isWordAt, isWordBefore, tokenize } from './tokens';

/** A term ready to match: normalised, with the words the index looks up. */
export interface CompiledTerm {
  phrase: boolean;
  /** Normalised text. */
  text: string;
  /** Its words (tokens.ts); every one appears in any post that matches. */
  tokens: string[];
  /** It starts with a word character: it may not start inside a word of the text. */
  startsWord: boolean;
  /** (Phrases) it ends with a word character: it may not end inside a word of the text. */
  endsWord: boolean;
  /** A single plain word: "some word of the post starts with it" is the whole test. */
  exact: boolean;
}

export interface CompiledQuery {
  terms: CompiledTerm[];
  excluded: CompiledTerm[];
  from: string[];
  notFrom: string[];
  platforms: Platform[];
  notPlatforms: Platform[];
  hasMask: number;
  notHasMask: number;
  /** Inclusive lower bound on sortAt (local midnight of the since: day). */
  since?: number;
  /** Exclusive upper bound on sortAt (local midnight after the until: day). */
  until?: number;
}

function compileTerm(term: Term): CompiledTerm | undefined {
  const text = normalizeText(term.text).trim();
  if (text.length === 0) return undefined;
  const tokens = tokenize(text);
  const phrase = term.kind === 'phrase';
  return {
    phrase,
    text,
    tokens,
    startsWord: isWordAt(text, 0),
    endsWord: phrase && isWordBefore(text, text.length),
    exact: !phrase && tokens.length === 1 && tokens[0] === text,
  };
}

function localDay(date: string, addDays: number): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(year, month - 1, day + addDays).getTime();
}

const compiled = new WeakMap<Query, CompiledQuery>();

/** Compiles a parsed query (memoised per query object, so a scan compiles once: treat a Query as immutable). */
export function compileQuery(query: Query): CompiledQuery {
  const cached = compiled.get(query);
  if (cached) return cached;
  const terms = (list: Term[]) => list.map(compileTerm).filter((t): t is CompiledTerm => t !== undefined);
  const mask = (values: readonly (keyof typeof FLAGS)[]) =>
    values.reduce((bits, value) => bits | FLAGS[value], 0);
  const result: CompiledQuery = {
    terms: terms(query.terms),
    excluded: terms(query.excluded),
    from: query.from.map((handle) => handle.toLowerCase()),
    notFrom: query.notFrom.map((handle) => handle.toLowerCase()),
    platforms: query.platforms,
    notPlatforms: query.notPlatforms,
    hasMask: mask(query.has) | mask(query.is),
    notHasMask: mask(query.notHas) | mask(query.notIs),
    since: query.since ? localDay(query.since, 0) : undefined,
    until: query.until ? localDay(query.until, 1) : undefined,
  };
  compiled.set(query, result);
  return result;
}
