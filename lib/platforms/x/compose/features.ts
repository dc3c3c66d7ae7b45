import { JPEG_PNG_WEBP_GIF, MP4_MOV_WEBM, type ComposeFeatures } from '../../../compose/feature-types';

/*
 * X is reached through its compose (intent) page, which takes text only; files get there when
 * "send for me" attaches them into the page's own file input (X then resizes pictures itself).
 * X's limits: 4 pictures of 5 MB (GIF 15 MB), or one video of 512 MB. No content-warning or
 * language field on that page; the page posts at once, so a time is kept by Crossfeed.
 */
export const features: ComposeFeatures = {
  media: {
    maxImages: 4,
    video: true,
    imageTypes: JPEG_PNG_WEBP_GIF,
    videoTypes: MP4_MOV_WEBM,
    maxImageBytes: 15 * 1024 * 1024,
    maxVideoBytes: 512 * 1024 * 1024,
  },
  warning: 'none',
  language: false,
  quotes: [],
};
