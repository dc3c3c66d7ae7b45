import type { Capture, Post } from '../../post';
import type { CaptureContext, Skipped } from '../../parse-result';
import { isHttpUrl } from '../../kit/json-read';

/** What one parse accumulates: candidate posts (checked by finishParse at the end) and skips. */
export interface XCollector {
  posts: Post[];
  skipped: Skipped[];
  /** The same capture block for every post of one response. */
  capture: Capture;
  /** context.now: when the counts were read. */
  now: number;
}

export function createCollector(context: CaptureContext): XCollector {
  return {
    posts: [],
    skipped: [],
    capture: {
      source: 'network',
      timeline: context.timeline,
      // An unusable page URL is dropped rather than failing every post of the response.
      ...(isHttpUrl(context.pageUrl) ? { pageUrl: context.pageUrl } : {}),
      firstSeenAt: context.now,
      lastSeenAt: context.now,
    },
    now: context.now,
  };
}
