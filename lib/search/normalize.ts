/**
 * The one normaliser for searchable text and for query words, so both sides compare alike.
 *
 * What it folds:
 * - Unicode compatibility forms (NFKD): full-width "ＡＢＣ" → "abc", ligatures "ﬁ" → "fi",
 *   superscripts "²" → "2", precomposed letters split into letter + combining mark.
 * - Combining marks (\p{M}) are dropped: "café" → "cafe", "Dvořák" → "dvorak", "❤️" loses its
 *   variation selector, kana their voicing marks ("ガ" → "カ"), Thai its vowel signs. Hangul
 *   syllables become their jamo (so a search for a syllable finds it inside others: "서" → "석").
 *   Emoji themselves are kept.
 * - Case: `toLowerCase()`, which is locale-independent (no Turkish dotted/dotless i rules).
 * - Letters NFKD does not decompose, folded to what a user would type on a plain keyboard:
 *   ß → ss, æ → ae, œ → oe, ø → o, đ/ð → d, þ → th, ł → l, ı → i, ħ → h, ŧ → t, and the Greek final
 *   sigma ς → σ (so a word's last letter compares like any other).
 * - Every run of whitespace (spaces, tabs, newlines, no-break spaces) becomes one space.
 * Nothing else (punctuation, symbols, CJK, other scripts) is changed.
 */

const FOLDS: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ł: 'l',
  ı: 'i',
  ħ: 'h',
  ŧ: 't',
  ς: 'σ',
};
const FOLD_PATTERN = /[ßæœøđðþłıħŧς]/g;
const MARKS = /\p{M}/gu;
const WHITESPACE = /\s+/g;
/** Whitespace other than a single space: only then is the (costly) collapsing replace needed. */
const ODD_WHITESPACE = /[^\S ]| {2}/;
const ASCII = /^\p{ASCII}*$/u;

/** Normalises a string as described above. */
export function normalizeText(input: string): string {
  // Most captured text is ASCII: skip NFKD and the mark/fold passes, which cost ~5x more.
  const folded = ASCII.test(input)
    ? input.toLowerCase()
    : input
        .normalize('NFKD')
        .toLowerCase()
        .replace(MARKS, '')
        .replace(FOLD_PATTERN, (letter) => FOLDS[letter] ?? letter);
  return ODD_WHITESPACE.test(folded) ? folded.replace(WHITESPACE, ' ') : folded;
}

/** Normalised text plus, per UTF-16 unit of it, the range of the original text it came from. */
export interface NormalizedWithMap {
  text: string;
  /** `start[i]`: original offset of the code point that produced normalised unit i. */
  start: Uint32Array;
  /** `end[i]`: original offset just past it (including marks and spaces folded into it). */
  end: Uint32Array;
}

function normalizeCodePoint(char: string): string {
  if (char.length === 1 && char.charCodeAt(0) < 0x80) return char.toLowerCase();
  const folded = char.normalize('NFKD').toLowerCase().replace(MARKS, '');
  return folded.replace(FOLD_PATTERN, (letter) => FOLDS[letter] ?? letter);
}

/**
 * Normalises code point by code point, recording where each output unit came from, so a match
 * found in normalised text maps back to a range of the original (for highlighting). The text is
 * the same as `normalizeText` gives for the same input. Something that normalises to nothing (a
 * combining mark, the 2nd space of a run) extends the range of the unit before it.
 */
export function normalizeWithMap(input: string): NormalizedWithMap {
  if (ASCII.test(input) && !ODD_WHITESPACE.test(input)) {
    // Plain ASCII with single spaces: one unit in, one out (the common case when rendering).
    const start = new Uint32Array(input.length);
    const end = new Uint32Array(input.length);
    for (let index = 0; index < input.length; index += 1) {
      start[index] = index;
      end[index] = index + 1;
    }
    return { text: input.toLowerCase(), start, end };
  }
  const parts: string[] = [];
  const start: number[] = [];
  const end: number[] = [];
  let previousSpace = false;
  let offset = 0;
  for (const char of input) {
    const next = offset + char.length;
    let out = /\s/.test(char) ? ' ' : normalizeCodePoint(char);
    if (out === ' ' && previousSpace) out = '';
    if (out.length > 0) previousSpace = out === ' ';
    for (let unit = 0; unit < out.length; unit += 1) {
      start.push(offset);
      end.push(next);
    }
    if (out.length === 0 && end.length > 0) end[end.length - 1] = next;
    parts.push(out);
    offset = next;
  }
  return { text: parts.join(''), start: Uint32Array.from(start), end: Uint32Array.from(end) };
}
