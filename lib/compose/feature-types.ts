import type { Platform } from '../platforms/registry';

/*
 * The shape of a network's compose facts (lib/platforms/<id>/compose/features.ts exports one as
 * `features`; lib/compose/features.ts finds them). Kept apart from the finder so a network's file
 * can import these without importing the glob that imports it.
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

export const JPEG_PNG_WEBP_GIF = ['image/jpeg', 'image/png', 'image/webp', 'image/gif'] as const;
export const MP4_MOV_WEBM = ['video/mp4', 'video/quicktime', 'video/webm'] as const;
