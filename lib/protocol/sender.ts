import { NETWORKS, type Platform } from '../platforms/registry';
import type { Channel } from './spec';

/** The part of `runtime.MessageSender` the checks read. */
export interface SenderInfo {
  id?: string;
  url?: string;
  origin?: string;
  tab?: { id?: number; url?: string };
  frameId?: number;
}

export interface SenderPolicy {
  ownId: string;
  ownOrigin: string;
  /**
   * Origins whose capture the user turned on at runtime (Mastodon servers), and their network. Read
   * from storage, hence a promise; asked only for a tab on none of the registry's own hosts.
   */
  runtimeCaptureOrigin?: (origin: string) => Promise<Platform | undefined> | Platform | undefined;
}

export type SenderVerdict =
  { channel: Exclude<Channel, 'page'>; platform: Platform } | { channel: 'page' } | { rejected: string };

/** `https://x.com/*` → origin `https://x.com`, path prefix `/`; only the trailing `*` is a wildcard. */
function splitPattern(pattern: string): { origin: string; pathPrefix: string } {
  const url = new URL(pattern.replace(/\*$/, ''));
  return { origin: url.origin, pathPrefix: url.pathname };
}

const CAPTURE_ORIGINS = new Map<string, Platform>(
  NETWORKS.flatMap((network) =>
    (network.capture.matches ?? []).map((pattern) => [splitPattern(pattern).origin, network.id] as const),
  ),
);

const INTENT_PAGES = NETWORKS.flatMap((network) =>
  (network.compose.intentPages ?? []).map((pattern) => ({ ...splitPattern(pattern), platform: network.id })),
);

function parse(url: string | undefined): URL | undefined {
  if (!url) return undefined;
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/**
 * Decides what a sender may do, from `sender` alone (never the payload). Page: a document of our
 * own extension origin. Intent: a content script of ours on a network's compose page. Capture: a
 * content script of ours in a tab whose page is on a network's hosts (or a server the user turned
 * on); the network it may write is the page's, never the payload's claim.
 */
export async function checkSender(sender: SenderInfo, policy: SenderPolicy): Promise<SenderVerdict> {
  if (sender.id !== policy.ownId) return { rejected: 'foreign-extension' };
  // Extension URLs are compared as text: not every URL parser gives chrome-extension:// an origin.
  const fromOwnPage = sender.url !== undefined && sender.url.startsWith(`${policy.ownOrigin}/`);
  if (fromOwnPage && (sender.origin === undefined || sender.origin === policy.ownOrigin))
    return { channel: 'page' };
  if (!sender.tab) return { rejected: 'no-tab' };
  const page = parse(sender.url) ?? parse(sender.tab.url);
  if (!page) return { rejected: 'origin-not-allowed' };
  const intent = INTENT_PAGES.find(
    (candidate) => candidate.origin === page.origin && page.pathname.startsWith(candidate.pathPrefix),
  );
  if (intent) return { channel: 'intent', platform: intent.platform };
  const platform = CAPTURE_ORIGINS.get(page.origin) ?? (await policy.runtimeCaptureOrigin?.(page.origin));
  if (!platform) return { rejected: 'origin-not-allowed' };
  return { channel: 'capture', platform };
}
