import { describe, expect, it } from 'vitest';
import { fitImage } from '../../../lib/compose/worker/media/fit-image';
import { normalizeImage } from '../../../lib/compose/worker/media/normalize';
import { encodes, modelCodec, modelPhoto } from '../../helpers/image-model';

// The resize logic against a model of the browser's codec (tests/helpers/image-model.ts); the
// browser's real codec is exercised by the e2e test.
const photo = modelPhoto;
const model = modelCodec;

describe('fitImage', () => {
  it('a 12 MP photo stored sideways fits Bluesky (1,000,000 bytes, 2,000 px): upright, same aspect', async () => {
    encodes.length = 0;
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
    encodes.length = 0;
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
    encodes.length = 0;
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
