/**
 * Facets index the post text by UTF-8 BYTE offsets; Post entities are UTF-16 code-unit offsets of
 * the same text. This maps one to the other in two passes over the text, without encoding it:
 * `map[byte]` is the UTF-16 index where that byte starts a character, -1 when the byte is inside
 * a multi-byte character (a facet boundary there is misaligned), and `map[length]` the text's end.
 * A lone surrogate counts 3 bytes, as TextEncoder writes it (U+FFFD). Undefined for an all-ASCII
 * text, where every byte offset is its own UTF-16 offset.
 */
export function utf8Offsets(text: string): Int32Array | undefined {
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const width = charWidth(text, i);
    bytes += width;
    if (width === 4) i += 1;
  }
  // All ASCII (most English posts): bytes and UTF-16 units coincide, no map is needed.
  if (bytes === text.length) return undefined;
  const map = new Int32Array(bytes + 1).fill(-1);
  let byte = 0;
  for (let i = 0; i < text.length; i += 1) {
    map[byte] = i;
    const width = charWidth(text, i);
    byte += width;
    if (width === 4) i += 1;
  }
  map[bytes] = text.length;
  return map;
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
