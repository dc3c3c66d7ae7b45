import Dexie, { type ObservabilitySet } from 'dexie';
import { getDb } from '@/lib/db';
import { changedKeys } from '@/lib/feed/changed-keys';
import { CollapseRowSource } from '@/lib/feed/collapse/row-source';

let shared: CollapseRowSource | undefined;

/**
 * The page's one source of collapse rows (the side panel's feed and each deck column share it),
 * following the store: a changed or deleted post is read again when a feed next wants it.
 */
export function sharedCollapseRowSource(): CollapseRowSource {
  if (shared) return shared;
  const db = getDb();
  const source = new CollapseRowSource((ids) => db.posts.bulkGet(ids));
  Dexie.on('storagemutated', (parts: ObservabilitySet) => {
    const posts = changedKeys(parts, db.name, 'posts');
    if (posts.kind === 'keys') source.invalidate(posts.keys);
    else if (posts.kind === 'all') source.invalidate('all');
  });
  shared = source;
  return source;
}
