import type { DeleteEverythingResult } from './protocol';
import type { CrossfeedDB } from '../db';
import { clearSearchIndex } from '../search/store/log';

export interface DeleteEverythingOptions {
  /** Also reset the settings (retention, mute words, saved searches, toolbar button) to defaults. */
  includeSettings: boolean;
}

/**
 * Deletes every captured post, all user state (saved, tags, notes), capture health and the ingest
 * log in one transaction; settings too when asked. Accounts and tokens live in
 * browser.storage.local, not in this store, and are not touched.
 */
export async function deleteEverything(
  db: CrossfeedDB,
  options: DeleteEverythingOptions,
): Promise<DeleteEverythingResult> {
  const tables = [db.posts, db.userState, db.health, db.ingestLog, db.settings];
  return db.transaction('rw', [...tables, db.searchIndex, db.searchLog], async () => {
    const [posts, userState, health, ingestLog, settings] = await Promise.all(
      tables.map((table) => table.count()),
    );
    await Promise.all([db.posts.clear(), db.userState.clear(), db.health.clear(), db.ingestLog.clear()]);
    await clearSearchIndex(db);
    if (options.includeSettings) await db.settings.clear();
    return {
      posts: posts!,
      userState: userState!,
      health: health!,
      ingestLog: ingestLog!,
      settings: options.includeSettings ? settings! : 0,
    };
  });
}
