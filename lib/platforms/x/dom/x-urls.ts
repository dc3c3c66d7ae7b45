/**
 * URL shapes the X DOM parser reads: status permalinks, profile links, pbs.twimg.com images.
 * (Kept under dom/ so this parser depends on no other file of the X platform folder.)
 */

/** X handles are 1–15 word characters; older accounts can be longer, so allow up to 50. */
const HANDLE = /^[A-Za-z0-9_]{1,50}$/;
const X_ORIGIN = /^https?:\/\/(?:www\.|mobile\.)?(?:x|twitter)\.com(?=\/)/i;
/** Paths under x.com that look like /<handle> but are app pages. */
const RESERVED = new Set([
  'i',
  'home',
  'explore',
  'search',
  'hashtag',
  'notifications',
  'messages',
  'settings',
  'compose',
]);

import { isHttpUrl } from '../../../kit/http-url';

export { isHttpUrl };

export function isHandle(value: string | undefined): value is string {
  return value !== undefined && HANDLE.test(value);
}

/** The path of an x.com link, relative ("/a/status/1") or absolute (saved pages rewrite to "https://x.com/…"). */
export function xPath(href: string | undefined): string | undefined {
  if (href === undefined) return undefined;
  if (href.startsWith('/') && !href.startsWith('//')) return href;
  const origin = X_ORIGIN.exec(href);
  return origin ? href.slice(origin[0].length) : undefined;
}

/** An href as an absolute URL: x.com paths are resolved, other http(s) URLs kept, the rest dropped. */
export function absoluteUrl(href: string | undefined): string | undefined {
  if (href === undefined) return undefined;
  if (href.startsWith('/') && !href.startsWith('//')) return `https://x.com${href}`;
  return isHttpUrl(href) ? href : undefined;
}

export interface StatusRef {
  handle: string;
  id: string;
  /** What follows the id: "" for the permalink, "/photo/1", "/analytics", "/history", … */
  rest: string;
}

/** Reads /<handle>/status/<id>[/…] from an href; undefined for anything else. */
export function statusRef(href: string | undefined): StatusRef | undefined {
  const path = xPath(href);
  if (path === undefined) return undefined;
  const match = /^\/([A-Za-z0-9_]{1,50})\/status\/(\d{1,40})(\/[^?#]*)?(?:[?#].*)?$/.exec(path);
  if (!match || RESERVED.has(match[1]!.toLowerCase())) return undefined;
  return { handle: match[1]!, id: match[2]!, rest: match[3] ?? '' };
}

/** Reads the handle of a profile link /<handle>; undefined for anything else. */
export function profileHandle(href: string | undefined): string | undefined {
  const path = xPath(href);
  if (path === undefined) return undefined;
  const match = /^\/([A-Za-z0-9_]{1,50})\/?(?:[?#].*)?$/.exec(path);
  if (!match || RESERVED.has(match[1]!.toLowerCase())) return undefined;
  return match[1];
}

export function permalink(handle: string, id: string): string {
  return `https://x.com/${handle}/status/${id}`;
}

/**
 * pbs.twimg.com images as the network parser would name them: the DOM writes
 * `…/media/<key>?format=jpg&name=small`; the API's `media_url_https` is `…/media/<key>.jpg`.
 * Photos get `?name=orig` (full size); posters and card images keep no size (the default).
 * A `format=webp` rendition keeps its query because the original extension is unknown.
 */
export function twimgImageUrl(url: string, original: boolean): string {
  const match = /^(https:\/\/pbs\.twimg\.com\/[^?#\s]+)(?:\?([^#\s]*))?$/.exec(url);
  if (!match) return url;
  const path = match[1]!;
  const format = /(?:^|&)format=([a-z0-9]+)/i.exec(match[2] ?? '')?.[1];
  const hasExtension = /\.[a-z0-9]{3,4}$/i.test(path);
  const size = original ? 'name=orig' : '';
  if (format && !hasExtension && /^(jpg|jpeg|png|gif)$/i.test(format)) {
    return size ? `${path}.${format}?${size}` : `${path}.${format}`;
  }
  if (format && !hasExtension) return `${path}?format=${format}${size ? `&${size}` : ''}`;
  return size ? `${path}?${size}` : path;
}

/** The first `url(…)` of an inline style attribute (X paints images as CSS backgrounds too). */
export function styleImageUrl(style: string | undefined): string | undefined {
  if (style === undefined) return undefined;
  const match = /url\(\s*(["']?)(.*?)\1\s*\)/.exec(style);
  return match ? match[2] : undefined;
}
