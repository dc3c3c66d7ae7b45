/**
 * X's `created_at` is the old Twitter format, "Sat Nov 08 03:41:48 +0000 2025". It is parsed by
 * hand: `Date.parse` of this non-ISO form is implementation-defined (V8 accepts it, the spec does not
 * promise it, and this parser also runs in Firefox).
 */

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const TWITTER_DATE = /^[A-Z][a-z]{2} [A-Z][a-z]{2} \d{2} \d{2}:\d{2}:\d{2} [+-]\d{4} \d{4}$/;

/** The fixed-width fields of "Sat Nov 08 03:41:48 +0000 2025", read in place (no match array). */
export function parseTwitterDate(value: unknown): number | undefined {
  if (typeof value !== 'string' || !TWITTER_DATE.test(value)) return undefined;
  const month = MONTHS.indexOf(value.slice(4, 7));
  if (month < 0) return undefined;
  const utc = Date.UTC(
    digitsAt(value, 26, 4),
    month,
    digitsAt(value, 8, 2),
    digitsAt(value, 11, 2),
    digitsAt(value, 14, 2),
    digitsAt(value, 17, 2),
  );
  const offset =
    (digitsAt(value, 21, 2) * 60 + digitsAt(value, 23, 2)) * 60_000 * (value[20] === '-' ? -1 : 1);
  const time = utc - offset;
  return Number.isSafeInteger(time) && time >= 0 ? time : undefined;
}

/** The number written by `count` ASCII digits at `at` (the caller checked they are digits). */
function digitsAt(value: string, at: number, count: number): number {
  let number = 0;
  for (let index = at; index < at + count; index += 1) number = number * 10 + value.charCodeAt(index) - 48;
  return number;
}

/** An ISO 8601 time as in card bindings ("2024-04-18T18:37:10Z"). */
export function parseIsoDate(value: unknown): number | undefined {
  if (
    typeof value !== 'string' ||
    !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(value)
  ) {
    return undefined;
  }
  const time = Date.parse(value);
  return Number.isSafeInteger(time) && time >= 0 ? time : undefined;
}

/**
 * The creation time encoded in an X snowflake id (ids since late 2010): the top bits are
 * milliseconds since the Twitter epoch. Used only when `created_at` is missing or unreadable.
 */
export function snowflakeTime(id: string): number | undefined {
  if (!/^\d{16,20}$/.test(id)) return undefined;
  const time = Number(BigInt(id) >> 22n) + 1288834974657;
  return Number.isSafeInteger(time) ? time : undefined;
}
