/** The networks the composer can post to. X and Threads only through their own intent pages. */
export const COMPOSE_NETWORKS = ['x', 'threads', 'bluesky', 'mastodon'] as const;
export type ComposeNetwork = (typeof COMPOSE_NETWORKS)[number];

export const NETWORK_LABELS: Record<ComposeNetwork, string> = {
  x: 'X',
  threads: 'Threads',
  bluesky: 'Bluesky',
  mastodon: 'Mastodon',
};
