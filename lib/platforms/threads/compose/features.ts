import { MP4_MOV_WEBM, type ComposeFeatures } from '../../../compose/feature-types';

/*
 * Threads is reached through its compose (intent) page, which takes text only; files get there
 * when "send for me" attaches them into the page's own file input. Threads takes up to 10 pictures
 * or videos per post (JPEG, PNG, WebP; videos up to five minutes). No content-warning or language
 * field on that page; a time is kept by Crossfeed.
 */
export const features: ComposeFeatures = {
  media: {
    maxImages: 10,
    video: true,
    imageTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/gif'],
    videoTypes: MP4_MOV_WEBM,
    maxImageBytes: 8 * 1024 * 1024,
    maxVideoBytes: 1024 * 1024 * 1024,
  },
  warning: 'none',
  language: false,
  quotes: [],
};
