import type { CompiledTerm } from './compile';
import { isWordAt, isWordBefore } from './tokens';

/**
 * Where a compiled term occurs in normalised text. A word matches where a word of the text starts
 * (prefix semantics: "cross" finds "crossfeed", not "feed" in it); a phrase matches whole words at
 * both ends ("launch" in quotes does not find "launched").
 */
function isMatchAt(text: string, term: CompiledTerm, index: number): boolean {
  if (term.startsWord && isWordBefore(text, index)) return false;
  return !(term.endsWord && isWordAt(text, index + term.text.length));
}

/** Whether the term occurs in `text` (normalised). */
export function containsTerm(text: string, term: CompiledTerm): boolean {
  for (let index = text.indexOf(term.text); index !== -1; index = text.indexOf(term.text, index + 1)) {
    if (isMatchAt(text, term, index)) return true;
  }
  return false;
}

/** Every occurrence of the term in `text` (normalised) as [start, end) ranges of it. */
export function termRanges(text: string, term: CompiledTerm): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (let index = text.indexOf(term.text); index !== -1; index = text.indexOf(term.text, index + 1)) {
    if (isMatchAt(text, term, index)) ranges.push([index, index + term.text.length]);
  }
  return ranges;
}
