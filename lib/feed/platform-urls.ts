import type { Platform } from '../post';

/**
 * Where a mention, hashtag or cashtag of a post leads on its own platform. Handles and tags are
 * URL-encoded: they are scraped text and must not be able to change the link's path or host.
 */
const PROFILE: Record<Platform, (handle: string) => string> = {
  x: (handle) => `https://x.com/${handle}`,
  threads: (handle) => `https://www.threads.com/@${handle}`,
  bluesky: (handle) => `https://bsky.app/profile/${handle}`,
  mastodon: (handle) => `https://${mastodonHost(handle)}/@${handle.split('@')[0]}`,
};

const TAG: Record<Platform, (tag: string) => string> = {
  x: (tag) => `https://x.com/hashtag/${tag}`,
  threads: (tag) => `https://www.threads.com/search?q=${tag}&serp_type=tags`,
  bluesky: (tag) => `https://bsky.app/hashtag/${tag}`,
  mastodon: (tag) => `https://mastodon.social/tags/${tag}`,
};

function mastodonHost(handle: string): string {
  const host = handle.split('@')[1];
  return host && /^[a-z0-9.-]+$/i.test(host) ? host : 'mastodon.social';
}

export function profileUrl(platform: Platform, handle: string): string {
  if (platform === 'mastodon') return PROFILE.mastodon(handle);
  return PROFILE[platform](encodeURIComponent(handle));
}

export function hashtagUrl(platform: Platform, tag: string): string {
  return TAG[platform](encodeURIComponent(tag));
}

/** Cashtags are an X search; elsewhere they lead to the platform's search like a tag. */
export function cashtagUrl(platform: Platform, symbol: string): string {
  if (platform === 'x') return `https://x.com/search?q=${encodeURIComponent(`$${symbol}`)}`;
  return hashtagUrl(platform, symbol);
}
