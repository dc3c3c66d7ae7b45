import { countFor, splitIntoThread, type CountLimits, type CountResult } from '@/lib/compose';
import type { AccountsView } from '@/lib/compose/accounts-view';
import { COMPOSE_NETWORKS, type ComposeNetwork } from '@/lib/compose/networks';
import type { MessageRequest } from '@/lib/messaging';
import type { Draft } from './use-draft';

/*
 * What the composer will do on each network with the text as it stands: how it counts there,
 * whether it fits, how it would be split, and how it is reached. Pure, so the page renders it
 * and the tests check it without a browser.
 */

/** api: posted by the background with the user's account; intent: the network's own compose page. */
export type Reach = 'api' | 'intent' | 'unavailable';

export interface NetworkPlan {
  network: ComposeNetwork;
  reach: Reach;
  /** Switched on by the user and reachable. */
  enabled: boolean;
  count: CountResult;
  /** The text does not fit: offer to split it into a numbered thread. */
  overflows: boolean;
  /** The user accepted the split for this network. */
  split: boolean;
  /** What will be sent: the text itself, or its numbered parts when split. */
  parts: string[];
}

export function reachOf(network: ComposeNetwork, accounts: AccountsView | undefined): Reach {
  if (network === 'mastodon') return accounts?.mastodon ? 'api' : 'unavailable';
  if (network === 'bluesky') return accounts?.bluesky ? 'api' : 'intent';
  return 'intent';
}

export function limitsFor(
  network: ComposeNetwork,
  accounts: AccountsView | undefined,
): CountLimits | undefined {
  const mastodon = accounts?.mastodon;
  if (network !== 'mastodon' || !mastodon) return undefined;
  return {
    maxCharacters: mastodon.maxCharacters,
    charactersReservedPerUrl: mastodon.charactersReservedPerUrl,
  };
}

export function planNetworks(draft: Draft, accounts: AccountsView | undefined): NetworkPlan[] {
  return COMPOSE_NETWORKS.map((network) => {
    const reach = reachOf(network, accounts);
    const limits = limitsFor(network, accounts);
    const count = countFor(network, draft.text, limits);
    const overflows = count.errors.length > 0;
    const split = overflows && draft.split.includes(network);
    return {
      network,
      reach,
      enabled: reach !== 'unavailable' && draft.networks.includes(network),
      count,
      overflows,
      split,
      parts: split ? splitIntoThread(draft.text, network, limits) : [draft.text],
    };
  });
}

/** Networks that will be posted to; a network still over its limit (not split) blocks the click. */
export function postable(plans: NetworkPlan[]): { ready: NetworkPlan[]; blocked: NetworkPlan[] } {
  const chosen = plans.filter((p) => p.enabled);
  return {
    ready: chosen.filter((p) => !p.overflows || p.split),
    blocked: chosen.filter((p) => p.overflows && !p.split),
  };
}

export function crosspostRequest(draft: Draft, plans: NetworkPlan[]): MessageRequest<'startCrosspost'> {
  return {
    draftId: draft.id,
    text: draft.text,
    targets: postable(plans).ready.map((p) => ({ network: p.network, texts: p.parts })),
    ...(draft.card ? { card: draft.card } : {}),
  };
}
