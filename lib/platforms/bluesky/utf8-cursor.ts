/**
 * Facets index the post text by UTF-8 BYTE offsets; Post entities are UTF-16 code-unit offsets of
 * the same text. A cursor walks the text once, forward, converting byte offsets in increasing order
 * without encoding the text or building a table (the parser runs on the page's thread, and only a
 * few offsets per post are ever asked for). A lone surrogate counts 3 bytes, as TextEncoder writes
 * it (U+FFFD).
 */
export interface Utf8Cursor {
  text: string;
  /** The UTF-16 index reached… */
  unit: number;
  /** …and the UTF-8 byte offset it starts at. */
  byte: number;
}

export const INSIDE_A_CHARACTER = -1;
export const PAST_THE_END = -2;

export function utf8Cursor(text: string): Utf8Cursor {
  return { text, unit: 0, byte: 0 };
}

/**
 * The UTF-16 index where byte `target` starts a character (the text's length for its end), or
 * INSIDE_A_CHARACTER / PAST_THE_END. The cursor stops on the last character boundary at or before
 * the target, never past it, so a later call may ask for any offset from there on; targets must not
 * go below that (the caller takes facets in byte order and rewinds after dropping one).
 */
export function seekByte(cursor: Utf8Cursor, target: number): number {
  const { text } = cursor;
  while (cursor.byte < target) {
    if (cursor.unit >= text.length) return PAST_THE_END;
    const width = charWidth(text, cursor.unit);
    if (cursor.byte + width > target) return INSIDE_A_CHARACTER;
    cursor.byte += width;
    cursor.unit += width === 4 ? 2 : 1;
  }
  return cursor.byte === target ? cursor.unit : INSIDE_A_CHARACTER;
}

/** Back to a boundary already reached (a dropped facet's start). */
export function rewind(cursor: Utf8Cursor, unit: number, byte: number): void {
  cursor.unit = unit;
  cursor.byte = byte;
}

/** UTF-8 bytes of the character starting at UTF-16 index `i` (4 for a surrogate pair). */
function charWidth(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 0x80) return 1;
  if (code < 0x800) return 2;
  if (code >= 0xd800 && code <= 0xdbff) {
    const next = text.charCodeAt(i + 1);
    if (next >= 0xdc00 && next <= 0xdfff) return 4;
  }
  return 3;
}
