import type { UserState } from '../db';
import type { Post } from '../post';
import { csvParts } from './csv';
import { exportPostsJson } from './export-json';
import { markdownParts } from './markdown';

export type PostsExportFormat = 'csv' | 'markdown' | 'json';

export const EXPORT_FILE_TYPES: Record<PostsExportFormat, { extension: string; type: string }> = {
  csv: { extension: 'csv', type: 'text/csv;charset=utf-8' },
  markdown: { extension: 'md', type: 'text/markdown;charset=utf-8' },
  json: { extension: 'json', type: 'application/json' },
};

/**
 * Exports a given list of posts (the feed's current view, in its order) with the user's state of
 * each: CSV for spreadsheets, Markdown for notes, or the JSON export format (importable).
 * `userStates` may hold rows of other posts; only the listed posts' rows are used.
 */
export function exportPostsAs(
  format: PostsExportFormat,
  posts: readonly Post[],
  userStates: Iterable<UserState> | ReadonlyMap<string, UserState>,
  now: number = Date.now(),
): Blob {
  const states = toStateMap(userStates);
  const { type } = EXPORT_FILE_TYPES[format];
  if (format === 'csv') return new Blob(csvParts(posts, states), { type });
  if (format === 'markdown') return new Blob(markdownParts(posts, states, now), { type });
  const listed = posts.flatMap((post) => {
    const state = states.get(post.id);
    return state ? [state] : [];
  });
  return exportPostsJson(posts, listed, now);
}

function toStateMap(
  states: Iterable<UserState> | ReadonlyMap<string, UserState>,
): ReadonlyMap<string, UserState> {
  if (states instanceof Map) return states as ReadonlyMap<string, UserState>;
  const map = new Map<string, UserState>();
  for (const state of states as Iterable<UserState>) map.set(state.postId, state);
  return map;
}
