import type { NetworkAdapter } from './adapter';
import { bluesky } from './bluesky/adapter';
import { mastodon } from './mastodon/adapter';
import { threads } from './threads/adapter';
import { x } from './x/adapter';

/**
 * The networks, in the order the feed, the composer and the options list them. The one list:
 * everything else reads names, hosts and rules from here (see adapter.ts for what a network is).
 */
const ADAPTERS = [x, threads, bluesky, mastodon] as const;

export type Platform = (typeof ADAPTERS)[number]['id'];
export type Network = NetworkAdapter<Platform>;
export const NETWORKS: readonly Network[] = ADAPTERS;

/** The ids, for schemas (`z.enum(PLATFORMS)`). */
export const PLATFORMS = NETWORKS.map((network) => network.id) as unknown as readonly [
  Platform,
  ...Platform[],
];

const BY_ID = new Map<string, Network>(NETWORKS.map((network) => [network.id, network]));

export function network(id: Platform): Network {
  return BY_ID.get(id)!;
}

export function isPlatform(value: unknown): value is Platform {
  return typeof value === 'string' && BY_ID.has(value);
}

/** The network whose web app runs on `host` (static hosts only; Mastodon servers are the user's). */
export function networkOfHost(host: string): Network | undefined {
  return NETWORKS.find((candidate) => candidate.webHosts.includes(host));
}
