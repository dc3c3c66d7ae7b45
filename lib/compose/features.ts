import { network as networkOf, type Platform } from '../platforms/registry';
import type { AccountsView } from './accounts-view';
import type { ComposeFeatures, MediaLimits } from './feature-types';

export type { ComposeFeatures, MediaLimits } from './feature-types';

/*
 * What each network's post can carry besides text, as the composer needs to know it before
 * posting: how many pictures, which files, what happens to a picture that is too big, whether it
 * has a content-warning or language field, whether its server can hold a post for later. Each
 * network keeps its own in its folder (lib/platforms/<id>/compose/features.ts exports `features`);
 * a Mastodon server's own limits (from its instance) override the defaults.
 */

const FEATURES = import.meta.glob<ComposeFeatures>('../platforms/*/compose/features.ts', {
  eager: true,
  import: 'features',
});

function baseFeatures(network: Platform): ComposeFeatures {
  const base = FEATURES[`../platforms/${network}/compose/features.ts`];
  if (!base) throw new Error(`${networkOf(network).label} has no compose/features.ts`);
  return base;
}

/** A network's media limits, with a server's own (`announced`) over the defaults. */
export function mediaLimitsOf(network: Platform, announced?: Partial<MediaLimits>): MediaLimits {
  const base = baseFeatures(network).media;
  return announced ? { ...base, ...announced } : base;
}

/** A network's facts, with the user's server's own media limits where it announces them. */
export function featuresOf(network: Platform, accounts?: AccountsView): ComposeFeatures {
  const base = baseFeatures(network);
  const account = accounts?.[network];
  const quotes = account?.quotes === false ? [] : base.quotes;
  return { ...base, media: mediaLimitsOf(network, account?.media), quotes };
}
