/**
 * The X web GraphQL operations Crossfeed reads (`/i/api/graphql/<queryId>/<Operation>`), and where
 * each keeps its posts. The queryId changes with every X deploy; the operation name does not, so
 * only the name is matched. The parser tries every path below on any response (it is also fed
 * files with no URL), then falls back to finding `instructions` by shape.
 */

export interface XOperation {
  /** Where the timeline `instructions` array lives, newest shape first. */
  instructions?: readonly (readonly string[])[];
  /** Where a bare tweet result (`{ result }`, or an array of them) lives, for the non-timeline lookups. */
  tweetResults?: readonly (readonly string[])[];
  /** One line: why Crossfeed reads it. */
  why: string;
}

const userTimeline = [
  ['data', 'user', 'result', 'timeline', 'timeline', 'instructions'],
  // Captures before mid-2025 (x/graphql-UserTweets-timeline_v2-path-small.json).
  ['data', 'user', 'result', 'timeline_v2', 'timeline', 'instructions'],
] as const;

export const X_OPERATIONS = {
  HomeTimeline: {
    instructions: [['data', 'home', 'home_timeline_urt', 'instructions']],
    why: 'the "For you" home feed: most of what users read',
  },
  HomeLatestTimeline: {
    instructions: [['data', 'home', 'home_timeline_urt', 'instructions']],
    why: 'the "Following" home feed (chronological)',
  },
  UserTweets: { instructions: userTimeline, why: 'a profile\'s "Posts" tab, with its pinned post' },
  UserTweetsAndReplies: { instructions: userTimeline, why: 'a profile\'s "Replies" tab' },
  UserMedia: {
    instructions: userTimeline,
    why: 'a profile\'s "Media" tab (a grid module filled by TimelineAddToModule)',
  },
  Likes: { instructions: userTimeline, why: 'a profile\'s "Likes" tab: posts the user chose to see' },
  Bookmarks: {
    instructions: [['data', 'bookmark_timeline_v2', 'timeline', 'instructions']],
    why: "the user's own bookmarks: posts they explicitly kept",
  },
  SearchTimeline: {
    instructions: [['data', 'search_by_raw_query', 'search_timeline', 'timeline', 'instructions']],
    why: 'search results (Top, Latest, Media tabs)',
  },
  TweetDetail: {
    instructions: [['data', 'threaded_conversation_with_injections_v2', 'instructions']],
    why: 'a post page: the focal post, its thread, replies and related posts',
  },
  TweetResultByRestId: {
    tweetResults: [['data', 'tweetResult']],
    why: 'one post fetched by id (embedded or opened posts), no timeline wrapper',
  },
  TweetResultsByRestIds: {
    tweetResults: [['data', 'tweetResult']],
    why: 'several posts fetched by id at once (quote and reply parents), an array of results',
  },
  ListLatestTweetsTimeline: {
    instructions: [['data', 'list', 'tweets_timeline', 'timeline', 'instructions']],
    why: "a List's timeline",
  },
  CommunityTweetsTimeline: {
    instructions: [
      ['data', 'communityResults', 'result', 'ranked_community_timeline', 'timeline', 'instructions'],
    ],
    why: "a Community's timeline",
  },
} as const satisfies Record<string, XOperation>;

export type XOperationName = keyof typeof X_OPERATIONS;

export const X_OPERATION_NAMES = Object.keys(X_OPERATIONS) as XOperationName[];

export function isXOperationName(name: string): name is XOperationName {
  return Object.prototype.hasOwnProperty.call(X_OPERATIONS, name);
}

/** Every distinct instructions path of the table, in table order (tried on any response). */
export const X_INSTRUCTION_PATHS: readonly (readonly string[])[] = uniquePaths('instructions');

/** Every distinct bare-tweet-result path of the table. */
export const X_TWEET_RESULT_PATHS: readonly (readonly string[])[] = uniquePaths('tweetResults');

function uniquePaths(key: 'instructions' | 'tweetResults'): (readonly string[])[] {
  const seen = new Map<string, readonly string[]>();
  for (const operation of Object.values(X_OPERATIONS) as XOperation[]) {
    for (const entry of operation[key] ?? []) seen.set(entry.join('.'), entry);
  }
  return [...seen.values()];
}
