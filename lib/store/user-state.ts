import type { CrossfeedDB, UserState } from '../db';
import type { UserStateChange } from './protocol';

/** Applies a save/unsave, tags or note change; other fields stay as they are. */
export async function updateUserState(
  db: CrossfeedDB,
  change: UserStateChange,
  now: number,
): Promise<UserState> {
  return db.transaction('rw', db.userState, async () => {
    const before: UserState = (await db.userState.get(change.postId)) ?? {
      postId: change.postId,
      tags: [],
      updatedAt: now,
    };
    const next: UserState = { ...before, updatedAt: now };
    if (change.saved === true && before.savedAt === undefined) next.savedAt = now;
    if (change.saved === false) delete next.savedAt;
    if (change.tags) next.tags = [...new Set(change.tags)];
    if (change.note !== undefined) {
      if (change.note.trim() === '') delete next.note;
      else next.note = change.note;
    }
    await db.userState.put(next);
    return next;
  });
}
