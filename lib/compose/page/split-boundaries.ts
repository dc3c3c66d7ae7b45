import { graphemes } from '../unicode';
import { insideRange, unbreakableRanges } from './unbreakable';

/** Where a thread may be cut, best first: sentence ends, then word ends, then any grapheme. */
export interface Boundaries {
  sentence: number[];
  word: number[];
  grapheme: number[];
}

const sentenceSegmenter = new Intl.Segmenter(undefined, { granularity: 'sentence' });

/**
 * Every candidate cut position (UTF-16 index, ascending) of each kind. A cut at `i` ends a part
 * with text.slice(…, i); none falls inside a URL, mention, hashtag or grapheme cluster.
 */
export function findBoundaries(text: string): Boundaries {
  const ranges = unbreakableRanges(text);
  const keep = (list: number[]) =>
    [...new Set(list)].filter((i) => i > 0 && !insideRange(ranges, i)).sort((a, b) => a - b);
  const sentence = Array.from(sentenceSegmenter.segment(text), (s) => s.index + s.segment.length);
  const word = Array.from(text.matchAll(/\s+/g), (m) => m.index);
  word.push(text.length);
  const grapheme = graphemes(text).map((g) => g.index + g.segment.length);
  return { sentence: keep(sentence), word: keep(word), grapheme: keep(grapheme) };
}
