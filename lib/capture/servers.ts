import { browser } from 'wxt/browser';
import { z } from 'zod';
import { serverOrigin } from '../kit/server-url';
import { NETWORKS, PLATFORMS, type Network, type Platform } from '../platforms/registry';

/**
 * The servers the user turned capture on for (networks whose hosts are the user's: Mastodon). The
 * list lives in browser.storage.local beside the accounts, not in the store's settings: like them it
 * goes with browser state (a host permission and registered content scripts), which "delete
 * everything" does not touch. Only the background writes it (lib/capture/worker/servers.ts);
 * extension pages read it here.
 */
export interface CaptureServer {
  /** `https://host[:port]`, as URL.origin spells it: what the sender check compares. */
  origin: string;
  network: Platform;
  addedAt: number;
}

export const CAPTURE_SERVERS_KEY = 'captureServers';
/** A generous cap: each server is two registered content scripts. */
export const MAX_CAPTURE_SERVERS = 50;

const serverSchema = z.object({
  origin: z.string().max(300),
  network: z.enum(PLATFORMS),
  addedAt: z.number().int().nonnegative(),
});

/** The networks capture runs for on servers the user adds. */
export function userServerNetworks(): Network[] {
  return NETWORKS.filter((network) => network.capture.userServers !== undefined);
}

/** A server as the user typed it ("mastodon.social", a profile URL…) → its origin; throws when it is not one. */
export function captureServerOrigin(input: string): string {
  return serverOrigin(input);
}

/** The match pattern of every page of a server. */
export function serverPattern(origin: string): string {
  return `${origin}/*`;
}

/** The stored list, each entry checked (a broken one is left out, never trusted). */
export function parseCaptureServers(value: unknown): CaptureServer[] {
  if (!Array.isArray(value)) return [];
  const servers: CaptureServer[] = [];
  for (const item of value.slice(0, MAX_CAPTURE_SERVERS)) {
    const parsed = serverSchema.safeParse(item);
    if (parsed.success && isOrigin(parsed.data.origin)) servers.push(parsed.data);
  }
  return servers;
}

export async function readCaptureServers(): Promise<CaptureServer[]> {
  const stored = await browser.storage.local.get(CAPTURE_SERVERS_KEY);
  return parseCaptureServers(stored[CAPTURE_SERVERS_KEY]);
}

function isOrigin(value: string): boolean {
  try {
    return captureServerOrigin(value) === value;
  } catch {
    return false;
  }
}
