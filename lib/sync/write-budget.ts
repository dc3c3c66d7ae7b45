import { MIN_PUSH_GAP_MS, WRITES_PER_HOUR, WRITES_PER_MINUTE } from './quota';

/**
 * The write-rate budget: Chrome refuses set/remove calls past 120 a minute or 1800 an hour
 * (lib/sync/quota.ts), so Crossfeed keeps to half of each and never writes twice within
 * MIN_PUSH_GAP_MS. One push is one remove call (when items go) and one set call (however many
 * items); edits in between are gathered into it. `writes` are the times of recent write calls.
 */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** The earliest time `ops` more write calls fit the budget (now, or later). */
export function nextWriteAt(writes: readonly number[], ops: number, now: number): number {
  const sorted = writes.filter((at) => at > now - HOUR).sort((a, b) => a - b);
  let at = now;
  const last = sorted[sorted.length - 1];
  if (last !== undefined) at = Math.max(at, last + MIN_PUSH_GAP_MS);
  // Past a window's limit, wait until enough of its oldest writes have left it.
  const wait = (window: number, limit: number) => {
    const inWindow = sorted.filter((time) => time > at - window);
    const over = inWindow.length + ops - limit;
    if (over > 0) at = Math.max(at, inWindow[over - 1]! + window);
  };
  wait(HOUR, WRITES_PER_HOUR);
  wait(MINUTE, WRITES_PER_MINUTE);
  return at;
}

/** The list after `ops` write calls at `now` (only the last hour is kept). */
export function recordWrites(writes: readonly number[], ops: number, now: number): number[] {
  return [...writes.filter((at) => at > now - HOUR), ...Array.from({ length: ops }, () => now)];
}
