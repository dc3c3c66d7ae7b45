import { finishParse, type CaptureContext, type Skipped } from '../../parse-result';
import { normalizeThreadPost, type NormalizeOut } from './normalize-post';
import type { ThreadHit, ThreadsRoot } from './roots';
import type { ThreadsParseResult } from './types';

/** Runs every found post list through the one normaliser, chaining replies within each list. */
export function collectHits(
  hits: readonly ThreadHit[],
  context: CaptureContext,
  out: NormalizeOut,
): RootCounts {
  const roots: RootCounts = {};
  for (const hit of hits) {
    roots[hit.root] = (roots[hit.root] ?? 0) + hit.posts.length;
    let previous: string | undefined;
    for (const post of hit.posts) previous = normalizeThreadPost(post, context, out, previous);
  }
  return roots;
}

export type RootCounts = Partial<Record<ThreadsRoot, number>>;

export function finish(out: NormalizeOut, roots: RootCounts, context: CaptureContext): ThreadsParseResult {
  const result = finishParse(out.candidates, out.skipped, context.validate);
  return { posts: result.posts, skipped: result.skipped, roots };
}

export function emptyOut(): NormalizeOut {
  return { candidates: [], skipped: [] as Skipped[] };
}
