/*
 * The schedule field: a <input type="datetime-local"> speaks local wall-clock time without a zone
 * ("2026-01-02T13:30"); the draft keeps epoch ms.
 */

const pad = (n: number) => String(n).padStart(2, '0');

/** Epoch ms → the input's value, in this browser's time zone. */
export function toInputValue(at: number): string {
  const d = new Date(at);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** The input's value → epoch ms (local time), or undefined when empty or not a time. */
export function fromInputValue(value: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!match) return undefined;
  const [, y, mo, d, h, mi] = match.map(Number);
  const at = new Date(y!, mo! - 1, d!, h!, mi!).getTime();
  return Number.isFinite(at) ? at : undefined;
}

/** Why this time cannot be used, or undefined when it can. */
export function scheduleProblem(at: number | undefined, now: number): string | undefined {
  if (at === undefined) return undefined;
  if (at <= now) return 'That time has passed: pick a later one, or clear it to post now.';
  if (at > now + 366 * 24 * 3_600_000) return 'Pick a time within the next year.';
  return undefined;
}
