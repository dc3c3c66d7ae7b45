/*
 * The two facts of a JPEG's EXIF the composer acts on: its orientation (a phone's photo is often
 * stored sideways with a tag saying how to turn it) and whether it says where it was taken (a GPS
 * block). Read straight from the APP1 segment's TIFF structure (EXIF 2.32 / TIFF 6.0); anything
 * malformed reads as "no EXIF".
 */

export interface ExifFacts {
  /** 1–8 (TIFF tag 0x0112); absent when not given. */
  orientation?: number;
  /** The file has a GPS IFD (tag 0x8825): where it was taken. */
  hasLocation: boolean;
}

const ORIENTATION = 0x0112;
const GPS_IFD = 0x8825;

/** The TIFF block of the first APP1 "Exif" segment, or undefined. */
function exifBlock(bytes: Uint8Array): DataView | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.byteLength < 4 || view.getUint16(0) !== 0xffd8) return undefined;
  let at = 2;
  while (at + 4 <= view.byteLength) {
    const marker = view.getUint16(at);
    if ((marker & 0xff00) !== 0xff00 || marker === 0xffda) return undefined; // start of scan: no more metadata
    const length = view.getUint16(at + 2);
    if (marker === 0xffe1 && at + 10 <= view.byteLength) {
      const isExif = [0x45, 0x78, 0x69, 0x66, 0, 0].every((b, i) => view.getUint8(at + 4 + i) === b);
      const end = Math.min(at + 2 + length, view.byteLength);
      if (isExif) return new DataView(view.buffer, view.byteOffset + at + 10, end - at - 10);
    }
    at += 2 + length;
  }
  return undefined;
}

export function readExif(bytes: Uint8Array): ExifFacts {
  const tiff = exifBlock(bytes);
  if (!tiff || tiff.byteLength < 8) return { hasLocation: false };
  const order = tiff.getUint16(0);
  if (order !== 0x4949 && order !== 0x4d4d) return { hasLocation: false };
  const little = order === 0x4949;
  const u16 = (at: number) => tiff.getUint16(at, little);
  const u32 = (at: number) => tiff.getUint32(at, little);
  const ifd0 = u32(4);
  if (ifd0 + 2 > tiff.byteLength) return { hasLocation: false };
  const facts: ExifFacts = { hasLocation: false };
  const count = u16(ifd0);
  for (let i = 0; i < count; i += 1) {
    const entry = ifd0 + 2 + i * 12;
    if (entry + 12 > tiff.byteLength) break;
    const tag = u16(entry);
    if (tag === ORIENTATION) facts.orientation = u16(entry + 8);
    if (tag === GPS_IFD) facts.hasLocation = true;
  }
  return facts;
}
