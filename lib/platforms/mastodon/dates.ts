/** Mastodon's timestamps: ISO 8601 with a zone (`2023-05-28T12:06:50.000Z`). */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})$/;

/** Epoch ms of an ISO timestamp, or undefined for anything else (a date-only string, a number, 1969). */
export function parseIsoDate(value: unknown): number | undefined {
  if (typeof value !== 'string' || !ISO_DATE.test(value)) return undefined;
  const ms = Date.parse(value);
  return Number.isSafeInteger(ms) && ms >= 0 ? ms : undefined;
}
