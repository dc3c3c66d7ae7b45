import { readExif } from './exif';
import type { ImageCodec } from './fit-image';

/** JPEG quality of a re-encoded photo: close to what a camera writes, well under its size. */
const REENCODE_QUALITY = 0.92;

export interface NormalizedImage {
  blob: Blob;
  mimeType: string;
  width: number;
  height: number;
  /** It was redrawn (its location removed, its orientation applied). */
  reencoded: boolean;
}

/**
 * A picture as it is kept and sent: a JPEG that says where it was taken, or that is stored
 * sideways with an orientation tag, is drawn upright and re-encoded, which leaves no EXIF behind
 * (so no location goes to any network, including X's and Threads' pages). Anything else is kept
 * byte for byte. The size is always read from the decoded picture, orientation applied.
 */
export async function normalizeImage(
  blob: Blob,
  mimeType: string,
  codec: ImageCodec,
): Promise<NormalizedImage> {
  const image = await codec.decode(blob);
  try {
    const { width, height } = image;
    if (mimeType !== 'image/jpeg') return { blob, mimeType, width, height, reencoded: false };
    // EXIF sits in the first segments; 256 KB covers it with any embedded thumbnail.
    const exif = readExif(new Uint8Array(await blob.slice(0, 256 * 1024).arrayBuffer()));
    const turned = exif.orientation !== undefined && exif.orientation !== 1;
    if (!exif.hasLocation && !turned) return { blob, mimeType, width, height, reencoded: false };
    const redrawn = await codec.encode(image, width, height, 'image/jpeg', REENCODE_QUALITY);
    return { blob: redrawn, mimeType: 'image/jpeg', width, height, reencoded: true };
  } finally {
    image.close();
  }
}
