import { getDb } from '../../db';

/**
 * Puts one of the post's pictures on the clipboard, for pasting into X's or Threads' compose page
 * by hand. Browsers take only PNG pictures on the clipboard, so it is redrawn as PNG first.
 * The error in words, or undefined.
 */
export async function copyPicture(mediaId: string): Promise<string | undefined> {
  const row = await getDb().media.get(mediaId);
  if (!row || row.kind !== 'image') return 'That picture is no longer kept by Crossfeed.';
  try {
    const bitmap = await createImageBitmap(row.blob);
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    canvas.getContext('2d')?.drawImage(bitmap, 0, 0);
    bitmap.close();
    const png = await canvas.convertToBlob({ type: 'image/png' });
    await navigator.clipboard.write([new ClipboardItem({ 'image/png': png })]);
    return undefined;
  } catch (error) {
    return `Could not copy the picture: ${error instanceof Error ? error.message : String(error)}`;
  }
}
