import { asHttpUrl } from '../../../kit/http-url';

/**
 * at://did/app.bsky.feed.post/rkey → https://bsky.app/profile/<handle or did>/post/<rkey>. The URI
 * and the handle come from the server: each part is URL-encoded and the result passes the one
 * http(s) rule before it can become an href; anything odd links to Bluesky's front page.
 */
export function blueskyPostUrl(atUri: string, handle?: string): string {
  const match = /^at:\/\/([^/]+)\/app\.bsky\.feed\.post\/([^/]+)$/.exec(atUri);
  if (!match) return 'https://bsky.app/';
  const who = encodeURIComponent(handle ?? match[1] ?? '');
  return (
    asHttpUrl(`https://bsky.app/profile/${who}/post/${encodeURIComponent(match[2] ?? '')}`) ??
    'https://bsky.app/'
  );
}
