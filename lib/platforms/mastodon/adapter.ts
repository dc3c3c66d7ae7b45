import type { NetworkAdapter } from '../adapter';

/** `user@host` → its server, when the host part is a plain host name. */
function serverOf(handle: string): string {
  const host = handle.split('@')[1];
  return host && /^[a-z0-9.-]+$/i.test(host) ? host : 'mastodon.social';
}

/**
 * Mastodon: any server. Read from the REST responses and the stream of the servers the user turns
 * capture on for (scripts registered at runtime); posted through the user's own server's API.
 */
export const mastodon = {
  id: 'mastodon',
  label: 'Mastodon',
  badgeClass: 'bg-violet-100 text-violet-900 dark:bg-violet-950 dark:text-violet-200',
  webHosts: [],
  launchedAt: Date.UTC(2016, 2, 16),
  // The status's ActivityPub URI: global, so one status seen through two servers is one row.
  // Older servers used tag: URIs.
  nativeIdPattern: /^(https:\/\/[^\s/]{1,253}\/[^\s]{1,400}|tag:[^\s]{1,400})$/,
  capture: {
    sources: ['network'],
    // The web app's mount point and its embedded initial state (Mastodon's app/views/home/index).
    userServers: { pageMarks: ['#mastodon', 'script#initial-state'] },
    // Most streaming messages are not new statuses (deletes, notifications without one, filters).
    zeroPostOperations: ['streaming'],
  },
  links: {
    profile: (handle) => `https://${serverOf(handle)}/@${encodeURIComponent(handle.split('@')[0] ?? handle)}`,
    hashtag: (tag) => `https://mastodon.social/tags/${encodeURIComponent(tag)}`,
  },
  identity: {
    bareHandle: (handle) => handle.toLowerCase().split('@')[0] ?? handle,
    // Bridgy Fed shows a Bluesky account as `<handle>@bsky.brid.gy`; Threads federates its accounts
    // as `<user>@threads.net`.
    bridgedTwin: (handle) => {
      const lower = handle.toLowerCase();
      const bsky = /^([a-z0-9.-]+)@bsky\.brid\.gy$/.exec(lower);
      if (bsky) return { platform: 'bluesky', handle: bsky[1]! };
      const threads = /^([a-z0-9_.]+)@threads\.(net|com)$/.exec(lower);
      return threads ? { platform: 'threads', handle: threads[1]! } : undefined;
    },
  },
  compose: {
    account: {
      kind: 'oauth',
      serverHint: 'Your server (mastodon.social)',
      tokenHint: 'Access token (Preferences → Development)',
    },
  },
} as const satisfies NetworkAdapter<'mastodon'>;
