import type { CrossfeedDB } from '../db';

/** Settings key of the counts of refused messages, by reason (shown with capture health). */
export const REJECTED_MESSAGES_KEY = 'rejectedMessages';

/** Counts one refused message; the count lives in the store so it survives worker restarts. */
export async function countRejection(db: CrossfeedDB, reason: string): Promise<void> {
  const key = reason.split(':')[0] ?? reason;
  await db.transaction('rw', db.settings, async () => {
    const row = await db.settings.get(REJECTED_MESSAGES_KEY);
    const counts = (row?.value ?? {}) as Record<string, number>;
    await db.settings.put({
      key: REJECTED_MESSAGES_KEY,
      value: { ...counts, [key]: (counts[key] ?? 0) + 1 },
    });
  });
}
