import type { IntentPage, PostedRef } from '../../../compose/content/intent-page';

/** "/alice/status/123" on x.com → its id and full URL; anything else → undefined. */
export function readXPostLink(href: string | null, base: string): PostedRef | undefined {
  if (!href) return undefined;
  let url: URL;
  try {
    url = new URL(href, base);
  } catch {
    return undefined;
  }
  const match = /^\/([A-Za-z0-9_]{1,15})\/status\/(\d{1,25})$/.exec(url.pathname);
  if (!match || !/(^|\.)(x|twitter)\.com$/.test(url.hostname)) return undefined;
  return { nativeId: match[2] as string, url: `https://x.com/${match[1]}/status/${match[2]}` };
}

/** X's compose (intent) page: stable test ids only. */
export const X_INTENT_PAGE: IntentPage = {
  editor: {
    alternatives: ['[data-testid="tweetTextarea_0"]'],
    why: "X's compose box (first of a thread), its test id",
  },
  postButton: {
    alternatives: ['[data-testid="tweetButton"]', '[data-testid="tweetButtonInline"]'],
    why: "the Post button of the compose dialog and the intent page; then the inline composer's",
  },
  // Not checked against the live page here (no network); the Post button, disabled by X while a
  // file uploads, is the last gate either way.
  media: {
    fileInput: {
      alternatives: ['input[data-testid="fileInput"]', 'input[type="file"][accept*="image"]'],
      why: "the compose box's own file input (its test id), then any image file input",
    },
    attached: {
      alternatives: ['[data-testid="attachments"] img', '[data-testid="attachments"] video'],
      why: 'each picture (or the video) X shows under the text once attached',
    },
    uploading: {
      alternatives: ['[data-testid="attachments"] [role="progressbar"]'],
      why: 'the upload progress over an attachment',
    },
  },
  postedLink: {
    selector: {
      alternatives: ['[data-testid="toast"] a[href*="/status/"]'],
      why: 'the "Your post was sent. View" toast links the post',
    },
    read: readXPostLink,
  },
};
