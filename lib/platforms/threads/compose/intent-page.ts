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
  // Not checked against the live page here (no network); Threads has no test ids, so the input is
  // known by its type and the attachments by their local previews.
  media: {
    fileInput: {
      alternatives: ['[role="dialog"] input[type="file"]', 'input[type="file"]'],
      why: "the compose dialog's file input (its attach button opens it)",
    },
    attached: {
      alternatives: ['[role="dialog"] img[src^="blob:"]', '[role="dialog"] video'],
      why: 'each attached picture shown from its local copy, or the video',
    },
    uploading: {
      alternatives: ['[role="dialog"] [role="progressbar"]'],
      why: 'an upload still running',
    },
  },
};
