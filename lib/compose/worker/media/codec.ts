import type { DecodedImage, ImageCodec } from './fit-image';

/**
 * The browser's own image codec, in the service worker (and Firefox's background page):
 * createImageBitmap applies the EXIF orientation ('from-image'), OffscreenCanvas draws and encodes.
 * The encoded file has no EXIF.
 */
export const browserImageCodec: ImageCodec = {
  async decode(blob) {
    const bitmap = await createImageBitmap(blob, { imageOrientation: 'from-image' });
    const image: DecodedImage & { bitmap: ImageBitmap } = {
      bitmap,
      width: bitmap.width,
      height: bitmap.height,
      close: () => bitmap.close(),
    };
    return image;
  },
  async encode(image, width, height, type, quality) {
    if (!('bitmap' in image) || !(image.bitmap instanceof ImageBitmap)) throw new Error('not decoded here');
    const canvas = new OffscreenCanvas(width, height);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2d context');
    context.fillStyle = '#fff';
    context.fillRect(0, 0, width, height);
    context.imageSmoothingQuality = 'high';
    context.drawImage(image.bitmap, 0, 0, width, height);
    return canvas.convertToBlob({ type, quality });
  },
};
