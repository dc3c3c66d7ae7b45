/**
 * Threads (like Instagram) names a post in its URL by a shortcode that is the media pk written in
 * base64url digits, most significant first. The DOM shows only the shortcode, the JSON gives both:
 * converting lets a DOM-read post land on the same `threads:<pk>` row as the network-read one.
 * Checked on every post of the kept captures (36 of 36 round-trip).
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** 11 digits carry 66 bits, enough for any 64-bit pk; longer codes are not plain pk encodings. */
const MAX_CODE_LENGTH = 11;

export function shortcodeToPk(code: string): string | undefined {
  if (code.length === 0 || code.length > MAX_CODE_LENGTH) return undefined;
  let value = 0n;
  for (const char of code) {
    const digit = ALPHABET.indexOf(char);
    if (digit < 0) return undefined;
    value = value * 64n + BigInt(digit);
  }
  return value > 0n ? value.toString() : undefined;
}

export function pkToShortcode(pk: string): string | undefined {
  if (!/^\d{1,30}$/.test(pk)) return undefined;
  let value = BigInt(pk);
  if (value <= 0n) return undefined;
  let code = '';
  while (value > 0n) {
    code = ALPHABET[Number(value % 64n)] + code;
    value /= 64n;
  }
  return code;
}
