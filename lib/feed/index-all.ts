import type { CrossfeedDB, UserState } from '../db';
import type { SearchIndex } from '../search/index';

const CHUNK = 1000;

/**
 * Yields to the event loop (input, paint) between chunks. A MessageChannel task, not setTimeout:
 * timers of a page that is not in front are throttled to one per second.
 */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}

/**
 * The recovery path when the stored search index disagrees with the posts table: reads every post
 * in feed order, CHUNK at a time (yielding between chunks), into the index, then drops what the
 * index holds that the store does not have. Slow (100k posts took 30 s in the panel), and never
 * needed while every writer logs its writes.
 */
export async function indexAllPosts(
  db: CrossfeedDB,
  index: SearchIndex,
  userStates: ReadonlyMap<string, UserState>,
  stopped: () => boolean,
): Promise<void> {
  const seen = new Set<string>();
  // Keyset paging down the sortAt index: each read starts at the last sortAt seen and skips the
  // posts of that same sortAt already read (ties come in the same order every time). An offset
  // would make every read step over all earlier rows: quadratic at 100k.
  let upper = Infinity;
  let skip = 0;
  while (!stopped()) {
    await nextTask();
    const chunk = await db.posts
      .where('sortAt')
      .belowOrEqual(upper)
      .reverse()
      .offset(skip)
      .limit(CHUNK)
      .toArray();
    if (chunk.length === 0) break;
    for (const post of chunk) seen.add(post.id);
    index.add(chunk, userStates);
    const last = chunk[chunk.length - 1]!.sortAt;
    skip = (last === upper ? skip : 0) + chunk.filter((post) => post.sortAt === last).length;
    upper = last;
  }
  if (stopped()) return;
  const indexed = index.search('', { limit: Infinity }).ids;
  index.remove(indexed.filter((id) => !seen.has(id)));
}
