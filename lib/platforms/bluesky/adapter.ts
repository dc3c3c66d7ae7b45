import { withQuery } from '../../kit/url-query';
import type { NetworkAdapter } from '../adapter';
import { countOnlyOperations } from './operations';

/** Bluesky: read from the XRPC responses bsky.app receives; posted through the user's PDS, or its intent page. */
export const bluesky = {
  id: 'bluesky',
  label: 'Bluesky',
  badgeClass: 'bg-sky-100 text-sky-900 dark:bg-sky-950 dark:text-sky-200',
  webHosts: ['bsky.app'],
  // The first posts of the AT Protocol's network (the invite-only beta opened in February 2023).
  launchedAt: Date.UTC(2022, 10, 1),
  // The record's at:// URI (a post, or a repost record); a repost without one: `<post uri>-rp-<reposter DID>`.
  nativeIdPattern:
    /^at:\/\/did:[a-z]+:[A-Za-z0-9._:%-]{1,300}\/app\.bsky\.feed\.(post|repost)\/[A-Za-z0-9._~:-]{1,100}(-rp-did:[a-z]+:[A-Za-z0-9._:%-]{1,300})?$/,
  // cdn.bsky.social: the app view's image proxy before it moved to cdn.bsky.app (2023 responses).
  mediaHosts: ['cdn.bsky.app', 'cdn.bsky.social', 'video.bsky.app', 'video.cdn.bsky.app'],
  capture: {
    matches: ['https://bsky.app/*'],
    sources: ['network'],
    zeroPostOperations: countOnlyOperations(),
  },
  links: {
    profile: (handle) => `https://bsky.app/profile/${encodeURIComponent(handle)}`,
    hashtag: (tag) => `https://bsky.app/hashtag/${encodeURIComponent(tag)}`,
  },
  identity: {
    bareHandle: (handle) => handle.toLowerCase().replace(/\.bsky\.social$/, ''),
    // Bridgy Fed shows a fediverse account on Bluesky as `<user>.<server>.ap.brid.gy`.
    bridgedTwin: (handle) => {
      const fedi = /^([a-z0-9_.-]+?)\.([a-z0-9.-]+\.[a-z]{2,})\.ap\.brid\.gy$/.exec(handle.toLowerCase());
      return fedi ? { platform: 'mastodon', handle: `${fedi[1]}@${fedi[2]}` } : undefined;
    },
  },
  compose: {
    // Its intent has no url parameter: the link goes at the end of the text.
    intentUrl: (text, options = {}) => {
      const full =
        options.url && !text.includes(options.url) ? `${text}${text ? ' ' : ''}${options.url}` : text;
      return withQuery('https://bsky.app/intent/compose', [['text', full]]);
    },
    account: {
      kind: 'app-password',
      defaultServer: 'https://bsky.social',
      handleHint: 'Handle (you.bsky.social)',
      passwordHint: 'App password (Settings → Privacy and security → App passwords)',
    },
  },
} as const satisfies NetworkAdapter<'bluesky'>;
