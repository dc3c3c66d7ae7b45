/**
 * Canonical x.com URLs. X serves the same content under twitter.com; Crossfeed stores x.com forms
 * so one post always has one permalink. Shared by the network and DOM parsers.
 */

export const X_ORIGIN = 'https://x.com';

/** Handles are letters, digits and underscores (15 max today; older accounts may be longer). */
export function isXHandle(value: unknown): value is string {
  return typeof value === 'string' && /^[A-Za-z0-9_]{1,50}$/.test(value);
}

/** `https://x.com/<handle>/status/<id>`: the permalink X itself shares. */
export function xStatusUrl(handle: string, id: string): string {
  return `${X_ORIGIN}/${handle}/status/${id}`;
}

/** A live or replayed broadcast (Periscope/X Live). */
export function xBroadcastUrl(broadcastId: string): string {
  return `${X_ORIGIN}/i/broadcasts/${broadcastId}`;
}

/** An audio Space. */
export function xSpaceUrl(spaceId: string): string {
  return `${X_ORIGIN}/i/spaces/${spaceId}`;
}

/** An X Article (long-form post). */
export function xArticleUrl(articleId: string): string {
  return `${X_ORIGIN}/i/article/${articleId}`;
}

/**
 * The original-size rendition of a pbs.twimg.com photo. X's own web app asks for
 * `?format=jpg&name=orig`; appending `name=orig` to `media_url_https` (which keeps the extension
 * in the path) gives the same file and keeps the URL X sent recognisable. The older `:orig`
 * suffix also works but is the legacy form. Other hosts are left as given.
 */
export function xOriginalPhotoUrl(mediaUrl: string): string {
  if (!/^https:\/\/pbs\.twimg\.com\/media\//.test(mediaUrl)) return mediaUrl;
  if (/[?&]name=/.test(mediaUrl)) return mediaUrl.replace(/([?&]name=)[^&]*/, '$1orig');
  return `${mediaUrl}${mediaUrl.includes('?') ? '&' : '?'}name=orig`;
}
