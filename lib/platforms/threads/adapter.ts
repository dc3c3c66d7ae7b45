import { withQuery } from '../../kit/url-query';
import type { NetworkAdapter } from '../adapter';

/** Threads: read from its GraphQL responses, the page's embedded JSON and its markup; posted through its intent page. */
export const threads = {
  id: 'threads',
  label: 'Threads',
  badgeClass: 'bg-fuchsia-100 text-fuchsia-900 dark:bg-fuchsia-950 dark:text-fuchsia-200',
  // threads.net redirects to threads.com, but both are live.
  webHosts: ['www.threads.com', 'threads.com', 'www.threads.net', 'threads.net'],
  launchedAt: Date.UTC(2023, 6, 5),
  // Meta's numeric pk (the DOM fallback reads it from the shortcode); a repost row Meta sends without
  // an id of its own: `<original pk>_repost_<reposter pk or username>`.
  // A repost row Meta sends without an id of its own: `<original pk>_repost_<reposter pk or username>`.
  nativeIdPattern: /^\d{1,30}(_repost_[A-Za-z0-9._]{1,100})?$/,
  // Meta's CDNs; GIF attachments are served by the GIF services Threads' picker uses.
  mediaHosts: ['.cdninstagram.com', '.fbcdn.net', 'media.tenor.co', '.giphy.com'],
  capture: {
    matches: [
      'https://www.threads.com/*',
      'https://threads.com/*',
      'https://www.threads.net/*',
      'https://threads.net/*',
    ],
    sources: ['network', 'dom'],
  },
  links: {
    profile: (handle) => `https://www.threads.com/@${encodeURIComponent(handle)}`,
    hashtag: (tag) => `https://www.threads.com/search?q=${encodeURIComponent(tag)}&serp_type=tags`,
  },
  compose: {
    intentUrl: (text, options = {}) =>
      withQuery('https://www.threads.com/intent/post', [
        ['text', text],
        ['url', options.url],
      ]),
    intentPages: [
      'https://www.threads.com/intent/*',
      'https://threads.com/intent/*',
      'https://www.threads.net/intent/*',
    ],
  },
} as const satisfies NetworkAdapter<'threads'>;
