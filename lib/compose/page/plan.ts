import { NETWORKS, network as networkOf, type Network, type Platform } from '../../platforms/registry';
import type { AccountsView } from '../accounts-view';
import type { CrosspostRequest, DraftInput } from '../records';
import { countFor, type CountLimits, type CountResult } from './count';
import { splitIntoThread } from './split';

/*
 * What the composer will do on each network with the text as it stands: how it counts there,
 * whether it fits, how it would be split, and how it is reached. Pure, so the page renders it
 * and the tests check it without a browser.
 */

/** api: posted by the background with the user's account; intent: the network's own compose page. */
export type Reach = 'api' | 'intent' | 'unavailable';

export interface NetworkPlan {
  network: Platform;
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

/** Its API when it has one and the user added an account; else its compose page; else nothing. */
export function reachOf(network: Network, accounts: AccountsView | undefined): Reach {
  if (network.compose.account && accounts?.[network.id]) return 'api';
  return network.compose.intentUrl ? 'intent' : 'unavailable';
}

/** The user's server's own limits when it announces them (Mastodon), else the network's fixed ones. */
export function limitsFor(network: Platform, accounts: AccountsView | undefined): CountLimits | undefined {
  return accounts?.[network]?.limits;
}

export function planNetworks(draft: DraftInput, accounts: AccountsView | undefined): NetworkPlan[] {
  return NETWORKS.map(({ id: network }) => {
    const reach = reachOf(networkOf(network), accounts);
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

export function crosspostRequest(draft: DraftInput, plans: NetworkPlan[]): CrosspostRequest {
  return {
    draftId: draft.id,
    text: draft.text,
    // The reach decided here is what the background does; it never decides again.
    targets: postable(plans).ready.map((p) => ({
      network: p.network,
      via: p.reach === 'api' ? 'api' : 'intent',
      texts: p.parts,
    })),
    ...(draft.card ? { card: draft.card } : {}),
  };
}
