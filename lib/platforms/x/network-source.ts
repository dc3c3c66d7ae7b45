import type { NetworkCaptureSource, TappedRequest } from '../../capture/source';
import { isXOperationName } from './operations';
import { parseXGraphql } from './parse-graphql';

/**
 * X's GraphQL endpoint as the web app calls it: `https://x.com/i/api/graphql/<queryId>/<Operation>`
 * (also twitter.com and mobile.twitter.com, which serve the same app, and api.x.com / api.twitter.com
 * where the path has no `/i/api`). A relative `/i/api/graphql/…` is the page's own origin. The query
 * string (variables, features) and fragment are ignored.
 */
const GRAPHQL_URL =
  /^(?:https:\/\/(?:www\.|mobile\.|api\.)?(?:x|twitter)\.com)?(?:\/i\/api)?\/graphql\/[A-Za-z0-9_-]{1,64}\/([A-Za-z][A-Za-z0-9_]{0,99})(?:[?#]|$)/i;

/** The operation name of an X GraphQL request URL, or undefined for anything else. */
export function xGraphqlOperation(url: string): string | undefined {
  return GRAPHQL_URL.exec(url)?.[1];
}

export const xNetworkSource: NetworkCaptureSource = {
  platform: 'x',
  match(request: TappedRequest) {
    const operation = xGraphqlOperation(request.url);
    return operation !== undefined && isXOperationName(operation) ? operation : undefined;
  },
  unknownOperation(request: TappedRequest) {
    const operation = xGraphqlOperation(request.url);
    return operation !== undefined && !isXOperationName(operation) ? operation : undefined;
  },
  parse: parseXGraphql,
};
