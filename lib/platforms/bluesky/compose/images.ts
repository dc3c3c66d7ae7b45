import { uploadTimeoutMs } from '../../../compose/http-answer';
import type { PartMedia } from '../../../compose/media';
import type { MediaAccess } from '../../../compose/publisher';
import type { Failure } from '../../../compose/status';
import { blueskyFailure } from './answer-failure';
import { features } from './features';
import { uploadedBlobSchema, type BlobRef } from './blob';
import { BLUESKY, type SessionHolder } from './session';

/** app.bsky.embed.images: up to four, each with its alt text and the shape it is shown in. */
export interface ImagesEmbed {
  $type: 'app.bsky.embed.images';
  images: Array<{ image: BlobRef; alt: string; aspectRatio: { width: number; height: number } }>;
}

export function fileFailure(media: PartMedia, words: string): Failure {
  return {
    kind: 'rejected',
    message: `${BLUESKY} could not take ${media.name}: ${words}.`,
    retryable: false,
  };
}

/**
 * Uploads the pictures (com.atproto.repo.uploadBlob), each made to fit the blob limit (1,000,000
 * bytes, 2,000 px a side: worker/media/fit-image.ts) first, and builds the embed in the order the
 * user put them, with their alt text and aspect ratio (of the picture as sent).
 */
export async function uploadImages(
  pictures: readonly PartMedia[],
  holder: SessionHolder,
  media: MediaAccess,
  now: () => number,
): Promise<ImagesEmbed | Failure> {
  const { maxImageBytes, maxImageSide } = features.media;
  const images: ImagesEmbed['images'] = [];
  for (const picture of pictures) {
    const kept = await media.read(picture.id);
    if (!kept) return fileFailure(picture, 'the file is no longer kept by Crossfeed; attach it again');
    const fitted = await media.fit(kept, picture, { maxBytes: maxImageBytes, maxSide: maxImageSide ?? 2000 });
    if (!fitted)
      return fileFailure(picture, 'it is larger than 1 MB and cannot be made smaller (an animated GIF?)');
    const answer = await holder.call('com.atproto.repo.uploadBlob', {
      method: 'POST',
      bytes: { data: fitted.blob, mimeType: fitted.mimeType },
      timeoutMs: uploadTimeoutMs(fitted.blob.size),
    });
    if (answer.kind !== 'ok') return blueskyFailure(answer, now());
    const uploaded = uploadedBlobSchema.safeParse(answer.body);
    if (!uploaded.success) return fileFailure(picture, 'the upload answer was not understood');
    images.push({
      image: uploaded.data.blob,
      alt: picture.alt.trim(),
      aspectRatio: { width: fitted.width, height: fitted.height },
    });
  }
  return { $type: 'app.bsky.embed.images', images };
}
