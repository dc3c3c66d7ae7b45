import type { SelectorEntry } from '../../kit/selectors';

/** The post the page says it just made. */
export interface PostedRef {
  nativeId: string;
  url: string;
}

/**
 * What "send for me" reads on a network's own compose (intent) page, in the one selectors shape
 * (lib/kit/selectors.ts). Each network keeps its own in its folder
 * (lib/platforms/<id>/compose/intent-page.ts).
 */
export interface IntentPage {
  /** The box holding the prefilled text. */
  editor: SelectorEntry;
  /** The page's own Post button. */
  postButton: SelectorEntry;
  /** After posting: a link to the new post, when the page shows one, and how to read it. */
  postedLink?: {
    selector: SelectorEntry;
    /** The page is untrusted: only a link of the network's own shape is read; anything else → undefined. */
    read(href: string | null, pageUrl: string): PostedRef | undefined;
  };
}
