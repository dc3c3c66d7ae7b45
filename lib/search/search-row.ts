import { PLATFORMS, type Post } from '../post';
import { capturedFields, flagsOf, joinFields } from './haystack';

/**
 * What search keeps of a captured post: its searchable text already normalised, and the facets the
 * filters read. The writer makes it beside the post (lib/search/store/), so neither the side panel
 * nor the index compaction ever reads or normalises a Post again. The user's own state (saved,
 * tags, note) is not in it: that lives in its own table and is applied on top (haystack.ts).
 */
export interface SearchRow {
  id: string;
  /** The captured fields, normalised and joined by FIELD_SEPARATOR (haystack.ts). */
  text: string;
  /** Index into PLATFORMS. */
  platform: number;
  /** flagsOf(post) without user state (so never FLAGS.saved). */
  flags: number;
  sortAt: number;
  /** Lowercased author handle. */
  author: string;
  /** Lowercased reposter handle, for a repost. */
  reposter?: string;
}

export function searchRowOf(post: Post): SearchRow {
  const row: SearchRow = {
    id: post.id,
    text: joinFields(capturedFields(post)),
    platform: PLATFORMS.indexOf(post.platform),
    flags: flagsOf(post),
    sortAt: post.sortAt,
    author: post.author.handle.toLowerCase(),
  };
  if (post.repost) row.reposter = post.repost.by.handle.toLowerCase();
  return row;
}
