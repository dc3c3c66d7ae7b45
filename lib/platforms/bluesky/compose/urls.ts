/** at://did/app.bsky.feed.post/rkey → https://bsky.app/profile/<handle or did>/post/<rkey> */
export function blueskyPostUrl(atUri: string, handle?: string): string {
  const match = /^at:\/\/([^/]+)\/app\.bsky\.feed\.post\/([^/]+)$/.exec(atUri);
  if (!match) return 'https://bsky.app/';
  return `https://bsky.app/profile/${handle ?? match[1]}/post/${match[2]}`;
}
