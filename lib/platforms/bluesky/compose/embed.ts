import { isTimeout, withDeadline } from '../../../compose/deadline';
import { CALL_TIMEOUT_MS } from '../../../compose/http-answer';
import { readLimited } from '../../../compose/read-limited';
import type { LinkCardInput } from '../../../compose/thread';
import { uploadedBlobSchema, type BlobRef } from './blob';
import type { SessionHolder } from './session';
import type { FetchLike } from './xrpc';

/** app.bsky.embed.external#external's thumb: `accept: image/*`, `maxSize: 1000000`. */
export const BLUESKY_THUMB_MAX_BYTES = 1_000_000;

export interface ExternalEmbed {
  $type: 'app.bsky.embed.external';
  external: { uri: string; title: string; description: string; thumb?: BlobRef };
}

async function fetchThumb(
  fetchFn: FetchLike,
  imageUrl: string,
): Promise<{ bytes: Uint8Array<ArrayBuffer>; mimeType: string } | string> {
  try {
    // The picture carries no credentials, so following its redirects is harmless; its size and
    // time are bounded all the same (streamed against the 1 MB limit, whole call in 30 s).
    return await withDeadline(CALL_TIMEOUT_MS, async (signal) => {
      const response = await fetchFn(imageUrl, { signal });
      if (!response.ok) return `the card image could not be fetched (${response.status})`;
      const mimeType = (response.headers.get('content-type') ?? '').split(';')[0]?.trim() ?? '';
      if (!mimeType.startsWith('image/')) {
        await response.body?.cancel().catch(() => undefined);
        return 'the card image is not an image';
      }
      const bytes = await readLimited(response, BLUESKY_THUMB_MAX_BYTES);
      return bytes ? { bytes, mimeType } : 'the card image is larger than 1 MB';
    });
  } catch (error) {
    return isTimeout(error) ? 'the card image took too long to fetch' : 'the card image could not be fetched';
  }
}

/**
 * A link card for the post. The thumbnail is uploaded with com.atproto.repo.uploadBlob when it
 * can be fetched and is at most 1 MB; otherwise the card goes without it and `note` says why.
 */
export async function buildExternalEmbed(
  card: LinkCardInput,
  holder: SessionHolder,
  fetchFn: FetchLike,
): Promise<{ embed: ExternalEmbed; note?: string }> {
  const embed: ExternalEmbed = {
    $type: 'app.bsky.embed.external',
    external: { uri: card.url, title: card.title ?? '', description: card.description ?? '' },
  };
  if (!card.imageUrl) return { embed };
  const thumb = await fetchThumb(fetchFn, card.imageUrl);
  if (typeof thumb === 'string') return { embed, note: `Link card posted without its picture: ${thumb}.` };
  const answer = await holder.call('com.atproto.repo.uploadBlob', {
    method: 'POST',
    bytes: { data: thumb.bytes, mimeType: thumb.mimeType },
  });
  const parsed = answer.kind === 'ok' ? uploadedBlobSchema.safeParse(answer.body) : undefined;
  if (!parsed?.success) return { embed, note: 'Link card posted without its picture: the upload failed.' };
  embed.external.thumb = parsed.data.blob;
  return { embed };
}
