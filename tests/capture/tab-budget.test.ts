import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCaptureHandlers } from '../../lib/capture/worker/handlers';
import { createTabBudget, POSTS_PER_TAB_PER_MINUTE } from '../../lib/capture/worker/tab-budget';
import { CrossfeedDB } from '../../lib/db';
import { samplePost } from '../helpers/sample-post';

const T = 1_750_000_100_000;

describe('createTabBudget', () => {
  it('grants a minute’s budget in a burst, then refills at the rate, per tab', () => {
    const budget = createTabBudget(100);
    expect(budget.take(1, 80, T)).toBe(80);
    expect(budget.take(1, 80, T)).toBe(20);
    expect(budget.take(2, 80, T)).toBe(80); // another tab has its own
    expect(budget.take(1, 80, T + 30_000)).toBe(50); // half a minute refills half
    expect(budget.take(1, 80, T + 10 * 60_000)).toBe(80);
  });
});

describe('ingest under a flood from one tab', () => {
  let db: CrossfeedDB;
  beforeEach(async () => {
    db = new CrossfeedDB(`test-tab-budget-${Math.random()}`);
    await db.open();
  });
  afterEach(async () => {
    await db.delete();
  });

  it('stores up to the tab’s budget and refuses the rest with a counted reason', async () => {
    const handlers = createCaptureHandlers(db, () => T);
    const context = { channel: 'capture' as const, platform: 'x' as const, tabId: 7 };
    let stored = 0;
    const refused: string[] = [];
    for (let batch = 0; batch < 20; batch += 1) {
      const posts = Array.from({ length: 200 }, (_, n) => {
        const nativeId = String(1_000_000 + batch * 1000 + n);
        return samplePost({ id: `x:${nativeId}`, nativeId, url: `https://x.com/a/status/${nativeId}` });
      });
      const ack = await handlers.ingest(
        {
          batchId: `flood-batch-${batch}`,
          platform: 'x',
          source: 'network',
          posts,
          postsJson: [],
          stats: { operations: {}, skipped: {}, unknownOperations: {} },
        },
        context,
      );
      stored += ack.stored;
      refused.push(...ack.rejected.map((entry) => entry.reason));
    }
    expect(stored).toBe(POSTS_PER_TAB_PER_MINUTE);
    expect(refused).toHaveLength(4000 - POSTS_PER_TAB_PER_MINUTE);
    expect(new Set(refused)).toEqual(new Set(['rate-limit']));
    expect((await db.health.get('x:network'))?.rejected).toEqual({ 'rate-limit': 1000 });
    expect(await db.posts.count()).toBe(POSTS_PER_TAB_PER_MINUTE);
  });
});
