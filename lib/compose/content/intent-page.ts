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
  /** Files for the post ("send for me" with pictures): the page's own file input, and how it shows them. */
  media?: {
    /** The page's file input (the one its "add photo" button opens). */
    fileInput: SelectorEntry;
    /** One element per file the page shows attached. */
    attached: SelectorEntry;
    /** Present while a file is still uploading (the Post button waits for it too). */
    uploading?: SelectorEntry;
  };
  /** After posting: a link to the new post, when the page shows one, and how to read it. */
  postedLink?: {
    selector: SelectorEntry;
    /** The page is untrusted: only a link of the network's own shape is read; anything else → undefined. */
    read(href: string | null, pageUrl: string): PostedRef | undefined;
  };
}
