import { selectFirst } from '../../kit/selectors';
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
 */

export type SendForMeEnd = 'not-ours' | 'timeout' | 'already-pressed' | 'pressed' | 'posted' | 'aborted';

export interface SendForMeOptions {
  doc: Document;
  page: IntentPage;
  signal: AbortSignal;
  /** Asks the background (intentTabCheck / intentPressed / intentPosted). */
  check: () => Promise<{ press: boolean; text?: string }>;
  claim: () => Promise<boolean>;
  report: (posted: { nativeId: string; url: string }) => Promise<void>;
  timeoutMs?: number;
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

export async function runSendForMe(options: SendForMeOptions): Promise<SendForMeEnd> {
  const { doc, page, signal } = options;
  const timeoutMs = options.timeoutMs ?? 60_000;
  const answer = await options.check();
  if (!answer.press || answer.text === undefined) return 'not-ours';
  const expected = squash(answer.text);
  const button = await waitFor(doc, signal, timeoutMs, () => {
    const editor = selectFirst<HTMLElement>(doc, page.editor);
    const found = selectFirst<HTMLElement>(doc, page.postButton);
    if (!editor || !found || !enabled(found)) return undefined;
    const typed = squash(editor.innerText ?? editor.textContent ?? '');
    return typed === expected ? found : undefined;
  });
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
