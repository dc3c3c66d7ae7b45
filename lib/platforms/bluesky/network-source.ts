import type { NetworkCaptureSource, TappedRequest } from '../../capture/source';
import { isBlueskyOperationName } from './operations';
import { parseBlueskyXrpc } from './parse-xrpc';

/**
 * An XRPC call: `/xrpc/<NSID>` at the root of ANY host (every PDS serves it, and the signed-in app
 * talks to the user's own), absolute or relative, query and fragment ignored. The NSID is checked by
 * its syntax (reversed-domain segments, then a name): `…/xrpc/<NSID>/more` or `/api/xrpc/…` are
 * not XRPC and are not matched.
 */
const XRPC_URL =
  /^(?:https?:)?(?:\/\/[^/?#]*)?\/xrpc\/([a-zA-Z](?:[a-zA-Z0-9-]{0,62})(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,62})){1,}\.[a-zA-Z][a-zA-Z0-9]{0,62})(?:[?#]|$)/;

/** The NSID of an XRPC request URL, or undefined for anything else. */
export function blueskyXrpcOperation(url: string): string | undefined {
  return XRPC_URL.exec(url)?.[1];
}

/** The Bluesky app's own namespace: other app.bsky calls are counted as unknown, nothing else is. */
const APP_BSKY = 'app.bsky.';
/** Capture health keys operation names up to 100 characters. */
const MAX_NAME = 100;

export const blueskyNetworkSource: NetworkCaptureSource = {
  platform: 'bluesky',
  match(request: TappedRequest) {
    const operation = blueskyXrpcOperation(request.url);
    return operation !== undefined && isBlueskyOperationName(operation) ? operation : undefined;
  },
  unknownOperation(request: TappedRequest) {
    const operation = blueskyXrpcOperation(request.url);
    if (operation === undefined || !operation.startsWith(APP_BSKY) || isBlueskyOperationName(operation)) {
      return undefined;
    }
    return operation.slice(0, MAX_NAME);
  },
  parse: parseBlueskyXrpc,
};
