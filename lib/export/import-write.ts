import type { CrossfeedDB, UserState } from '../db';
import type { Post } from '../post';
import { mergePost } from '../store/merge-post';
import { mergeUserState } from './merge-user-state';

export interface ImportWriteResult {
  postsAdded: number;
  postsUpdated: number;
  userStateAdded: number;
  userStateUpdated: number;
}

export interface WriteProgress {
  done: number;
  total: number;
}

const ROWS_PER_STEP = 1000;

/** The file's own repeats of one id, merged in file order with the capture rule. */
function collapse<T>(
  rows: readonly T[],
  keyOf: (row: T) => string,
  merge: (a: T | undefined, b: T) => T,
): T[] {
  const byKey = new Map<string, T>();
  for (const row of rows) byKey.set(keyOf(row), merge(byKey.get(keyOf(row)), row));
  return [...byKey.values()];
}

/**
 * Writes checked rows in ONE transaction: posts upsert by the capture rule (mergePost), user state
 * by mergeUserState; if anything fails (quota, a closed store, a crash of the page) nothing of the
 * import is kept.
 *
 * Why this runs in the extension page and not in the background, the store's usual only writer
 * (DESIGN.md): a 100k-row import cannot cross runtime messaging in one message (DESIGN.md: megabytes
 * must never cross a boundary), and splitting it into messages would split it into transactions, so
 * a file broken halfway would be half-imported. The options page shares the extension origin and
 * therefore the same IndexedDB, so it can write the whole file in one transaction; capture batches
 * wait for it and then land on top (their own upsert rule keeps the result the same either way).
 */
export async function writeImport(
  db: CrossfeedDB,
  rows: { posts: readonly Post[]; userState: readonly UserState[] },
  onProgress?: (progress: WriteProgress) => void,
): Promise<ImportWriteResult> {
  const posts = collapse(rows.posts, (post) => post.id, mergePost);
  const states = collapse(rows.userState, (state) => state.postId, mergeUserState);
  const total = posts.length + states.length;
  const result: ImportWriteResult = {
    postsAdded: 0,
    postsUpdated: 0,
    userStateAdded: 0,
    userStateUpdated: 0,
  };
  await db.transaction('rw', db.posts, db.userState, async () => {
    let done = 0;
    for (let start = 0; start < posts.length; start += ROWS_PER_STEP) {
      const chunk = posts.slice(start, start + ROWS_PER_STEP);
      const stored = await db.posts.bulkGet(chunk.map((post) => post.id));
      await db.posts.bulkPut(chunk.map((post, index) => mergePost(stored[index], post)));
      const added = stored.filter((row) => row === undefined).length;
      result.postsAdded += added;
      result.postsUpdated += chunk.length - added;
      done += chunk.length;
      onProgress?.({ done, total });
    }
    for (let start = 0; start < states.length; start += ROWS_PER_STEP) {
      const chunk = states.slice(start, start + ROWS_PER_STEP);
      const stored = await db.userState.bulkGet(chunk.map((state) => state.postId));
      await db.userState.bulkPut(chunk.map((state, index) => mergeUserState(stored[index], state)));
      const added = stored.filter((row) => row === undefined).length;
      result.userStateAdded += added;
      result.userStateUpdated += chunk.length - added;
      done += chunk.length;
      onProgress?.({ done, total });
    }
  });
  return result;
}
