/**
 * The Bluesky XRPC operations Crossfeed reads (`/xrpc/<NSID>` on any host: the user's own PDS,
 * which proxies to the AppView with an `atproto-proxy` header, or public.api.bsky.app /
 * api.bsky.app signed out). The parser decides by the response's roots, not by this name; the
 * table says which operations are worth reading and where their posts are.
 */

export type BlueskyRoot = 'feed' | 'posts' | 'thread' | 'thread[]' | 'bookmarks' | 'notifications';

export interface BlueskyOperation {
  root: BlueskyRoot;
  /** One line: why Crossfeed reads it. */
  why: string;
  /** Read only to be counted: its responses yield no posts by design (capture health knows it). */
  countOnly?: true;
}

export const BLUESKY_OPERATIONS = {
  'app.bsky.feed.getTimeline': { root: 'feed', why: 'the Following home feed: most of what users read' },
  'app.bsky.feed.getFeed': { root: 'feed', why: 'a custom feed (Discover, pinned feeds)' },
  'app.bsky.feed.getAuthorFeed': {
    root: 'feed',
    why: 'a profile: posts, replies, media, with its pinned post',
  },
  'app.bsky.feed.getListFeed': { root: 'feed', why: "a list's feed" },
  'app.bsky.feed.getActorLikes': { root: 'feed', why: "the user's own Likes tab: posts they chose" },
  'app.bsky.feed.searchPosts': { root: 'posts', why: 'search results' },
  'app.bsky.feed.searchPostsV2': {
    root: 'posts',
    why: 'search results (the 2026 search endpoint, same posts[])',
  },
  'app.bsky.feed.getPosts': {
    root: 'posts',
    why: 'posts fetched by URI: notification subjects and replies, quoted and embedded posts',
  },
  'app.bsky.feed.getQuotes': { root: 'posts', why: "a post's Quotes page" },
  'app.bsky.feed.getPostThread': {
    root: 'thread',
    why: 'a post page: the post, its parents and replies (tree)',
  },
  'app.bsky.unspecced.getPostThreadV2': {
    root: 'thread[]',
    why: 'a post page in the current app: the same thread as a flat list',
  },
  'app.bsky.unspecced.getPostThreadOtherV2': {
    root: 'thread[]',
    why: 'the replies a thread hides behind "show more" (hidden by threadgate or ranked low)',
  },
  'app.bsky.bookmark.getBookmarks': { root: 'bookmarks', why: "the user's own saved posts" },
  'app.bsky.notification.listNotifications': {
    root: 'notifications',
    // Its reply/mention/quote notifications carry the post RECORD (text, facets, reply refs, raw
    // embed blob refs) but no view: no media URLs, no quote, no counts. The app fetches every post it
    // shows there with getPosts right after (social-app notifications/util.ts fetchSubjects), which
    // gives the full postView. A row built from the record would be thinner, and a network reading
    // replaces the stored row, so it could wipe that richer row; so nothing is built from it, and
    // each such notification is counted (`notification-post`) to show the capture saw it.
    why: 'notifications: counted only, the posts come through getPosts',
    countOnly: true,
  },
} as const satisfies Record<string, BlueskyOperation>;

export type BlueskyOperationName = keyof typeof BLUESKY_OPERATIONS;

export function isBlueskyOperationName(name: string): name is BlueskyOperationName {
  return Object.prototype.hasOwnProperty.call(BLUESKY_OPERATIONS, name);
}

/** The operations read only to be counted (their responses yield no posts by design). */
export function countOnlyOperations(): string[] {
  return Object.entries(BLUESKY_OPERATIONS as Record<string, BlueskyOperation>)
    .filter(([, operation]) => operation.countOnly)
    .map(([name]) => name);
}
