import { hostMatches } from '../platforms/adapter';
import type { Network } from '../platforms/registry';
import type { Post } from '../post';

/*
 * What the background checks about a schema-valid post before it becomes the user's data. The page
 * is hostile: any script on x.com can raise the tap's event, so a post must fit the network of the
 * page that sent it (ids, hosts) and the background's own clock (times). A post that claims another
 * network is refused; a part that does not fit (a media URL on a foreign host) is dropped and
 * counted; a time outside what can be true is clamped and counted.
 */

/** How far ahead of the background's clock a post's time may be (servers' clocks run a little ahead). */
export const CLOCK_SKEW_MS = 10 * 60 * 1000;

export type Admission = { post: Post; notes: string[] } | { refused: string };

export function admitPost(candidate: Post, network: Network, now: number): Admission {
  const refused = refusal(candidate, network);
  if (refused) return { refused };
  const notes: string[] = [];
  const post = fitMedia(candidate, network, notes);
  clampTimes(post, network, now, notes);
  if (post.linkCard) post.linkCard = withOwnDomain(post.linkCard);
  return { post, notes };
}

function refusal(post: Post, network: Network): string | undefined {
  if (post.platform !== network.id || post.id !== `${network.id}:${post.nativeId}`) return 'id-network';
  if (!network.nativeIdPattern.test(post.nativeId)) return 'id-shape';
  const referenced = [
    post.repost?.originalId,
    post.quotedPostId,
    post.reply?.toPostId,
    post.reply?.rootPostId,
  ];
  if (referenced.some((id) => id !== undefined && !isIdOf(id, network))) return 'ref-network';
  if (!onWebHost(post.url, network)) return 'url-host';
  return undefined;
}

function isIdOf(id: string, network: Network): boolean {
  const prefix = `${network.id}:`;
  return id.startsWith(prefix) && network.nativeIdPattern.test(id.slice(prefix.length));
}

function hostOf(url: string): { protocol: string; host: string } | undefined {
  try {
    const parsed = new URL(url);
    return { protocol: parsed.protocol, host: parsed.hostname };
  } catch {
    return undefined;
  }
}

/** A permalink is on the network's own web hosts (https); a network of the user's servers: any https host. */
function onWebHost(url: string, network: Network): boolean {
  const parsed = hostOf(url);
  if (!parsed || parsed.protocol !== 'https:') return false;
  return network.webHosts.length === 0 || network.webHosts.includes(parsed.host);
}

/**
 * Avatars, media and card images load in the feed: only from the network's own CDN (or its web
 * app's pages: the X markup gives a video only as its page on x.com).
 */
function onMediaHost(url: string, network: Network): boolean {
  if (!network.mediaHosts) return true;
  const parsed = hostOf(url);
  if (!parsed) return false;
  return (
    network.webHosts.includes(parsed.host) ||
    network.mediaHosts.some((pattern) => hostMatches(parsed.host, pattern))
  );
}

function fitMedia(candidate: Post, network: Network, notes: string[]): Post {
  const post: Post = { ...candidate, author: { ...candidate.author } };
  if (post.author.avatarUrl && !onMediaHost(post.author.avatarUrl, network)) {
    delete post.author.avatarUrl;
    notes.push('avatar-host');
  }
  const media = post.media.filter((item) => {
    const fits =
      onMediaHost(item.url, network) && (!item.previewUrl || onMediaHost(item.previewUrl, network));
    if (!fits) notes.push('media-host');
    return fits;
  });
  if (media.length !== post.media.length) post.media = media;
  if (post.linkCard?.imageUrl && !onMediaHost(post.linkCard.imageUrl, network)) {
    const { imageUrl: _dropped, ...card } = post.linkCard;
    post.linkCard = card;
    notes.push('card-image-host');
  }
  if (post.emojis || post.author.emojis) {
    const emojis = post.emojis?.filter((emoji) => onMediaHost(emoji.url, network));
    const authorEmojis = post.author.emojis?.filter((emoji) => onMediaHost(emoji.url, network));
    if (emojis?.length !== post.emojis?.length || authorEmojis?.length !== post.author.emojis?.length)
      notes.push('emoji-host');
    if (emojis) post.emojis = emojis;
    if (authorEmojis) post.author.emojis = authorEmojis;
  }
  return post;
}

/**
 * Times a page reports are clamped to what can be true: not before the network existed, not after
 * the background's clock (plus a small skew). When Crossfeed saw the post is the background's own
 * reading, never the page's claim.
 */
function clampTimes(post: Post, network: Network, now: number, notes: string[]): void {
  const latest = now + CLOCK_SKEW_MS;
  const clamp = (time: number) => Math.min(Math.max(time, network.launchedAt), latest);
  let clamped = false;
  const fit = (time: number) => {
    const fitted = clamp(time);
    if (fitted !== time) clamped = true;
    return fitted;
  };
  post.createdAt = fit(post.createdAt);
  post.sortAt = fit(post.sortAt);
  if (post.editedAt !== undefined) post.editedAt = fit(post.editedAt);
  if (post.repost?.at !== undefined) post.repost = { ...post.repost, at: fit(post.repost.at) };
  if (post.counts) post.counts = { ...post.counts, readAt: Math.min(post.counts.readAt, now) };
  post.capture = { ...post.capture, firstSeenAt: now, lastSeenAt: now };
  if (clamped) notes.push('time-clamped');
}

/** The domain a card shows is derived from where it links, never taken from the payload. */
function withOwnDomain(card: NonNullable<Post['linkCard']>): NonNullable<Post['linkCard']> {
  const host = hostOf(card.url)?.host.replace(/^www\./, '');
  const { domain: _claimed, ...rest } = card;
  return host ? { ...rest, domain: host } : rest;
}
