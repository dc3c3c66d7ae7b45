/**
 * X escapes `&`, `<` and `>` in tweet text (`full_text`, note tweets) as HTML entities; the stored
 * text is plain, so they are decoded. Only the named entities X emits plus numeric references:
 * this is not a general HTML decoder, and an unknown `&name;` stays as written.
 * Shared by the network parser; usable by any X reader that meets escaped text.
 */

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeHtmlEntities(input: string): string {
  if (!input.includes('&')) return input;
  return input.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,4});/gi, (whole, body: string) => {
    if (body.startsWith('#')) {
      const hex = body[1] === 'x' || body[1] === 'X';
      const code = Number.parseInt(body.slice(hex ? 2 : 1), hex ? 16 : 10);
      // Lone surrogates and out-of-range values would make an invalid string: keep them as written.
      if (!Number.isFinite(code) || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) || code === 0) {
        return whole;
      }
      return String.fromCodePoint(code);
    }
    return NAMED[body.toLowerCase()] ?? whole;
  });
}
