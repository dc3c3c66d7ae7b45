import { getDb } from '@/lib/db';
import { matchesPost } from '@/lib/search/matcher';
import { parseQuery } from '@/lib/search/query';
import { benchMode } from '@/components/feed/perf-marks';

/**
 * The bench's baseline (scripts/bench/feed.ts): the naive search, a Dexie `Collection.filter()`
 * scan newest first until 50 matches. Installed only when the page is opened with `?bench`, so in
 * normal use it does not exist.
 */
export function installBenchHook(): void {
  if (!benchMode) return;
  (globalThis as unknown as { crossfeedBench: unknown }).crossfeedBench = {
    async naiveSearch(text: string): Promise<{ ms: number; count: number }> {
      const query = parseQuery(text);
      const started = performance.now();
      const posts = await getDb()
        .posts.orderBy('sortAt')
        .reverse()
        .filter((post) => matchesPost(query, post))
        .limit(50)
        .toArray();
      return { ms: performance.now() - started, count: posts.length };
    },
  };
}
