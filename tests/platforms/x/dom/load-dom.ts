import { validatePost } from '../../../../lib/post';
import { parseHTML } from 'linkedom';
import type { Post } from '../../../../lib/post';
import type { CaptureContext } from '../../../../lib/parse-result';
import { readCapture } from '../../../helpers/captures';

/**
 * linkedom parses the saved x.com files (up to 870 KB) in ~100 ms and answers querySelectorAll,
 * closest and textContent as a browser does for this markup; the parser never reads layout, which
 * linkedom (like happy-dom) could not compute anyway.
 */
export function loadDom(file: string): Document {
  return parseHTML(readCapture(`x-dom/${file}`)).document as unknown as Document;
}

export function parseDom(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

export const NOW = Date.UTC(2026, 0, 1);
export const PAGE_URL = 'https://x.com/home';
export const CONTEXT: CaptureContext = {
  timeline: 'page',
  pageUrl: PAGE_URL,
  now: NOW,
  validate: validatePost,
};

/** A Post read from markup under CONTEXT: everything but the capture record, which is always this. */
export function domPost(fields: Omit<Post, 'capture'>): Post {
  return {
    ...fields,
    capture: { source: 'dom', timeline: 'page', pageUrl: PAGE_URL, firstSeenAt: NOW, lastSeenAt: NOW },
  };
}

export function countReasons(skipped: ReadonlyArray<{ reason: string }>): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { reason } of skipped) counts[reason] = (counts[reason] ?? 0) + 1;
  return counts;
}
