import { JPEG_PNG_WEBP_GIF, type ComposeFeatures } from '../../../compose/feature-types';

/*
 * app.bsky.embed.images: up to 4 images, each blob `maxSize: 1000000`; Bluesky's app sends at most
 * 2,000 px on a side and so does Crossfeed (a larger picture is made smaller and re-encoded).
 * app.bsky.embed.video: one video, `maxSize: 100000000` through the video service. Self-labels on
 * the record for media; `langs` on the record.
 */
export const features: ComposeFeatures = {
  media: {
    maxImages: 4,
    video: true,
    imageTypes: JPEG_PNG_WEBP_GIF,
    videoTypes: ['video/mp4', 'video/quicktime', 'video/webm'],
    maxImageBytes: 1_000_000,
    maxImageSide: 2000,
    maxVideoBytes: 100_000_000,
  },
  warning: 'labels',
  language: true,
  quotes: ['bluesky'],
};
