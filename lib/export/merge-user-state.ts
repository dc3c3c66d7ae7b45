import type { UserState } from '../db';

/**
 * How an imported user-state row meets the stored one: the file wins for saved time, tags and note
 * where it has them, and nothing is ever deleted (a row without a saved time does not unsave, empty
 * tags do not clear the stored tags, a missing note keeps the stored note).
 */
export function mergeUserState(existing: UserState | undefined, incoming: UserState): UserState {
  if (!existing) return incoming;
  const merged: UserState = {
    postId: existing.postId,
    tags: incoming.tags.length > 0 ? incoming.tags : existing.tags,
    updatedAt: Math.max(existing.updatedAt, incoming.updatedAt),
  };
  const savedAt = incoming.savedAt ?? existing.savedAt;
  if (savedAt !== undefined) merged.savedAt = savedAt;
  const note = incoming.note ?? existing.note;
  if (note !== undefined) merged.note = note;
  return merged;
}
