import { asArray, asRecord, isRecord } from '../../kit/json-read';

/**
 * Where Threads puts posts. Names and doc_ids of the web app's queries change, so posts are found by
 * walking the response for their containers (`thread_items` lists, plus the post-page shapes below)
 * rather than by a fixed path per operation; this table only names the root a hit came from, so
 * capture health can say "feedData: 7" or "unknown: 12" (a new root still parsed, worth a look).
 * Each entry: the marker key that identifies it on the path to the hit, the path, and why.
 */
export const THREADS_ROOTS = [
  {
    root: 'feedData',
    marker: 'feedData',
    path: 'data.feedData.edges[].text_post_app_thread.thread_items[]',
    why: 'home feed (For you / Following / logged-out): BarcelonaFeedPaginationDirectQuery; verified on the kept response',
  },
  {
    root: 'mediaData',
    marker: 'mediaData',
    path: 'data.mediaData.edges[].node.thread_items[] (2023: data.mediaData.threads[].thread_items[])',
    why: 'profile tabs (threads, replies, reposts, media): BarcelonaProfile*TabQuery; from scrapers, not verified',
  },
  {
    root: 'searchResults',
    marker: 'searchResults',
    path: 'data.searchResults.edges[].node.thread.thread_items[]',
    why: 'search (Top / Recent): BarcelonaSearchResultsQuery; from scrapers, not verified',
  },
  {
    root: 'savedMedia',
    marker: 'saved_media',
    path: 'data.xdt_text_app_viewer.saved_media.edges[].node.thread_items[]',
    why: 'the Saved page: BarcelonaSavedPageViewerQuery; from a capture extension, not verified',
  },
  {
    root: 'likedMedia',
    marker: 'liked_media',
    path: 'data.xdt_text_app_viewer.liked_media.edges[].node.thread_items[]',
    why: 'the Liked page: BarcelonaLikedPageViewerQuery; from a capture extension, not verified',
  },
  {
    root: 'customFeed',
    marker: 'results',
    path: 'data.results.edges[].node.thread_items[]',
    why: 'custom feeds: BarcelonaCustomFeedRefetchableQuery; from a capture extension, not verified',
  },
  {
    root: 'relatedPosts',
    marker: 'relatedPosts',
    path: 'data.relatedPosts.threads[].thread_items[]',
    why: 'posts shown under a post page (logged out): BarcelonaLoggedOutRelatedPostsQuery; verified on the kept page',
  },
  {
    root: 'postPage',
    marker: 'data.data',
    path: 'data.data.edges[].node.thread_items[]',
    why: 'a post page, its self-thread and its replies: BarcelonaPostPageDirectQuery; verified on the kept page',
  },
  {
    root: 'postMedia',
    marker: 'media',
    path: 'data.media (+ .text_post_app_info.containing_thread.posts.edges[].node, direct_replies…posts.edges[].node)',
    why: 'the post alone (BarcelonaPermalinkMobilePostColumnPageQuery in the kept page: verified; strong-id queries: not)',
  },
] as const;

export type ThreadsRoot = (typeof THREADS_ROOTS)[number]['root'] | 'unknown';

/** A list of posts found in a response: the posts in thread order, and the root it sits under. */
export interface ThreadHit {
  root: ThreadsRoot;
  /** Each entry is a post object (thread_items[].post, edges[].node, or a single media). */
  posts: readonly unknown[];
}

export interface WalkLimits {
  /** Deepest container level visited: page-embedded JSON nests ~15 levels before the data. */
  maxDepth: number;
  /** Containers visited at most, so a hostile or huge document cannot stall the page's thread. */
  maxNodes: number;
}

export const NETWORK_LIMITS: WalkLimits = { maxDepth: 24, maxNodes: 200_000 };

/** A post object: the fields every Threads post has been seen with. */
function looksLikePost(value: unknown): boolean {
  return isRecord(value) && 'pk' in value && 'taken_at' in value && isRecord(value.user);
}

/**
 * Depth-first, in document order (so a thread's items and a feed's threads keep their order); does not
 * descend into a hit, so posts are never walked (and quoted posts never counted twice).
 */
export function findThreadHits(document: unknown, limits: WalkLimits): ThreadHit[] {
  const hits: ThreadHit[] = [];
  const stack: Array<{ value: unknown; path: readonly string[] }> = [{ value: document, path: [] }];
  let visited = 0;
  while (stack.length > 0 && visited < limits.maxNodes) {
    const { value, path } = stack.pop()!;
    visited += 1;
    if (path.length > limits.maxDepth) continue;
    const children: Array<{ value: unknown; path: readonly string[] }> = [];
    if (Array.isArray(value)) {
      for (const child of value)
        if (typeof child === 'object' && child !== null) children.push({ value: child, path });
    } else if (isRecord(value)) {
      for (const [key, child] of Object.entries(value)) {
        if (typeof child !== 'object' || child === null) continue;
        const hit = hitAt(key, child, path);
        if (hit === undefined) children.push({ value: child, path: [...path, key] });
        else hits.push(hit);
        // A strong-id post page nests its parent chain and replies inside the post's own info.
        if (hit?.root === 'postMedia' && key === 'media') {
          children.push({ value: asRecord(child)?.text_post_app_info, path: [...path, key] });
        }
      }
    }
    for (let index = children.length - 1; index >= 0; index -= 1) stack.push(children[index]!);
  }
  return hits;
}

function hitAt(key: string, value: unknown, path: readonly string[]): ThreadHit | undefined {
  if (key === 'thread_items') {
    const items = asArray(value);
    if (items === undefined) return undefined;
    // An item is `{post, …}`; a bare non-object item is kept so it is counted as a skip, not lost.
    return { root: rootOf(path), posts: items.map((item) => (isRecord(item) ? item.post : item)) };
  }
  if (key === 'posts') {
    const edges = asArray(asRecord(value)?.edges);
    if (edges === undefined || !edges.some((edge) => looksLikePost(asRecord(edge)?.node))) return undefined;
    return { root: rootOf(path), posts: edges.map((edge) => asRecord(edge)?.node) };
  }
  if (key === 'media' && looksLikePost(value)) return { root: 'postMedia', posts: [value] };
  return undefined;
}

/** The innermost known marker on the path names the root. */
export function rootOf(path: readonly string[]): ThreadsRoot {
  for (let index = path.length - 1; index >= 0; index -= 1) {
    const key = path[index]!;
    if (key === 'data' && path[index - 1] === 'data') return 'postPage';
    const entry = THREADS_ROOTS.find((candidate) => candidate.marker === key);
    if (entry !== undefined) return entry.root;
  }
  return 'unknown';
}
