import type { Capture } from '../../post';
import type { CaptureContext } from '../../parse-result';
import { isHttpUrl } from '../../kit/http-url';

/**
 * What the Mastodon parser knows about a capture: the common context, whose `requestUrl` (passed by
 * the tap) is the API request's own URL, i.e. the reader's server. On the official web UI it has the
 * page's origin, but Phanpy, Elk and other front-ends run on their own domains and call the server
 * from there, so only the request says which server answered. Without it the page's origin stands in.
 */
export type MastodonCaptureContext = CaptureContext;

const ORIGIN = /^(https?):\/\/(?:[^@/?#\s]*@)?([^/?#\s@]+)/i;
/** The host of an http(s) URL: after `//` and any `user@`, up to a port, path, query or fragment. */
const HOST = /^https?:\/\/(?:[^@/?#\s]*@)?([^/?#\s@:[\]]+)(?::\d{1,5})?(?:[/?#]|$)/i;

/** `https://host[:port]` of an http(s) URL, lowercased; undefined for anything else. */
export function originOf(url: unknown): string | undefined {
  if (!isHttpUrl(url)) return undefined;
  const match = ORIGIN.exec(url);
  return match ? `${match[1]!.toLowerCase()}://${match[2]!.toLowerCase()}` : undefined;
}

/** The host name of an http(s) URL (no port), lowercased. */
export function hostOf(url: unknown): string | undefined {
  if (!isHttpUrl(url)) return undefined;
  const host = HOST.exec(url)?.[1];
  return host === undefined ? undefined : host.toLowerCase();
}

/** The origin of the reader's server, for its local pages (`local.url`). */
export function serverOrigin(context: MastodonCaptureContext): string | undefined {
  return originOf(context.requestUrl) ?? originOf(context.pageUrl);
}

/** The same capture block for every post of one response. */
export function captureOf(context: CaptureContext): Capture {
  const capture: Capture = {
    source: 'network',
    timeline: context.timeline,
    firstSeenAt: context.now,
    lastSeenAt: context.now,
  };
  // An unusable page URL is dropped rather than failing every post of the response.
  if (isHttpUrl(context.pageUrl)) capture.pageUrl = context.pageUrl;
  return capture;
}
