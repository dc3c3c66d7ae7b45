import { asHttpUrl } from '../../kit/json-read';
import { pkToShortcode } from './shortcode';

/** The hosts Threads serves its web app from; threads.net redirects to threads.com but both are live. */
export const THREADS_HOSTS: ReadonlySet<string> = new Set([
  'www.threads.com',
  'threads.com',
  'www.threads.net',
  'threads.net',
]);

/** Meta's outbound-link redirectors: the real target is in the `u` query parameter. */
const REDIRECT_HOSTS: ReadonlySet<string> = new Set(['l.threads.com', 'l.threads.net', 'l.instagram.com']);

/**
 * The canonical permalink. Always www.threads.com, so a post reached via threads.net is the same row.
 * The username is percent-encoded: attribution-only authors (e.g. a Facebook page quoted in a post)
 * carry display names with spaces, and a stored URL may never contain whitespace.
 */
export function threadsPermalink(username: string, code: string): string {
  return `https://www.threads.com/@${encodeURIComponent(username)}/post/${code}`;
}

/** Permalink from the code when given, else from the pk (the code is an encoding of the pk). */
export function permalinkFor(username: string, pk: string, code: string | undefined): string | undefined {
  const shortcode = code !== undefined && /^[A-Za-z0-9_-]{1,64}$/.test(code) ? code : pkToShortcode(pk);
  return shortcode === undefined ? undefined : threadsPermalink(username, shortcode);
}

/**
 * Expands an l.threads.com redirect to its target when the target is given and is http(s);
 * returns any other http(s) URL unchanged and undefined for anything else.
 */
export function expandRedirect(raw: unknown): string | undefined {
  const url = asHttpUrl(raw);
  if (url === undefined) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (!REDIRECT_HOSTS.has(parsed.hostname)) return url;
  return asHttpUrl(parsed.searchParams.get('u')) ?? url;
}

/** "youtube.com" from a URL, for link cards that do not name their domain. */
export function displayDomain(url: string): string | undefined {
  try {
    return new URL(url).hostname.replace(/^www\./, '') || undefined;
  } catch {
    return undefined;
  }
}
