import { describe, expect, it } from 'vitest';
import { fitImage, type DecodedImage, type ImageCodec } from '../../../lib/compose/worker/media/fit-image';
import { normalizeImage } from '../../../lib/compose/worker/media/normalize';
import { bareJpeg, withExif } from '../../helpers/jpeg-exif';

/*
 * The resize logic against a model of the browser's codec: a photo is described by its stored
 * size and EXIF orientation; decoding turns it upright (orientations 5–8 swap the sides), and
 * an encoded JPEG weighs about `quality` bytes per pixel (a little more than real photos, which
 * makes the search work harder). The browser's real codec is exercised by the e2e test.
 */
interface Photo {
  stored: { width: number; height: number };
  orientation?: number;
}
const photos = new WeakMap<Blob, Photo>();
let encodes: Array<{ width: number; height: number; quality: number }>;

function photo(bytes: number, stored: Photo['stored'], orientation?: number): Blob {
  const head = orientation === undefined ? bareJpeg() : withExif(bareJpeg(), { orientation, location: true });
  const blob = new Blob([head, new Uint8Array(Math.max(0, bytes - head.length))], { type: 'image/jpeg' });
  photos.set(blob, orientation === undefined ? { stored } : { stored, orientation });
  return blob;
}

const model: ImageCodec = {
  async decode(blob): Promise<DecodedImage> {
    const found = photos.get(blob);
    if (!found) throw new Error('not a picture');
    const sideways = (found.orientation ?? 1) >= 5;
    const { width, height } = found.stored;
    return sideways ? { width: height, height: width, close() {} } : { width, height, close() {} };
  },
  async encode(_image, width, height, type, quality) {
    encodes.push({ width, height, quality });
    const out = new Blob([new Uint8Array(Math.round(width * height * quality))], { type });
    photos.set(out, { stored: { width, height } });
    return out;
  },
};

describe('fitImage', () => {
  it('a 12 MP photo stored sideways fits Bluesky (1,000,000 bytes, 2,000 px): upright, same aspect', async () => {
    encodes = [];
    const original = photo(4_800_000, { width: 4032, height: 3024 }, 6);
    const upright = await model.decode(original);
    const fitted = await fitImage(
      original,
      'image/jpeg',
      upright,
      { maxBytes: 1_000_000, maxSide: 2000 },
      model,
    );
    expect(fitted).toBeDefined();
    const { width, height, blob, mimeType } = fitted!;
    // Portrait, as the phone showed it: the orientation is applied, not lost.
    expect(height).toBeGreaterThan(width);
    expect(Math.abs(width / height - 3024 / 4032)).toBeLessThan(0.002);
    expect(blob.size).toBeLessThanOrEqual(1_000_000);
    expect(Math.max(width, height)).toBeLessThanOrEqual(2000);
    expect(mimeType).toBe('image/jpeg');
    // The largest that fits: the step before it did not.
    const last = encodes[encodes.length - 2]!;
    expect(Math.round(last.width * last.height * last.quality)).toBeGreaterThan(1_000_000);
  });

  it('keeps a picture that already fits byte for byte', async () => {
    encodes = [];
    const small = photo(300_000, { width: 1200, height: 800 });
    const fitted = await fitImage(
      small,
      'image/jpeg',
      { width: 1200, height: 800 },
      { maxBytes: 1_000_000 },
      model,
    );
    expect(fitted?.blob).toBe(small);
    expect(encodes).toEqual([]);
  });

  it("meets a pixel limit (Mastodon's image_matrix_limit) even when the bytes would fit", async () => {
    const wide = photo(2_000_000, { width: 8000, height: 2000 });
    const fitted = await fitImage(
      wide,
      'image/png',
      { width: 8000, height: 2000 },
      { maxBytes: 16_000_000, maxPixels: 8_294_400 },
      model,
    );
    expect(fitted!.width * fitted!.height).toBeLessThanOrEqual(8_294_400);
    expect(fitted!.width / fitted!.height).toBeCloseTo(4, 2);
  });

  it('never re-encodes a GIF (it would lose its animation): too big is undefined', async () => {
    const gif = photo(3_000_000, { width: 500, height: 500 });
    expect(
      await fitImage(gif, 'image/gif', { width: 500, height: 500 }, { maxBytes: 1_000_000 }, model),
    ).toBeUndefined();
  });
});

describe('normalizeImage: what is kept and sent', () => {
  it('a photo that says where it was taken is redrawn upright, without its EXIF', async () => {
    encodes = [];
    const original = photo(2_000_000, { width: 4000, height: 3000 }, 6);
    const kept = await normalizeImage(original, 'image/jpeg', model);
    expect(kept).toMatchObject({ width: 3000, height: 4000, reencoded: true, mimeType: 'image/jpeg' });
    expect(encodes).toEqual([{ width: 3000, height: 4000, quality: 0.92 }]);
  });

  it('a photo without location or turn is kept byte for byte, its size read', async () => {
    const plain = photo(500_000, { width: 1600, height: 900 });
    const kept = await normalizeImage(plain, 'image/jpeg', model);
    expect(kept).toEqual({ blob: plain, mimeType: 'image/jpeg', width: 1600, height: 900, reencoded: false });
  });
});
