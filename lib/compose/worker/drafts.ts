import type { CrossfeedDB } from '../../db';
import type { DraftInput, DraftRow } from '../records';

/**
 * Saves the composer's draft as it stands. A posted draft is history: a save that arrives after
 * the post (a debounced one from a closing popup) leaves it as it was posted. Media rows are not
 * touched here (a save may be older than a file just attached); media.ts prunes what no draft holds.
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
      media: input.media ?? [],
      variants: input.variants ?? {},
      options: input.options ?? {},
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
    };
    if (input.card) row.card = input.card;
    if (input.scheduleAt !== undefined) row.scheduleAt = input.scheduleAt;
    await db.drafts.put(row);
    return { id: row.id, updatedAt: now };
  });
}
