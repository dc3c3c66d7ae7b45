/**
 * X's `created_at` is the old Twitter format, "Sat Nov 08 03:41:48 +0000 2025". It is parsed by
 * hand: `Date.parse` of this non-ISO form is implementation-defined (V8 accepts it, the spec does not
 * promise it, and this parser also runs in Firefox).
 */

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const TWITTER_DATE =
  /^[A-Z][a-z]{2} ([A-Z][a-z]{2}) (\d{2}) (\d{2}):(\d{2}):(\d{2}) ([+-])(\d{2})(\d{2}) (\d{4})$/;

export function parseTwitterDate(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const match = TWITTER_DATE.exec(value);
  if (!match) return undefined;
  const [, mon, day, hh, mm, ss, sign, offH, offM, year] = match;
  const month = MONTHS.indexOf(mon!);
  if (month < 0) return undefined;
  const utc = Date.UTC(Number(year), month, Number(day), Number(hh), Number(mm), Number(ss));
  const offset = (Number(offH) * 60 + Number(offM)) * 60_000 * (sign === '-' ? -1 : 1);
  const time = utc - offset;
  return Number.isSafeInteger(time) && time >= 0 ? time : undefined;
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
