import { describe, expect, it } from 'vitest';
import { readExif } from '../../../lib/compose/worker/media/exif';
import { sniffMedia } from '../../../lib/compose/worker/media/sniff';
import { bareJpeg, withExif } from '../../helpers/jpeg-exif';

const bytes = (...values: Array<number | string>) =>
  Uint8Array.from(values.flatMap((v) => (typeof v === 'string' ? [...v].map((c) => c.charCodeAt(0)) : [v])));

describe('sniffMedia: what a file is, from its first bytes', () => {
  it('knows the pictures and videos the networks take, and nothing else', () => {
    expect(sniffMedia(bareJpeg())).toEqual({ kind: 'image', mimeType: 'image/jpeg' });
    expect(sniffMedia(bytes(0x89, 'PNG\r\n', 0x1a, '\n', 0, 0))).toEqual({
      kind: 'image',
      mimeType: 'image/png',
    });
    expect(sniffMedia(bytes('GIF89a'))).toEqual({ kind: 'image', mimeType: 'image/gif' });
    expect(sniffMedia(bytes('RIFF', 0, 0, 0, 0, 'WEBPVP8 '))).toEqual({
      kind: 'image',
      mimeType: 'image/webp',
    });
    expect(sniffMedia(bytes(0, 0, 0, 0x20, 'ftypisom'))).toEqual({ kind: 'video', mimeType: 'video/mp4' });
    expect(sniffMedia(bytes(0, 0, 0, 0x14, 'ftypqt  '))).toEqual({
      kind: 'video',
      mimeType: 'video/quicktime',
    });
    expect(sniffMedia(bytes(0x1a, 0x45, 0xdf, 0xa3))).toEqual({ kind: 'video', mimeType: 'video/webm' });
    expect(sniffMedia(bytes('<svg xmlns="http://www.w3.org/2000/svg">'))).toBeUndefined();
    expect(sniffMedia(bytes('%PDF-1.7'))).toBeUndefined();
    expect(sniffMedia(new Uint8Array(0))).toBeUndefined();
  });
});

describe('readExif: orientation and location of a JPEG', () => {
  it('reads the orientation tag and the presence of a GPS block', () => {
    expect(readExif(withExif(bareJpeg(), { orientation: 6, location: true }))).toEqual({
      orientation: 6,
      hasLocation: true,
    });
    expect(readExif(withExif(bareJpeg(), { orientation: 1 }))).toEqual({
      orientation: 1,
      hasLocation: false,
    });
    expect(readExif(withExif(bareJpeg(), { location: true }))).toEqual({ hasLocation: true });
    expect(readExif(bareJpeg())).toEqual({ hasLocation: false });
  });

  it('reads anything malformed as no EXIF, never throws', () => {
    const good = withExif(bareJpeg(), { orientation: 8, location: true });
    for (let cut = 0; cut < good.length; cut += 1) {
      expect(() => readExif(good.subarray(0, cut))).not.toThrow();
    }
    const corrupt = good.slice();
    corrupt[12] = 0x00; // the TIFF byte order mark
    expect(readExif(corrupt)).toEqual({ hasLocation: false });
    expect(readExif(bytes('not a jpeg at all'))).toEqual({ hasLocation: false });
  });
});
