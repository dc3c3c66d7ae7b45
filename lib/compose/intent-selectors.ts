/*
 * The hooks "send for me" reads on the networks' own compose (intent) pages. Stable hooks only
 * (data-testid, role, contenteditable), an ordered list of alternatives each with why.
 */
export interface IntentSelectors {
  /** The box holding the prefilled text. */
  editor: Array<{ selector: string; why: string }>;
  /** The page's own Post button. */
  postButton: Array<{ selector: string; why: string; text?: string }>;
  /** After posting: a link to the new post, when the page shows one. */
  postedLink: Array<{ selector: string; why: string }>;
}

export const X_INTENT_SELECTORS: IntentSelectors = {
  editor: [
    { selector: '[data-testid="tweetTextarea_0"]', why: "X's compose box (first of a thread), its test id" },
  ],
  postButton: [
    {
      selector: '[data-testid="tweetButton"]',
      why: 'the Post button of the compose dialog and the intent page',
    },
    { selector: '[data-testid="tweetButtonInline"]', why: 'the Post button of the inline composer' },
  ],
  postedLink: [
    {
      selector: '[data-testid="toast"] a[href*="/status/"]',
      why: 'the "Your post was sent. View" toast links the post',
    },
  ],
};

export const THREADS_INTENT_SELECTORS: IntentSelectors = {
  editor: [
    {
      selector: '[role="dialog"] [contenteditable="true"][role="textbox"]',
      why: "the compose dialog's text box",
    },
    { selector: '[contenteditable="true"][role="textbox"]', why: 'a compose box outside a dialog' },
  ],
  postButton: [
    {
      selector: '[role="dialog"] [role="button"]',
      text: 'Post',
      why: 'the dialog\'s button whose text is "Post" (no test ids on Threads)',
    },
    { selector: '[role="button"]', text: 'Post', why: 'the same button outside a dialog' },
  ],
  postedLink: [],
};

export function queryFirst(root: ParentNode, entries: IntentSelectors['editor']): Element | undefined {
  for (const { selector } of entries) {
    const found = root.querySelector(selector);
    if (found) return found;
  }
  return undefined;
}

export function findPostButton(
  root: ParentNode,
  entries: IntentSelectors['postButton'],
): HTMLElement | undefined {
  for (const { selector, text } of entries) {
    for (const element of root.querySelectorAll<HTMLElement>(selector)) {
      if (text === undefined || element.textContent?.trim() === text) return element;
    }
  }
  return undefined;
}
