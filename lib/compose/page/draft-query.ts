import type { CrossfeedDB } from '../../db';
import type { CrosspostRow, DraftRow } from '../records';

/** The draft the composer opens with: the newest one not yet posted. */
export function currentDraft(db: CrossfeedDB): Promise<DraftRow | undefined> {
  return db.drafts
    .orderBy('updatedAt')
    .reverse()
    .filter((draft) => draft.postedAt === undefined)
    .first();
}

/** The cross-post history, newest first. */
export function crosspostHistory(db: CrossfeedDB, limit = 20): Promise<CrosspostRow[]> {
  return db.crossposts.orderBy('createdAt').reverse().limit(limit).toArray();
}

/** One cross-post run (its status per network), or undefined when it is gone. */
export function crosspostById(db: CrossfeedDB, id: string): Promise<CrosspostRow | undefined> {
  return db.crossposts.get(id);
}

/** The bytes of one picked file, for its preview (undefined once removed). */
export async function mediaBlob(db: CrossfeedDB, id: string): Promise<Blob | undefined> {
  return (await db.media.get(id))?.blob;
}
