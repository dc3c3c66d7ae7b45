import type { MediaKind } from '../../media';

/*
 * What a file is, read from its first bytes: the page's claim (a file name, a type the OS guessed)
 * is not trusted, and the networks refuse a file whose type they do not take.
 */

export interface Sniffed {
  kind: MediaKind;
  mimeType: string;
}

const ascii = (bytes: Uint8Array, at: number, text: string) =>
  [...text].every((char, i) => bytes[at + i] === char.charCodeAt(0));

export function sniffMedia(head: Uint8Array): Sniffed | undefined {
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff)
    return { kind: 'image', mimeType: 'image/jpeg' };
  if (ascii(head, 0, '\x89PNG\r\n\x1a\n')) return { kind: 'image', mimeType: 'image/png' };
  if (ascii(head, 0, 'GIF87a') || ascii(head, 0, 'GIF89a')) return { kind: 'image', mimeType: 'image/gif' };
  if (ascii(head, 0, 'RIFF') && ascii(head, 8, 'WEBP')) return { kind: 'image', mimeType: 'image/webp' };
  // ISO base media (MP4, QuickTime): a box of type `ftyp` first, its brand telling which.
  if (ascii(head, 4, 'ftyp')) {
    return ascii(head, 8, 'qt  ')
      ? { kind: 'video', mimeType: 'video/quicktime' }
      : { kind: 'video', mimeType: 'video/mp4' };
  }
  // Matroska/WebM: the EBML magic.
  if (head[0] === 0x1a && head[1] === 0x45 && head[2] === 0xdf && head[3] === 0xa3)
    return { kind: 'video', mimeType: 'video/webm' };
  return undefined;
}
