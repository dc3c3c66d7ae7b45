import { withQuery } from '../../kit/url-query';
import type { NetworkAdapter } from '../adapter';

/** X (twitter.com until 2023): read from its GraphQL responses and its markup; posted through its intent page. */
export const x = {
  id: 'x',
  label: 'X',
  badgeClass: 'bg-neutral-900 text-white dark:bg-neutral-100 dark:text-neutral-900',
  webHosts: ['x.com', 'twitter.com', 'mobile.x.com', 'mobile.twitter.com'],
  launchedAt: Date.UTC(2006, 2, 21),
  // rest_id; a repost read from markup: `<original>-rp-<reposter handle, lowercased>`.
  // rest_id; a repost read from markup: `<original>-rp-<reposter handle, lowercased>`.
  nativeIdPattern: /^\d{1,25}(-rp-[a-z0-9_]{1,50})?$/,
  mediaHosts: ['pbs.twimg.com', 'video.twimg.com', 'abs.twimg.com'],
  capture: {
    matches: [
      'https://x.com/*',
      'https://twitter.com/*',
      'https://mobile.x.com/*',
      'https://mobile.twitter.com/*',
    ],
    sources: ['network', 'dom'],
  },
  links: {
    profile: (handle) => `https://x.com/${encodeURIComponent(handle)}`,
    hashtag: (tag) => `https://x.com/hashtag/${encodeURIComponent(tag)}`,
    cashtag: (symbol) => `https://x.com/search?q=${encodeURIComponent(`$${symbol}`)}`,
    reply: (post) => withQuery('https://x.com/intent/tweet', [['in_reply_to', post.nativeId]]),
  },
  compose: {
    intentUrl: (text, options = {}) =>
      withQuery('https://x.com/intent/tweet', [
        ['text', text],
        ['url', options.url],
      ]),
    intentPages: ['https://x.com/intent/*', 'https://twitter.com/intent/*'],
  },
} as const satisfies NetworkAdapter<'x'>;
