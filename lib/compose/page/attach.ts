import { sendMessage } from '../../send-message';
import { MAX_IMAGES, MAX_VIDEOS, type DraftMedia } from '../media';

/*
 * Attaching files from the page (pick, paste, drop). The bytes never travel inside a message: the
 * page makes a blob: URL of the file, the background reads it (same extension origin) and keeps
 * the bytes before it answers, then the URL is revoked. Measured in Chromium 156 here (see
 * lib/compose/README.md): a 5 MB file in 151 ms this way, 3,965 ms as base64 message pieces.
 */

/** A video's shown size, read by the page (the background cannot decode video). */
function videoSize(url: string): Promise<{ width: number; height: number } | undefined> {
  return new Promise((resolve) => {
    const video = document.createElement('video');
    const done = (size?: { width: number; height: number }) => {
      video.removeAttribute('src');
      resolve(size);
    };
    video.preload = 'metadata';
    video.onloadedmetadata = () =>
      done(
        video.videoWidth && video.videoHeight
          ? { width: video.videoWidth, height: video.videoHeight }
          : undefined,
      );
    video.onerror = () => done(undefined);
    setTimeout(() => done(undefined), 10_000);
    video.src = url;
  });
}

/** Why more files cannot be added to `current`, or undefined when `adding` fit. */
export function tooMany(current: readonly DraftMedia[], adding: readonly File[]): string | undefined {
  const videos =
    current.filter((m) => m.kind === 'video').length +
    adding.filter((f) => f.type.startsWith('video/')).length;
  const images =
    current.filter((m) => m.kind === 'image').length +
    adding.filter((f) => !f.type.startsWith('video/')).length;
  if (videos > MAX_VIDEOS || (videos > 0 && images > 0))
    return 'A post takes up to 4 pictures, or one video.';
  if (images > MAX_IMAGES) return `A post takes up to ${MAX_IMAGES} pictures.`;
  return undefined;
}

export interface Attached {
  media: DraftMedia[];
  /** One sentence per file that could not be taken. */
  errors: string[];
}

/** Hands `files` to the background for the draft; the ones it took, described, go with post `part`. */
export async function attachFiles(draftId: string, files: readonly File[], part = 0): Promise<Attached> {
  const media: DraftMedia[] = [];
  const errors: string[] = [];
  for (const file of files) {
    const blobUrl = URL.createObjectURL(file);
    try {
      const size = file.type.startsWith('video/') ? await videoSize(blobUrl) : undefined;
      const reply = await sendMessage('addMedia', {
        draftId,
        blobUrl,
        name: file.name.slice(0, 255),
        ...(size ? { videoSize: size } : {}),
      });
      if (!reply?.ok)
        errors.push(`${file.name}: ${reply?.error ?? 'Crossfeed did not answer; attach it again.'}`);
      else if ('error' in reply.data) errors.push(`${file.name}: ${reply.data.error}`);
      else media.push({ ...reply.data.media, alt: '', part });
    } finally {
      URL.revokeObjectURL(blobUrl);
    }
  }
  return { media, errors };
}

/** The files of a paste or drop (pictures and videos only; text goes where it always goes). */
export function filesOf(transfer: DataTransfer | null): File[] {
  return Array.from(transfer?.files ?? []).filter(
    (f) => f.type.startsWith('image/') || f.type.startsWith('video/'),
  );
}
