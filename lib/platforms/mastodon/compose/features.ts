import { JPEG_PNG_WEBP_GIF, MP4_MOV_WEBM, type ComposeFeatures } from '../../../compose/feature-types';

/*
 * Mastodon's defaults (the instance's `configuration` overrides them once an account is added:
 * statuses.max_media_attachments, media_attachments.supported_mime_types / image_size_limit /
 * image_matrix_limit / video_size_limit): 4 attachments, 16 MB pictures of at most 33,177,600
 * pixels (7680 × 4320), 99 MB videos. spoiler_text + sensitive; language; scheduled_at at least
 * five minutes ahead; quotes (quoted_status_id) from API version 7 (Mastodon 4.5).
 */
export const features: ComposeFeatures = {
  media: {
    maxImages: 4,
    video: true,
    imageTypes: JPEG_PNG_WEBP_GIF,
    videoTypes: MP4_MOV_WEBM,
    maxImageBytes: 16 * 1024 * 1024,
    maxImagePixels: 33_177_600,
    maxVideoBytes: 99 * 1024 * 1024,
  },
  warning: 'text',
  language: true,
  serverSchedule: { minLeadMs: 5 * 60_000 },
  quotes: ['mastodon'],
};
