import type { IntentPage } from '../../../compose/content/intent-page';

/** Threads' compose (intent) page: roles and the button's words (Threads has no test ids). */
export const THREADS_INTENT_PAGE: IntentPage = {
  editor: {
    alternatives: [
      '[role="dialog"] [contenteditable="true"][role="textbox"]',
      '[contenteditable="true"][role="textbox"]',
    ],
    why: "the compose dialog's text box; then a compose box outside a dialog",
  },
  postButton: {
    alternatives: ['[role="dialog"] [role="button"]', '[role="button"]'],
    text: 'Post',
    why: 'the dialog\'s button whose text is "Post"; then the same button outside a dialog',
  },
};
