import { selectAll, selectFirst } from '../../kit/selectors';
import type { IntentPage } from './intent-page';

/**
 * Puts `files` into the intent page's own file input, as if the user had picked them there: the
 * page's code sees a `change` on its input and uploads them itself (the compose page has no other
 * way in). True when the input was found and given the files.
 */
export function attachFiles(doc: Document, page: IntentPage, files: readonly File[]): boolean {
  if (!page.media) return false;
  const input = selectFirst<HTMLInputElement>(doc, page.media.fileInput);
  if (!input || input.type !== 'file') return false;
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
  return true;
}

/** The page shows every file attached and none still uploading. */
export function filesShown(doc: Document, page: IntentPage, count: number): boolean {
  if (!page.media) return count === 0;
  if (selectAll(doc, page.media.attached).length < count) return false;
  return !page.media.uploading || selectAll(doc, page.media.uploading).length === 0;
}
