/*
 * Makes a picture fit a network's limits (bytes, pixels, longest side), in the browser: decoded
 * with its EXIF orientation applied, drawn smaller and re-encoded as JPEG until it fits. The
 * re-encoded file carries no EXIF at all (no location). The codec is injected: the background
 * passes the browser's (createImageBitmap + OffscreenCanvas, codec.ts), tests a model of one.
 */

export interface DecodedImage {
  /** As shown: EXIF orientation applied (a portrait photo stored sideways is taller than wide). */
  width: number;
  height: number;
  close(): void;
}

export interface ImageCodec {
  decode(blob: Blob): Promise<DecodedImage>;
  /** The image drawn at width × height, encoded (JPEG: on white, JPEG has no transparency). */
  encode(
    image: DecodedImage,
    width: number,
    height: number,
    type: 'image/jpeg',
    quality: number,
  ): Promise<Blob>;
}

export interface ImageLimits {
  maxBytes: number;
  /** Width × height, when the network caps it (Mastodon's image_matrix_limit). */
  maxPixels?: number;
  /** Longest side in pixels (Bluesky's app sends at most 2,000). */
  maxSide?: number;
}

export interface FittedImage {
  blob: Blob;
  mimeType: string;
  width: number;
  height: number;
}

const QUALITIES = [0.9, 0.8, 0.7] as const;
/** Each round past the qualities draws the picture this much smaller on each side. */
const SHRINK = 0.8;
const MAX_ROUNDS = 12;

function withinLimits(width: number, height: number, bytes: number, limits: ImageLimits): boolean {
  return (
    bytes <= limits.maxBytes &&
    (limits.maxPixels === undefined || width * height <= limits.maxPixels) &&
    (limits.maxSide === undefined || Math.max(width, height) <= limits.maxSide)
  );
}

/** The scale that meets the pixel and side limits (never enlarges). */
function startingScale(width: number, height: number, limits: ImageLimits): number {
  let scale = 1;
  if (limits.maxSide !== undefined) scale = Math.min(scale, limits.maxSide / Math.max(width, height));
  if (limits.maxPixels !== undefined) scale = Math.min(scale, Math.sqrt(limits.maxPixels / (width * height)));
  return scale;
}

/**
 * The picture as is when it already fits (and is not animated-GIF-only trouble), else the largest
 * JPEG found that fits: first the highest quality at the largest allowed size, then smaller. The
 * aspect ratio is kept (each side rounded to whole pixels). Undefined when nothing fits (a GIF,
 * which would lose its animation, or a limit too small for any picture).
 */
export async function fitImage(
  blob: Blob,
  mimeType: string,
  size: { width: number; height: number },
  limits: ImageLimits,
  codec: ImageCodec,
): Promise<FittedImage | undefined> {
  if (withinLimits(size.width, size.height, blob.size, limits)) return { blob, mimeType, ...size };
  if (mimeType === 'image/gif') return undefined;
  const image = await codec.decode(blob);
  try {
    let scale = startingScale(image.width, image.height, limits);
    for (let round = 0; round < MAX_ROUNDS; round += 1) {
      const width = Math.max(1, Math.round(image.width * scale));
      const height = Math.max(1, Math.round(image.height * scale));
      for (const quality of round === 0 ? QUALITIES : QUALITIES.slice(-1)) {
        const encoded = await codec.encode(image, width, height, 'image/jpeg', quality);
        if (withinLimits(width, height, encoded.size, limits))
          return { blob: encoded, mimeType: 'image/jpeg', width, height };
      }
      scale *= SHRINK;
    }
    return undefined;
  } finally {
    image.close();
  }
}
