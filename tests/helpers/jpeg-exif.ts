/*
 * Hand-made EXIF for tests: an APP1 "Exif" segment (TIFF, little-endian) with an orientation tag
 * and, when asked, a GPS IFD saying where the photo was taken, spliced into a JPEG right after its
 * start marker. Built from the EXIF 2.32 / TIFF 6.0 layout, not copied from any camera file.
 */

function u16(value: number): number[] {
  return [value & 0xff, (value >> 8) & 0xff];
}
function u32(value: number): number[] {
  return [value & 0xff, (value >> 8) & 0xff, (value >> 16) & 0xff, (value >>> 24) & 0xff];
}

/** The APP1 segment (marker included). */
export function exifSegment(options: { orientation?: number; location?: boolean }): Uint8Array<ArrayBuffer> {
  const entries: number[][] = [];
  if (options.orientation !== undefined)
    entries.push([...u16(0x0112), ...u16(3), ...u32(1), ...u16(options.orientation), 0, 0]);
  const ifd0Size = 2 + (entries.length + (options.location ? 1 : 0)) * 12 + 4;
  const gpsOffset = 8 + ifd0Size;
  if (options.location) entries.push([...u16(0x8825), ...u16(4), ...u32(1), ...u32(gpsOffset)]);
  // GPS IFD: GPSLatitudeRef "N" (one entry is enough to say "here is a location").
  const gps = options.location
    ? [...u16(1), ...u16(0x0001), ...u16(2), ...u32(2), 0x4e, 0, 0, 0, ...u32(0)]
    : [];
  const tiff = [
    0x49,
    0x49,
    ...u16(42),
    ...u32(8),
    ...u16(entries.length),
    ...entries.flat(),
    ...u32(0),
    ...gps,
  ];
  const payload = [0x45, 0x78, 0x69, 0x66, 0, 0, ...tiff];
  return Uint8Array.from([
    0xff,
    0xe1,
    ...[(payload.length + 2) >> 8, (payload.length + 2) & 0xff],
    ...payload,
  ]);
}

/** `jpeg` with an EXIF segment put in right after SOI. */
export function withExif(
  jpeg: Uint8Array,
  options: { orientation?: number; location?: boolean },
): Uint8Array<ArrayBuffer> {
  const segment = exifSegment(options);
  const out = new Uint8Array(jpeg.length + segment.length);
  out.set(jpeg.subarray(0, 2));
  out.set(segment, 2);
  out.set(jpeg.subarray(2), 2 + segment.length);
  return out;
}

/** A JPEG-shaped byte string (SOI, a comment, start of scan, EOI): enough for the EXIF reader. */
export function bareJpeg(): Uint8Array<ArrayBuffer> {
  return Uint8Array.from([
    0xff, 0xd8, 0xff, 0xfe, 0x00, 0x04, 0x68, 0x69, 0xff, 0xda, 0x00, 0x02, 0xff, 0xd9,
  ]);
}

/** The size a JPEG's frame header (SOF0–SOF15) says it has, or undefined. */
export function jpegSize(bytes: Uint8Array): { width: number; height: number } | undefined {
  let at = 2;
  while (at + 9 < bytes.length) {
    if (bytes[at] !== 0xff) return undefined;
    const marker = bytes[at + 1]!;
    const length = (bytes[at + 2]! << 8) | bytes[at + 3]!;
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return {
        height: (bytes[at + 5]! << 8) | bytes[at + 6]!,
        width: (bytes[at + 7]! << 8) | bytes[at + 8]!,
      };
    }
    at += 2 + length;
  }
  return undefined;
}

export { readExif as readExifFromBytes } from '../../lib/compose/worker/media/exif';
