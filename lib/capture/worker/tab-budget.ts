/**
 * How many posts one tab may store per minute. A person scrolling a timeline yields a few hundred
 * posts a minute (X sends ~20–40 per response); a page script forging captures could send without
 * end. Past the budget, posts are refused and counted (`rate-limit` in capture health), never
 * queued: the sender does not retry a refusal.
 */
export const POSTS_PER_TAB_PER_MINUTE = 3000;
const WINDOW_MS = 60_000;

export interface TabBudget {
  /** How many of `wanted` posts the tab may store now (and takes them from its budget). */
  take(tabId: number | undefined, wanted: number, now: number): number;
}

/**
 * A token bucket per tab, refilled continuously: a burst up to a minute's budget, then the rate.
 * Kept in the worker's memory: a restarted worker gives every tab a fresh budget, which is fine
 * (it restarts at most every 30 s of idleness, far slower than a flood would need).
 */
export function createTabBudget(perMinute = POSTS_PER_TAB_PER_MINUTE): TabBudget {
  const buckets = new Map<number, { tokens: number; at: number }>();
  return {
    take(tabId, wanted, now) {
      if (tabId === undefined) return wanted;
      const bucket = buckets.get(tabId) ?? { tokens: perMinute, at: now };
      const refilled = Math.min(perMinute, bucket.tokens + ((now - bucket.at) / WINDOW_MS) * perMinute);
      const granted = Math.min(wanted, Math.floor(refilled));
      buckets.set(tabId, { tokens: refilled - granted, at: now });
      if (buckets.size > 1000) buckets.delete(buckets.keys().next().value!);
      return granted;
    },
  };
}
