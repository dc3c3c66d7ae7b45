import type { CrossfeedDB } from '../../db';
import type { DraftInput, DraftRow } from '../records';

/**
 * Saves the composer's text as typed. A posted draft is history: a save that arrives after the
 * post (a debounced one from a closing popup) leaves it as it was posted.
 */
export async function saveDraft(
  db: CrossfeedDB,
  input: DraftInput,
  now: number,
): Promise<{ id: string; updatedAt: number }> {
  return db.transaction('rw', db.drafts, async () => {
    const existing = await db.drafts.get(input.id);
    if (existing?.postedAt !== undefined) return { id: existing.id, updatedAt: existing.updatedAt };
    const row: DraftRow = {
      id: input.id,
      text: input.text,
      networks: input.networks,
      split: input.split,
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
    };
    if (input.card) row.card = input.card;
    await db.drafts.put(row);
    return { id: row.id, updatedAt: now };
  });
}
