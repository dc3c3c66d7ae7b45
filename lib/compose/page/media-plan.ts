import { network as networkOf, type Platform } from '../../platforms/registry';
import type { MediaLimits } from '../feature-types';
import type { DraftMedia } from '../media';
import type { Reach } from './plan';

/*
 * Where each file goes and whether a network will take it, before anything is sent: errors block
 * the post (the user removes a file or switches the network off); notes only inform.
 */

/** The files of each part: a file goes with the part the user put it on, or the last one there is. */
export function mediaByPart(media: readonly DraftMedia[], parts: number): DraftMedia[][] {
  const byPart: DraftMedia[][] = Array.from({ length: Math.max(1, parts) }, () => []);
  for (const file of media) byPart[Math.min(file.part, byPart.length - 1)]?.push(file);
  return byPart;
}

const mb = (bytes: number) => `${Math.round(bytes / 100_000) / 10} MB`;

export interface MediaVerdict {
  errors: string[];
  notes: string[];
}

/** What `network` makes of the files, part by part, reached as `reach` (its page takes no files). */
export function judgeMedia(
  network: Platform,
  limits: MediaLimits,
  byPart: readonly DraftMedia[][],
  reach: Reach,
  sendForMe: boolean,
): MediaVerdict {
  const { label, compose } = networkOf(network);
  const errors: string[] = [];
  const notes: string[] = [];
  const all = byPart.flat();
  if (!all.length) return { errors, notes };
  const numbered = byPart.length > 1;
  for (const [i, files] of byPart.entries()) {
    const where = numbered ? ` (post ${i + 1})` : '';
    const images = files.filter((f) => f.kind === 'image');
    const videos = files.filter((f) => f.kind === 'video');
    if (images.length > limits.maxImages)
      errors.push(`${label} takes ${limits.maxImages} pictures a post; this has ${images.length}${where}.`);
    if (videos.length && images.length) errors.push(`A post takes pictures or one video, not both${where}.`);
    if (videos.length > 1) errors.push(`A post takes one video${where}.`);
    if (videos.length && !limits.video) errors.push(`${label} takes no video${where}.`);
  }
  for (const file of all) {
    const types = file.kind === 'image' ? limits.imageTypes : limits.videoTypes;
    if (!types.includes(file.mimeType))
      errors.push(`${label} does not take ${file.mimeType} files (${file.name}).`);
    else if (file.kind === 'video' && file.bytes > limits.maxVideoBytes)
      errors.push(
        `${label} takes videos up to ${mb(limits.maxVideoBytes)}; ${file.name} is ${mb(file.bytes)}.`,
      );
    else if (file.kind === 'image' && file.bytes > limits.maxImageBytes && reach === 'api') {
      if (file.mimeType === 'image/gif')
        errors.push(
          `${label} takes pictures up to ${mb(limits.maxImageBytes)}; the GIF ${file.name} cannot be made smaller.`,
        );
      else
        notes.push(`${file.name} is made smaller for ${label} (it takes up to ${mb(limits.maxImageBytes)}).`);
    }
  }
  if (reach === 'intent') {
    // Only a compose page Crossfeed has a "send for me" script for can be given files.
    notes.push(
      sendForMe && compose.intentPages?.length
        ? `"Send for me" attaches the files on ${label}'s page and presses Post when they are uploaded.`
        : `${label}'s page takes no files from Crossfeed: add them there yourself (each can be copied from here).`,
    );
  }
  return { errors, notes };
}
