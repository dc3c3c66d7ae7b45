import type { Post } from '../post';

/*
 * The networks' own compose pages, opened in a tab with the text prefilled. Every value goes
 * through encodeURIComponent (spaces as %20, never '+', which some intent pages keep literally),
 * so emoji, newlines, '&' and '#' arrive exactly as typed.
 */

function withQuery(base: string, params: Array<[string, string | undefined]>): string {
  const query = params
    .filter((p): p is [string, string] => p[1] !== undefined && p[1] !== '')
    .map(([key, value]) => `${key}=${encodeURIComponent(value)}`)
    .join('&');
  return query ? `${base}?${query}` : base;
}

export interface IntentOptions {
  /** A link to share alongside the text (X and Threads show it as a card). */
  url?: string;
}

/** X's web intent: https://x.com/intent/tweet?text=…&url=… */
export function xIntentUrl(text: string, options: IntentOptions = {}): string {
  return withQuery('https://x.com/intent/tweet', [
    ['text', text],
    ['url', options.url],
  ]);
}

/** Threads' web intent: https://www.threads.com/intent/post?text=…&url=… */
export function threadsIntentUrl(text: string, options: IntentOptions = {}): string {
  return withQuery('https://www.threads.com/intent/post', [
    ['text', text],
    ['url', options.url],
  ]);
}

/** Bluesky's compose intent (no account set up): https://bsky.app/intent/compose?text=… */
export function blueskyIntentUrl(text: string, options: IntentOptions = {}): string {
  // Bluesky's intent has no url parameter: the link goes at the end of the text.
  const full = options.url && !text.includes(options.url) ? `${text}${text ? ' ' : ''}${options.url}` : text;
  return withQuery('https://bsky.app/intent/compose', [['text', full]]);
}

export type IntentNetwork = 'x' | 'threads' | 'bluesky';

const INTENTS: Record<IntentNetwork, (text: string, options?: IntentOptions) => string> = {
  x: xIntentUrl,
  threads: threadsIntentUrl,
  bluesky: blueskyIntentUrl,
};

export function intentUrl(network: IntentNetwork, text: string, options?: IntentOptions): string {
  return INTENTS[network](text, options);
}

/**
 * "Reply on <network>" for a captured post: X's reply intent by the tweet id; elsewhere the
 * post's own permalink, where the network's reply box is (Threads has no reply intent).
 */
export function replyUrl(post: Pick<Post, 'platform' | 'nativeId' | 'url'>): string {
  if (post.platform === 'x') return withQuery('https://x.com/intent/tweet', [['in_reply_to', post.nativeId]]);
  return post.url;
}
