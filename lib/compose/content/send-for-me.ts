import { selectFirst } from '../../kit/selectors';
import type { IntentFile } from '../protocol';
import { attachFiles, filesShown } from './attach-files';
import type { IntentPage } from './intent-page';

/*
 * "Send for me" on an intent page (isolated content script): ask the background whether this tab
 * is one it opened for a cross-post, wait until the page's own Post button is enabled with exactly
 * our text in its box, claim the one press, press once, and report the new post's link if the page
 * shows one. The page is untrusted: only a link of the network's own shape is reported.
 *
 * "Exactly" matters: a page (or a link someone sent) can pre-fill lines around the user's words,
 * and pressing Post would publish them under the user's name. Only whitespace is normalised (the
 * editors add line breaks and trailing spaces of their own); anything else means no press.
 *
 * With files (the post's pictures or video), they are fetched from the background piece by piece,
 * put into the page's own file input once the text is in place, and Post is pressed only when the
 * page shows them all attached and uploaded (and its button is enabled again).
 */

export type SendForMeEnd =
  | 'not-ours'
  | 'timeout'
  | 'already-pressed'
  | 'pressed'
  | 'posted'
  | 'aborted'
  /** The post has files but the page offers no file input to put them in: nothing is pressed. */
  | 'cannot-attach';

export interface SendForMeOptions {
  doc: Document;
  page: IntentPage;
  signal: AbortSignal;
  /** Asks the background (intentTabCheck / intentPressed / intentPosted). */
  check: () => Promise<{ press: boolean; text?: string; files?: IntentFile[] }>;
  /** File `index` of this tab's part, from the background (intentMedia); undefined when refused. */
  fetchFile?: (index: number, file: IntentFile) => Promise<File | undefined>;
  claim: () => Promise<boolean>;
  report: (posted: { nativeId: string; url: string }) => Promise<void>;
  timeoutMs?: number;
  /** How long the page may take to upload the files (videos take minutes). */
  uploadTimeoutMs?: number;
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

function enabled(button: HTMLElement): boolean {
  return !(button as HTMLButtonElement).disabled && button.getAttribute('aria-disabled') !== 'true';
}

/** Resolves with `find()`'s first non-undefined value, checked on every DOM change, or undefined. */
function waitFor<T>(doc: Document, signal: AbortSignal, timeoutMs: number, find: () => T | undefined) {
  return new Promise<T | undefined>((resolve) => {
    const done = (value: T | undefined) => {
      observer.disconnect();
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
      resolve(value);
    };
    const onAbort = () => done(undefined);
    const observer = new MutationObserver(() => {
      const found = find();
      if (found !== undefined) done(found);
    });
    const timer = setTimeout(() => done(undefined), timeoutMs);
    signal.addEventListener('abort', onAbort);
    observer.observe(doc, { subtree: true, childList: true, attributes: true, characterData: true });
    const now = find();
    if (now !== undefined) done(now);
  });
}

/** The page's Post button when it is enabled with exactly `expected` in its box (and `files` attached). */
function readyButton(
  doc: Document,
  page: IntentPage,
  expected: string,
  files: number,
): HTMLElement | undefined {
  const editor = selectFirst<HTMLElement>(doc, page.editor);
  const found = selectFirst<HTMLElement>(doc, page.postButton);
  if (!editor || !found || !enabled(found)) return undefined;
  const typed = squash(editor.innerText ?? editor.textContent ?? '');
  if (typed !== expected) return undefined;
  return filesShown(doc, page, files) ? found : undefined;
}

async function fetchAll(
  options: SendForMeOptions,
  files: readonly IntentFile[],
): Promise<File[] | undefined> {
  const fetched: File[] = [];
  for (const [index, file] of files.entries()) {
    const got = await options.fetchFile?.(index, file);
    if (!got) return undefined;
    fetched.push(got);
  }
  return fetched;
}

export async function runSendForMe(options: SendForMeOptions): Promise<SendForMeEnd> {
  const { doc, page, signal } = options;
  const timeoutMs = options.timeoutMs ?? 60_000;
  const answer = await options.check();
  if (!answer.press || answer.text === undefined) return 'not-ours';
  const expected = squash(answer.text);
  const files = answer.files ?? [];
  const media = page.media;
  if (files.length) {
    if (!media) return 'cannot-attach';
    const fetched = await fetchAll(options, files);
    if (!fetched) return 'cannot-attach';
    // The text first (the page fills its box a moment after load), then the files, as a user would.
    const input = await waitFor(doc, signal, timeoutMs, () => {
      const editor = selectFirst<HTMLElement>(doc, page.editor);
      const typed = editor ? squash(editor.innerText ?? editor.textContent ?? '') : '';
      return typed === expected ? selectFirst(doc, media.fileInput) : undefined;
    });
    if (signal.aborted) return 'aborted';
    if (!input) return 'timeout';
    if (!attachFiles(doc, page, fetched)) return 'cannot-attach';
  }
  const button = await waitFor(
    doc,
    signal,
    files.length ? (options.uploadTimeoutMs ?? 10 * 60_000) : timeoutMs,
    () => readyButton(doc, page, expected, files.length),
  );
  if (signal.aborted) return 'aborted';
  if (!button) return 'timeout';
  if (!(await options.claim())) return 'already-pressed';
  button.click();
  const postedLink = page.postedLink;
  if (!postedLink) return 'pressed';
  const posted = await waitFor(doc, signal, timeoutMs, () => {
    const link = selectFirst(doc, postedLink.selector);
    return link ? postedLink.read(link.getAttribute('href'), doc.location.href) : undefined;
  });
  if (!posted) return 'pressed';
  await options.report(posted);
  return 'posted';
}
