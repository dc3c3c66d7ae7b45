/**
 * atproto datetimes are RFC 3339 with a timezone ("2024-10-22T21:25:46.346Z", "…+09:00", sometimes
 * microseconds). Read by hand: `Date.parse` is only specified for exactly three fraction digits,
 * and this parser also runs in Firefox.
 */
const DATETIME =
  /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(?:([Zz])|([+-])(\d{2}):(\d{2}))$/;

/** Epoch milliseconds, or undefined when not a datetime (or before 1970, which no post has). */
export function parseDatetime(value: unknown): number | undefined {
  if (typeof value !== 'string' || value.length > 40) return undefined;
  const match = DATETIME.exec(value);
  if (match === null) return undefined;
  const month = Number(match[2]);
  const day = Number(match[3]);
  const hour = Number(match[4]);
  const minute = Number(match[5]);
  const second = Number(match[6]);
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60) {
    return undefined;
  }
  const ms = match[7] === undefined ? 0 : Number(match[7].slice(0, 3).padEnd(3, '0'));
  let time = Date.UTC(Number(match[1]), month - 1, day, hour, minute, second, ms);
  if (match[8] === undefined) {
    const offset = (Number(match[10]) * 60 + Number(match[11])) * 60_000;
    time += match[9] === '-' ? offset : -offset;
  }
  return Number.isSafeInteger(time) && time >= 0 ? time : undefined;
}
