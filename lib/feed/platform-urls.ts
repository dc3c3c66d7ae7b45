import type { Post } from '../post';
import { network, type Platform } from '../platforms/registry';
import { safeHttpUrl } from './safe-url';

/**
 * Where a mention, hashtag or cashtag of a post leads on its own network (the network's adapter
 * builds the link and URL-encodes the scraped text, so it cannot change the link's path or host).
 */
export function profileUrl(platform: Platform, handle: string): string {
  return network(platform).links.profile(handle);
}

export function hashtagUrl(platform: Platform, tag: string): string {
  return network(platform).links.hashtag(tag);
}

/** Cashtags are a search where the network has them; elsewhere they lead where a tag would. */
export function cashtagUrl(platform: Platform, symbol: string): string {
  const links = network(platform).links;
  return links.cashtag?.(symbol) ?? links.hashtag(symbol);
}

/**
 * Where "Open" takes the reader: their own server's copy of the post when it has one (a Mastodon
 * status opened there can be replied to, boosted and favourited with their account), else its
 * permalink. Only an http(s) URL, or nothing.
 */
export function openUrl(post: Pick<Post, 'url' | 'local'>): string | undefined {
  return safeHttpUrl(post.local?.url) ?? safeHttpUrl(post.url);
}
