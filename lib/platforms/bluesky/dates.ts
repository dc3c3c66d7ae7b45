/**
 * atproto datetimes are RFC 3339 with a timezone ("2024-10-22T21:25:46.346Z", "…+09:00", sometimes
 * microseconds). Read by hand: `Date.parse` is only specified for exactly three fraction digits,
 * and this parser also runs in Firefox. The fixed-width fields are read in place, digit by digit:
 * this runs twice per post on the page's thread, and a regex match array per call shows up there.
 */

/** Epoch milliseconds, or undefined when not a datetime (or before 1970, which no post has). */
export function parseDatetime(value: unknown): number | undefined {
  if (typeof value !== 'string' || value.length < 20 || value.length > 40) return undefined;
  const year = digits(value, 0, 4);
  const month = digits(value, 5, 2);
  const day = digits(value, 8, 2);
  const hour = digits(value, 11, 2);
  const minute = digits(value, 14, 2);
  const second = digits(value, 17, 2);
  if (
    value.charCodeAt(4) !== DASH ||
    value.charCodeAt(7) !== DASH ||
    (value.charCodeAt(10) | 0x20) !== LOWER_T ||
    value.charCodeAt(13) !== COLON ||
    value.charCodeAt(16) !== COLON ||
    year < 0 ||
    month < 1 ||
    month > 12 ||
    day < 1 ||
    day > 31 ||
    hour < 0 ||
    hour > 23 ||
    minute < 0 ||
    minute > 59 ||
    second < 0 ||
    second > 60
  ) {
    return undefined;
  }
  // Optional fraction: 1–9 digits, of which milliseconds are the first three.
  let index = 19;
  let ms = 0;
  if (value.charCodeAt(index) === DOT) {
    const start = index + 1;
    index = start;
    while (index < value.length && isDigit(value.charCodeAt(index))) index += 1;
    const length = index - start;
    if (length < 1 || length > 9) return undefined;
    for (let i = 0; i < 3; i += 1) ms = ms * 10 + (i < length ? value.charCodeAt(start + i) - ZERO : 0);
  }
  let offset = 0;
  const zone = value.charCodeAt(index);
  if ((zone | 0x20) === LOWER_Z) {
    if (index + 1 !== value.length) return undefined;
  } else if (zone === PLUS || zone === DASH) {
    const hours = digits(value, index + 1, 2);
    const minutes = digits(value, index + 4, 2);
    if (index + 6 !== value.length || value.charCodeAt(index + 3) !== COLON || hours < 0 || minutes < 0) {
      return undefined;
    }
    offset = (hours * 60 + minutes) * 60_000 * (zone === DASH ? -1 : 1);
  } else return undefined;
  const time = Date.UTC(year, month - 1, day, hour, minute, second, ms) - offset;
  return Number.isSafeInteger(time) && time >= 0 ? time : undefined;
}

const ZERO = 48;
const DASH = 45;
const PLUS = 43;
const COLON = 58;
const DOT = 46;
const LOWER_T = 116;
const LOWER_Z = 122;

function isDigit(code: number): boolean {
  return code >= ZERO && code <= ZERO + 9;
}

/** The decimal number of `length` digits at `start`, or -1 when one of them is not a digit. */
function digits(value: string, start: number, length: number): number {
  let number = 0;
  for (let i = start; i < start + length; i += 1) {
    const code = value.charCodeAt(i);
    if (!isDigit(code)) return -1;
    number = number * 10 + code - ZERO;
  }
  return number;
}
