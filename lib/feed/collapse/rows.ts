import type { Post } from '../../post';
import type { CollapseRow } from './collapse';
import { crossPostKey } from './cross-post-text';

/** What collapsing needs of a post (kept small: the feed keeps one per post in memory). */
export function toCollapseRow(post: Post): CollapseRow {
  const row: CollapseRow = {
    id: post.id,
    platform: post.platform,
    sortAt: post.sortAt,
    createdAt: post.createdAt,
    authorHandle: post.author.handle,
  };
  if (post.repost) {
    row.repostOf = post.repost.originalId;
    row.reposter = post.repost.by.name
      ? { handle: post.repost.by.handle, name: post.repost.by.name }
      : { handle: post.repost.by.handle };
  } else {
    const textKey = crossPostKey(post);
    if (textKey !== undefined) row.textKey = textKey;
  }
  return row;
}
