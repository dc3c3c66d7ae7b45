import type { CrossfeedDB, UserState } from '../db';
import type { Post } from '../post';
import { mergePost } from '../store/merge-post';
import type { IdentityLink } from '../feed/collapse/identity';
import { compactSearchIndex } from '../store/compact-search';
import { logSearchChanges } from '../search/store/log';
import { importIdentityLinks } from './identity-links';
import { mergeUserState } from './merge-user-state';

export interface ImportWriteResult {
  postsAdded: number;
  postsUpdated: number;
  userStateAdded: number;
  userStateUpdated: number;
  /** Identity links the import added or changed (one per pair of accounts, the newer word wins). */
  identityLinksWritten: number;
}

export interface WriteProgress {
  done: number;
  total: number;
}

/** Rows per bulk call inside the one transaction (5,000 wrote 100k posts ~30% faster than 1,000 in Chromium here). */
const ROWS_PER_STEP = 5000;

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

/** The stored rows of `chunk`'s ids (undefined where none), reading only ids known to be stored. */
async function storedRows(db: CrossfeedDB, chunk: readonly Post[], storedIds: ReadonlySet<string>) {
  const known = chunk.filter((post) => storedIds.has(post.id)).map((post) => post.id);
  const rows = known.length === 0 ? [] : await db.posts.bulkGet(known);
  const byId = new Map(rows.flatMap((row) => (row ? [[row.id, row] as const] : [])));
  return chunk.map((post) => byId.get(post.id));
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
  rows: { posts: readonly Post[]; userState: readonly UserState[]; identityLinks?: readonly IdentityLink[] },
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
    identityLinksWritten: 0,
  };
  await db.transaction('rw', [db.posts, db.userState, db.searchLog, db.settings], async () => {
    let done = 0;
    // One key-only scan up front, so rows the store does not have are never looked up one by one
    // (a fresh profile, the common case, then reads nothing else).
    const storedIds = new Set(await db.posts.toCollection().primaryKeys());
    for (let start = 0; start < posts.length; start += ROWS_PER_STEP) {
      const chunk = posts.slice(start, start + ROWS_PER_STEP);
      const stored = await storedRows(db, chunk, storedIds);
      const merged = chunk.map((post, index) => mergePost(stored[index], post));
      await db.posts.bulkPut(merged);
      await logSearchChanges(db, { written: merged });
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
    result.identityLinksWritten = await importIdentityLinks(db, rows.identityLinks ?? []);
  });
  // An import writes thousands of posts at once: fold them into the search index's base now, so
  // the side panel's next open reads one segment instead of tokenising the whole file.
  if (posts.length > 0) await compactSearchIndex(db);
  return result;
}
