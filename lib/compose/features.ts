import { network as networkOf, type Platform } from '../platforms/registry';
import type { AccountsView } from './accounts-view';

/*
 * What each network's post can carry besides text, as the composer needs to know it before
 * posting: how many pictures, which files, what happens to a picture that is too big, whether it
 * has a content-warning or language field, whether its server can hold a post for later. Each
 * network keeps its own in its folder (lib/platforms/<id>/compose/features.ts exports `features`);
 * a Mastodon server's own limits (from its instance) override the defaults.
 */

export interface MediaLimits {
  /** Pictures per post (0: none). */
  maxImages: number;
  /** One video per post, instead of pictures. */
  video: boolean;
  imageTypes: readonly string[];
  videoTypes: readonly string[];
  /** The largest picture the network takes, in bytes. */
  maxImageBytes: number;
  /** Width × height, when capped. */
  maxImagePixels?: number;
  /** The longest side Crossfeed sends (a network's own app's size; larger pictures are made smaller). */
  maxImageSide?: number;
  maxVideoBytes: number;
}

export interface ComposeFeatures {
  media: MediaLimits;
  /**
   * How it marks a post: `text` a warning shown before it (and media marked sensitive), `labels`
   * only a label on its media (sexual, nudity, porn, graphic media), `none` nothing.
   */
  warning: 'text' | 'labels' | 'none';
  /** It takes the post's language. */
  language: boolean;
  /** Its server holds a post to publish at a time (single posts at least `minLeadMs` ahead). */
  serverSchedule?: { minLeadMs: number };
  /** Networks whose posts it can quote as a quote (not just a link). */
  quotes: readonly Platform[];
}

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

export const JPEG_PNG_WEBP_GIF = ['image/jpeg', 'image/png', 'image/webp', 'image/gif'] as const;
export const MP4_MOV_WEBM = ['video/mp4', 'video/quicktime', 'video/webm'] as const;
