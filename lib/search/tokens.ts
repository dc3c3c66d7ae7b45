/**
 * Words of normalised text, and where a word starts and ends. Shared by the matcher (which finds
 * query words in text) and the index (which stores the words of each post), so that for a plain
 * query word the index's answer is exactly the matcher's.
 *
 * - A word is a run of letters and numbers (\p{L}, \p{N}). Everything else separates words, so
 *   `@alice`, `#rust`, `john_doe`, `example.com/path` are words with separators between them, and
 *   a query word with the same punctuation finds them as a substring (see matcher).
 * - Scripts written without spaces (Han, Hiragana, Katakana, Thai, Lao, Khmer, Myanmar) and emoji
 *   are one word per character: any character there can start a match, so "京" finds "東京".
 */

const STANDALONE_CLASS =
  '\\p{scx=Han}\\p{scx=Hiragana}\\p{scx=Katakana}\\p{scx=Thai}\\p{scx=Lao}\\p{scx=Khmer}\\p{scx=Myanmar}\\p{Extended_Pictographic}';
const RUNS = /[\p{L}\p{N}\p{Extended_Pictographic}]+/gu;
const HAS_STANDALONE = new RegExp(`[${STANDALONE_CLASS}]`, 'u');
const SPLIT_STANDALONE = new RegExp(`[${STANDALONE_CLASS}]|[^${STANDALONE_CLASS}]+`, 'gu');
const ASCII_RUN = /^\p{ASCII}*$/u;
/** ASCII words: runs of letters and digits (the fast path of the same rule). */
const ASCII_RUNS = /[a-zA-Z0-9]+/g;
const WORD_CHAR = new RegExp(`^(?![${STANDALONE_CLASS}])[\\p{L}\\p{N}]`, 'u');

/** The words of normalised text, in order, with repeats. */
export function tokenize(normalized: string): string[] {
  if (ASCII_RUN.test(normalized)) return normalized.match(ASCII_RUNS) ?? [];
  const runs = normalized.match(RUNS) ?? [];
  if (!HAS_STANDALONE.test(normalized)) return runs;
  const tokens: string[] = [];
  for (const run of runs) {
    if (HAS_STANDALONE.test(run)) tokens.push(...(run.match(SPLIT_STANDALONE) ?? []));
    else tokens.push(run);
  }
  return tokens;
}

function isWordCode(code: number, text: string, index: number): boolean {
  if (code < 0x80)
    return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a);
  const point = text.codePointAt(index);
  return point !== undefined && WORD_CHAR.test(String.fromCodePoint(point));
}

/** Whether the code point starting at `index` is a word character (a letter or number that joins words). */
export function isWordAt(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false;
  return isWordCode(text.charCodeAt(index), text, index);
}

/** Whether the code point ending just before `index` is a word character. */
export function isWordBefore(text: string, index: number): boolean {
  if (index <= 0) return false;
  const last = text.charCodeAt(index - 1);
  const isLowSurrogate = last >= 0xdc00 && last <= 0xdfff && index >= 2;
  return isLowSurrogate ? isWordCode(0x10000, text, index - 2) : isWordCode(last, text, index - 1);
}
