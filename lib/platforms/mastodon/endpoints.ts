/**
 * The Mastodon REST reads Crossfeed takes its posts from: what the official web UI (axios/XHR),
 * Phanpy and Elk (`fetch`) request while the reader scrolls. Servers live on any host, so requests
 * are matched by PATH on an absolute https URL (this source is only installed on the servers the
 * reader turned on). Operation names are short and stable: they become `capture.timeline` and the
 * capture-health keys. The query string never matters except where it changes what the list is.
 */

interface Endpoint {
  /** The path after `/api/`, whole (`[^/]+` stands for one id segment). */
  path: RegExp;
  operation: string | ((query: string) => string);
  why: string;
}

const LOCAL = /[?&]local=(?:true|1)(?:&|$)/;
const PINNED = /[?&]pinned=(?:true|1)(?:&|$)/;

export const MASTODON_ENDPOINTS: readonly Endpoint[] = [
  {
    path: /^v1\/timelines\/home$/,
    operation: 'timelines/home',
    why: 'the home timeline: most of what users read',
  },
  {
    path: /^v1\/timelines\/public$/,
    operation: (query) => (LOCAL.test(query) ? 'timelines/local' : 'timelines/public'),
    why: 'the local and federated timelines (`?local=true` is the local one)',
  },
  { path: /^v1\/timelines\/list\/[^/]+$/, operation: 'timelines/list', why: "a list's timeline" },
  { path: /^v1\/timelines\/tag\/[^/]+$/, operation: 'timelines/tag', why: 'a hashtag timeline' },
  {
    path: /^v1\/timelines\/link$/,
    operation: 'timelines/link',
    why: 'posts sharing a trending link (`?url=`)',
  },
  {
    path: /^v1\/accounts\/[^/]+\/statuses$/,
    operation: (query) => (PINNED.test(query) ? 'accounts/statuses/pinned' : 'accounts/statuses'),
    why: "a profile's posts (`?pinned=true`: the ones pinned on it)",
  },
  {
    path: /^v1\/statuses\/[^/]+$/,
    operation: 'statuses/show',
    why: 'one status opened, or fetched for a quote',
  },
  { path: /^v1\/statuses\/[^/]+\/context$/, operation: 'statuses/context', why: "a status's thread" },
  {
    path: /^v1\/statuses$/,
    operation: 'statuses/list',
    why: 'several statuses fetched by id (`?id[]=`, 4.3+)',
  },
  { path: /^v2\/search$/, operation: 'search', why: 'search results (beside accounts and hashtags)' },
  { path: /^v1\/trends\/statuses$/, operation: 'trends/statuses', why: 'the Explore tab' },
  { path: /^v1\/bookmarks$/, operation: 'bookmarks', why: "the reader's bookmarks" },
  { path: /^v1\/favourites$/, operation: 'favourites', why: "the reader's favourites" },
  {
    path: /^v2\/notifications$/,
    operation: 'notifications/v2',
    why: 'grouped notifications: statuses beside the groups',
  },
  { path: /^v1\/notifications$/, operation: 'notifications/v1', why: 'notifications, each with its status' },
];

/** An absolute https URL's `/api/v1|v2/…` path (after `/api/`, no trailing slash) and query. */
/** Case matters in the path, as in Mastodon's routes; `https:` is case-insensitive as in any URL. */
const API_URL = /^[Hh][Tt][Tt][Pp][Ss]:\/\/[^/?#\s]+\/api\/(v[12]\/[^?#\s]*?)\/?(\?[^#\s]*)?(?:#.*)?$/;

function apiPath(url: string): { path: string; query: string } | undefined {
  const match = API_URL.exec(url);
  return match ? { path: match[1]!, query: match[2] ?? '' } : undefined;
}

/** The operation a GET of `url` answers, when Crossfeed reads it. */
export function mastodonOperation(url: string, method: string): string | undefined {
  if (method.toUpperCase() !== 'GET') return undefined;
  const api = apiPath(url);
  if (api === undefined) return undefined;
  for (const endpoint of MASTODON_ENDPOINTS) {
    if (!endpoint.path.test(api.path)) continue;
    return typeof endpoint.operation === 'string' ? endpoint.operation : endpoint.operation(api.query);
  }
  return undefined;
}

const WORD = /^[a-z_]{1,40}$/;

/**
 * The name under which another `/api/v1|v2/…` GET is counted: version, resource and, for a deeper
 * path, its last word (`v1/accounts/followers`). Ids, tags and other values never become part of a
 * name: a segment that is not a lowercase word is left out.
 */
export function unknownMastodonOperation(url: string, method: string): string | undefined {
  if (method.toUpperCase() !== 'GET' || mastodonOperation(url, method) !== undefined) return undefined;
  const api = apiPath(url);
  if (api === undefined) return undefined;
  const [version, resource, ...rest] = api.path.split('/');
  if (resource === undefined || !WORD.test(resource)) return `${version!}/other`;
  const last = rest.length >= 2 ? rest[rest.length - 1]! : undefined;
  return `${version!}/${resource}${last !== undefined && WORD.test(last) ? `/${last}` : ''}`;
}

/** The streaming API's WebSocket: `wss://<server or its streaming host>/api/v1/streaming[/]?stream=…`. */
const STREAMING_URL = /^wss:\/\/[^/?#\s]+\/api\/v1\/streaming\/?(?:[?#]|$)/i;

/** The operation name of a streaming WebSocket URL ('streaming'), or undefined for any other socket. */
export function mastodonStreamingOperation(url: string): string | undefined {
  return STREAMING_URL.test(url) ? 'streaming' : undefined;
}
