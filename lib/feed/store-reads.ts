import type { CrossfeedDB, UserState } from '../db';
import { network, PLATFORMS, type Platform } from '../platforms/registry';
import type { Post } from '../post';
import { matchesPost } from '../search/matcher';
import { isEmptyQuery, type Query } from '../search/query';

/*
 * The pages' read-only questions to the store, in one place: components ask these through
 * useLiveQuery and hold no Dexie query of their own (only the background writes; see
 * docs/architecture.md).
 */

/** The popup looks through this many newest posts (the side panel's index covers all of them). */
export const POPUP_SCAN_LIMIT = 5000;

/**
 * The newest posts matching `query`, at most `limit`. The popup opens for a glance: no index; a
 * scan of the newest POPUP_SCAN_LIMIT posts, stopped at `limit` matches.
 */
export async function latestPosts(
  db: CrossfeedDB,
  query: Query,
  limit: number,
): Promise<{ posts: Post[]; states: Map<string, UserState> }> {
  if (isEmptyQuery(query)) {
    // Only the shown posts' states: the popup re-reads on every capture, and the user's states
    // (saved, read) grow with the store.
    const posts = await db.posts.orderBy('sortAt').reverse().limit(limit).toArray();
    const shown = await db.userState.bulkGet(posts.map((post) => post.id));
    return {
      posts,
      states: new Map(shown.flatMap((state) => (state ? [[state.postId, state] as const] : []))),
    };
  }
  // A query may ask for a state (is:saved) of any scanned post: all states, read once.
  const states = new Map((await db.userState.toArray()).map((state) => [state.postId, state] as const));
  const posts: Post[] = [];
  await db.posts
    .orderBy('sortAt')
    .reverse()
    .limit(POPUP_SCAN_LIMIT)
    .until(() => posts.length >= limit)
    .each((post) => {
      if (matchesPost(query, post, states.get(post.id))) posts.push(post);
    });
  return { posts, states };
}

/** Posts stored per network, every network of the registry (empty ones too), in its order. */
export function postCountsByNetwork(
  db: CrossfeedDB,
): Promise<{ platform: Platform; label: string; count: number }[]> {
  return Promise.all(
    PLATFORMS.map(async (platform) => ({
      platform,
      label: network(platform).label,
      count: await db.posts.where('[platform+sortAt]').between([platform, 0], [platform, Infinity]).count(),
    })),
  );
}

/** One stored post, or null when the store does not hold it. */
export async function storedPost(db: CrossfeedDB, id: string): Promise<Post | null> {
  return (await db.posts.get(id)) ?? null;
}

/** Every capture health record (one per network and source; bounded by the writer). */
export function healthRecords(db: CrossfeedDB) {
  return db.health.toArray();
}
