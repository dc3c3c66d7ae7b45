import type { CrossfeedDB } from '../../../db';
import { withDeadline } from '../../deadline';
import type { MediaInfo, MediaRow } from '../../media';
import type { ImageCodec } from './fit-image';
import { normalizeImage } from './normalize';
import { sniffMedia } from './sniff';

/** The largest files taken in (the networks' own limits are checked when posting). */
export const MAX_IMAGE_BYTES = 50 * 1024 * 1024;
export const MAX_VIDEO_BYTES = 512 * 1024 * 1024;
/** Reading the page's blob: URL is a copy within this machine; it still gets a deadline. */
const READ_TIMEOUT_MS = 60_000;

export interface IntakeDeps {
  /** Reads the page's blob: URL (the browser's fetch; same extension origin). */
  readBlob: (url: string, signal: AbortSignal) => Promise<Blob>;
  codec: ImageCodec;
  now: () => number;
  newId: () => string;
}

export interface IntakeInput {
  draftId: string;
  blobUrl: string;
  name: string;
  videoSize?: { width: number; height: number };
}

const UNSUPPORTED =
  'Crossfeed takes JPEG, PNG, WebP and GIF pictures and MP4, MOV and WebM videos; this file is none of them.';

function megabytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}

/**
 * Takes in a file the user attached: reads it from the page's blob: URL, finds out what it really
 * is, makes a photo safe to send (normalize.ts) and keeps it in the media table for the draft.
 * The error is a sentence for the composer.
 */
export async function takeInMedia(
  db: CrossfeedDB,
  input: IntakeInput,
  deps: IntakeDeps,
): Promise<{ media: MediaInfo } | { error: string }> {
  let blob: Blob;
  try {
    blob = await withDeadline(READ_TIMEOUT_MS, (signal) => deps.readBlob(input.blobUrl, signal));
  } catch {
    return { error: 'Crossfeed could not read that file; attach it again.' };
  }
  if (blob.size === 0) return { error: 'That file is empty.' };
  const sniffed = sniffMedia(new Uint8Array(await blob.slice(0, 64).arrayBuffer()));
  if (!sniffed) return { error: UNSUPPORTED };
  const cap = sniffed.kind === 'image' ? MAX_IMAGE_BYTES : MAX_VIDEO_BYTES;
  if (blob.size > cap) return { error: `That ${sniffed.kind} is larger than ${megabytes(cap)}.` };
  const base = { id: deps.newId(), kind: sniffed.kind, name: input.name.slice(0, 255) || sniffed.kind };
  let row: MediaRow;
  if (sniffed.kind === 'video') {
    if (!input.videoSize) return { error: 'Crossfeed could not read the size of that video.' };
    row = {
      ...base,
      mimeType: sniffed.mimeType,
      bytes: blob.size,
      ...input.videoSize,
      draftId: input.draftId,
      blob,
      createdAt: deps.now(),
    };
  } else {
    let image;
    try {
      image = await normalizeImage(blob, sniffed.mimeType, deps.codec);
    } catch {
      return { error: 'Crossfeed could not read that picture.' };
    }
    row = {
      ...base,
      mimeType: image.mimeType,
      bytes: image.blob.size,
      width: image.width,
      height: image.height,
      draftId: input.draftId,
      blob: image.blob,
      createdAt: deps.now(),
    };
  }
  await db.media.put(row);
  const { blob: _bytes, draftId: _draft, createdAt: _at, ...media } = row;
  return { media };
}
