/**
 * Text measures the networks count by. Every index here is a UTF-16 code-unit index, the
 * unit a textarea's selection and String.slice use, so the UI can mark positions directly.
 */

const encoder = new TextEncoder();

/** Bytes the text takes as UTF-8 (what Bluesky's maxLength and Threads' emoji rule count). */
export function utf8Length(text: string): number {
  return encoder.encode(text).length;
}

export interface Grapheme {
  /** The user-perceived character: a ZWJ family, a flag, a letter with its combining marks. */
  segment: string;
  /** UTF-16 index where it starts. */
  index: number;
}

// One segmenter for the whole module: constructing one costs more than segmenting a post.
const graphemeSegmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Extended grapheme clusters by Unicode's rules (UAX #29), as the browser implements them. */
export function graphemes(text: string): Grapheme[] {
  return Array.from(graphemeSegmenter.segment(text), (s) => ({ segment: s.segment, index: s.index }));
}

export function graphemeCount(text: string): number {
  let n = 0;
  for (const _ of graphemeSegmenter.segment(text)) n += 1;
  return n;
}
