import type { CrossfeedDB, UserState } from '../../lib/db';
import type { Post } from '../../lib/post';

/** Everything an export covers, in primary-key order (what "the same store" means). */
export async function snapshot(db: CrossfeedDB): Promise<{ posts: Post[]; userState: UserState[] }> {
  return {
    posts: await db.posts.orderBy(':id').toArray(),
    userState: await db.userState.orderBy(':id').toArray(),
  };
}

let counter = 0;
/** A fresh, uniquely named store for one test. */
export function freshDbName(prefix: string): string {
  counter += 1;
  return `${prefix}-${counter}-${Math.random().toString(36).slice(2, 8)}`;
}
