import { NETWORKS, network as networkOf, type Network, type Platform } from '../../platforms/registry';
import type { AccountsView } from '../accounts-view';
import { featuresOf } from '../features';
import type { DraftMedia } from '../media';
import type { PostOptions } from '../post-options';
import type { CrosspostRequest, DraftInput, MediaPick } from '../records';
import { countFor, type CountLimits, type CountResult } from './count';
import { fieldNotes } from './fields-plan';
import { judgeMedia, mediaByPart } from './media-plan';
import { splitIntoThread } from './split';

/*
 * What the composer will do on each network with the draft as it stands: which text (the main one
 * or the network's own), how it counts there, whether it fits, how it would be split, where the
 * files go and whether they are taken, what of the post's options it has a field for, and how it
 * is reached. Pure, so the page renders it and the tests check it without a browser.
 */

/** api: posted by the background with the user's account; intent: the network's own compose page. */
export type Reach = 'api' | 'intent' | 'unavailable';

export interface NetworkPlan {
  network: Platform;
  reach: Reach;
  /** Switched on by the user and reachable. */
  enabled: boolean;
  /** The text posted there: the network's own ("edit for this network") or the main text. */
  text: string;
  /** `text` is the network's own. */
  variant: boolean;
  count: CountResult;
  /** The text does not fit: offer to split it into a numbered thread. */
  overflows: boolean;
  /** The user accepted the split for this network. */
  split: boolean;
  /** What will be sent: the text itself, or its numbered parts when split. */
  parts: string[];
  /** The files of each part (the same index as `parts`). */
  media: DraftMedia[][];
  /** Reasons it cannot be posted as it stands (its files); empty when it can. */
  errors: string[];
  /** What the user should know: fields it lacks, files made smaller or added by hand. */
  notes: string[];
}

/** What the plan needs to know besides the draft and the accounts. */
export interface PlanContext {
  /** "Send for me" is on: files reach X's and Threads' pages. */
  sendForMe?: boolean;
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

export function planNetworks(
  draft: DraftInput,
  accounts: AccountsView | undefined,
  context: PlanContext = {},
): NetworkPlan[] {
  const media = draft.media ?? [];
  return NETWORKS.map(({ id: network }) => {
    const reach = reachOf(networkOf(network), accounts);
    const limits = limitsFor(network, accounts);
    const own = draft.variants?.[network];
    const text = own ?? draft.text;
    const count = countFor(network, text, limits);
    const overflows = count.errors.length > 0;
    const split = overflows && draft.split.includes(network);
    const parts = split ? splitIntoThread(text, network, limits) : [text];
    const byPart = mediaByPart(media, parts.length);
    const features = featuresOf(network, accounts);
    const verdict = judgeMedia(network, features.media, byPart, reach, context.sendForMe ?? false);
    return {
      network,
      reach,
      enabled: reach !== 'unavailable' && draft.networks.includes(network),
      text,
      variant: own !== undefined,
      count,
      overflows,
      split,
      parts,
      media: byPart,
      errors: verdict.errors,
      notes: [...fieldNotes(network, features, draft.options ?? {}, media), ...verdict.notes],
    };
  });
}

/** Networks that will be posted to; one still over its limit (not split), or with refused files, blocks the click. */
export function postable(plans: NetworkPlan[]): { ready: NetworkPlan[]; blocked: NetworkPlan[] } {
  const chosen = plans.filter((p) => p.enabled);
  const blocks = (p: NetworkPlan) => (p.overflows && !p.split) || p.errors.length > 0;
  return { ready: chosen.filter((p) => !blocks(p)), blocked: chosen.filter(blocks) };
}

const pick = (file: DraftMedia): MediaPick => ({
  id: file.id,
  alt: file.alt,
  ...(file.focus ? { focus: file.focus } : {}),
});

/** The options as sent: an empty warning is no warning. */
function sentOptions(options: PostOptions = {}): PostOptions {
  const { warning, ...rest } = options;
  const text = warning?.text?.trim();
  const kept = { ...(text ? { text } : {}), ...(warning?.label ? { label: warning.label } : {}) };
  return Object.keys(kept).length ? { ...rest, warning: kept } : rest;
}

export function crosspostRequest(draft: DraftInput, plans: NetworkPlan[]): CrosspostRequest {
  const options = sentOptions(draft.options);
  return {
    draftId: draft.id,
    text: draft.text,
    // The reach decided here is what the background does; it never decides again.
    targets: postable(plans).ready.map((p) => ({
      network: p.network,
      via: p.reach === 'api' ? 'api' : 'intent',
      texts: p.parts,
      ...(p.media.some((files) => files.length) ? { media: p.media.map((files) => files.map(pick)) } : {}),
    })),
    ...(draft.card ? { card: draft.card } : {}),
    ...(Object.keys(options).length ? { options } : {}),
    ...(draft.scheduleAt !== undefined ? { scheduleAt: draft.scheduleAt } : {}),
  };
}
