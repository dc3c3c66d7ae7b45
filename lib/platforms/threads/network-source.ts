import type { NetworkCaptureSource, TappedRequest } from '../../capture/source';
import { parseThreadsGraphql } from './parse-graphql';
import { THREADS_HOSTS } from './urls';

/** The web app's GraphQL endpoints: Relay's /graphql/query, and the older /api/graphql. */
const GRAPHQL_PATHS: ReadonlySet<string> = new Set(['/graphql/query', '/api/graphql']);

/** Operation names are identifiers (BarcelonaFeedPaginationDirectQuery); anything else is not trusted as one. */
const OPERATION_NAME = /^[A-Za-z0-9_]{1,100}$/;

/** Said when a request carries no usable `fb_api_req_friendly_name`. */
export const UNNAMED_OPERATION = 'graphql';

function isThreadsGraphql(request: TappedRequest): boolean {
  if (request.method.toUpperCase() !== 'POST') return false;
  let url: URL;
  try {
    // Absolute URLs only: the tap resolves the page's relative ones against location.href, and a
    // relative URL here would not say which site it went to.
    url = new URL(request.url);
  } catch {
    return false;
  }
  return url.protocol === 'https:' && THREADS_HOSTS.has(url.hostname) && GRAPHQL_PATHS.has(url.pathname);
}

/** The request body is a url-encoded form; the friendly name says which query it was. */
export function threadsOperationName(body: string | undefined): string {
  if (body === undefined) return UNNAMED_OPERATION;
  let name: string | null;
  try {
    name = new URLSearchParams(body).get('fb_api_req_friendly_name');
  } catch {
    return UNNAMED_OPERATION;
  }
  return name !== null && OPERATION_NAME.test(name) ? name : UNNAMED_OPERATION;
}

/**
 * Threads network capture. Query names and doc_ids change, so every GraphQL response on a Threads
 * host is read and the parser decides by its data roots; `unknownOperation` therefore never fires —
 * a response without posts shows up in capture health as that operation's `no-posts-root` skip.
 */
export const threadsNetworkSource: NetworkCaptureSource = {
  platform: 'threads',
  match: (request) => (isThreadsGraphql(request) ? threadsOperationName(request.body) : undefined),
  unknownOperation: () => undefined,
  parse: parseThreadsGraphql,
};
