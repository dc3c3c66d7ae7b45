import type { PartMedia } from '../../lib/compose/media';
import type { MediaAccess } from '../../lib/compose/publisher';
import { fitImage } from '../../lib/compose/worker/media/fit-image';
import { modelCodec, modelPhoto } from './image-model';

/** A post's files for a publisher under test: kept in a map, pictures fitted by the codec model. */
export function testMediaAccess(files: Map<string, Blob>): MediaAccess {
  return {
    read: async (id) => files.get(id),
    fit: (blob, media, limits) => fitImage(blob, media.mimeType, media, limits, modelCodec),
  };
}

let count = 0;

/** A picture of `bytes` bytes and `width` × `height`, kept in `files`, described as a part carries it. */
export function testPicture(
  files: Map<string, Blob>,
  options: { bytes: number; width: number; height: number; alt: string; name?: string },
): PartMedia {
  count += 1;
  const id = `media${String(count).padStart(8, '0')}`.slice(0, 13);
  const blob = modelPhoto(options.bytes, { width: options.width, height: options.height });
  files.set(id, blob);
  return {
    id,
    kind: 'image',
    mimeType: 'image/jpeg',
    bytes: blob.size,
    width: options.width,
    height: options.height,
    name: options.name ?? `photo-${count}.jpg`,
    alt: options.alt,
  };
}

/** A video of `bytes` bytes (MP4-shaped), kept in `files`. */
export function testVideo(files: Map<string, Blob>, options: { bytes: number; alt: string }): PartMedia {
  count += 1;
  const id = `video${String(count).padStart(8, '0')}`.slice(0, 13);
  const head = new Uint8Array([0, 0, 0, 0x20, ...new TextEncoder().encode('ftypisom')]);
  const blob = new Blob([head, new Uint8Array(options.bytes - head.length)], { type: 'video/mp4' });
  files.set(id, blob);
  return {
    id,
    kind: 'video',
    mimeType: 'video/mp4',
    bytes: blob.size,
    width: 1920,
    height: 1080,
    name: 'clip.mp4',
    alt: options.alt,
  };
}
