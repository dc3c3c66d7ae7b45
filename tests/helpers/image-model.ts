import type { DecodedImage, ImageCodec } from '../../lib/compose/worker/media/fit-image';
import { bareJpeg, withExif } from './jpeg-exif';

/*
 * A model of the browser's image codec for Node tests (Node has no createImageBitmap or
 * OffscreenCanvas): a picture is a Blob registered with its stored size and EXIF orientation;
 * decoding turns it upright (orientations 5–8 swap the sides); an encoded JPEG weighs `quality`
 * bytes per pixel. The real codec runs in the e2e tests.
 */
interface Photo {
  stored: { width: number; height: number };
  orientation?: number;
}
const photos = new WeakMap<Blob, Photo>();
export const encodes: Array<{ width: number; height: number; quality: number }> = [];

/** A JPEG of `bytes` bytes showing a `stored` picture (with EXIF orientation and location when given). */
export function modelPhoto(bytes: number, stored: Photo['stored'], orientation?: number): Blob {
  const head = orientation === undefined ? bareJpeg() : withExif(bareJpeg(), { orientation, location: true });
  const blob = new Blob([head, new Uint8Array(Math.max(0, bytes - head.length))], { type: 'image/jpeg' });
  photos.set(blob, orientation === undefined ? { stored } : { stored, orientation });
  return blob;
}

/** Makes `blob` (any bytes) a picture the model decodes at `stored` size. */
export function asModelPhoto(blob: Blob, stored: Photo['stored']): Blob {
  photos.set(blob, { stored });
  return blob;
}

export const modelCodec: ImageCodec = {
  async decode(blob): Promise<DecodedImage> {
    const found = photos.get(blob);
    if (!found) throw new Error('not a picture');
    const sideways = (found.orientation ?? 1) >= 5;
    const { width, height } = found.stored;
    return sideways ? { width: height, height: width, close() {} } : { width, height, close() {} };
  },
  async encode(_image, width, height, type, quality) {
    encodes.push({ width, height, quality });
    const out = new Blob(
      [bareJpeg(), new Uint8Array(Math.max(0, Math.round(width * height * quality) - 14))],
      {
        type,
      },
    );
    photos.set(out, { stored: { width, height } });
    return out;
  },
};
