import type { Post, Repost } from '../../../post';
import { domRepostId, postId } from '../../../parse-result';
import { attr, oneLine, queryOwn, readableText } from './query';
import { profileHandle } from './x-urls';

/** "<Name> reposted" (and X's older "Retweeted") in the English UI. */
const REPOSTED = /\s*(?:reposted|retweeted)\s*$/i;
/** English headers that link to a profile without being a repost ("<Name> liked", "… follow(s)"). */
const NOT_A_REPOST = /\b(?:liked|likes|follows?|followed|replied)\b/i;

/**
 * Who reposted the article's post, from the `socialContext` header. A repost's header is the one
 * inside a link to a profile (the reposter's); "Pinned" links nowhere, a Community or Topic header
 * links under /i/. The handle comes from that link in every UI language; the name is read from the
 * text only in the English UI, whose wording is known ("<Name> reposted"); in another language the
 * repost keeps the handle alone rather than a name with X's words in it.
 */
export function readReposter(article: Element, exclude: readonly Element[]): Repost['by'] | undefined {
  const context = queryOwn(article, 'socialContext', exclude)[0];
  if (!context) return undefined;
  const handle = profileHandle(attr(context.closest('a[href]'), 'href'));
  if (!handle) return undefined;
  const text = oneLine(readableText(context));
  if (!REPOSTED.test(text)) return NOT_A_REPOST.test(text) ? undefined : { handle };
  const name = text.replace(REPOSTED, '').trim();
  return name ? { handle, name: name.slice(0, 200) } : { handle };
}

/**
 * The id of the row that stands for a repost seen only in the DOM. The network stores a repost as
 * `x:<repost id>`, but the markup never shows the repost's own id, so the DOM row is keyed by what
 * it does show: `x:<original id>-rp-<reposter handle, lowercased>`. It can never equal a network
 * id (those are all digits), it is the same on every re-capture (idempotent batches), and it can be
 * computed from a network repost row (`repost.originalId` + `repost.by.handle`) so the store or the
 * content script can drop the DOM stand-in once the network delivers the real repost.
 */
export function domRepostNativeId(originalNativeId: string, reposterHandle: string): string {
  return domRepostId(originalNativeId, reposterHandle);
}

/**
 * The repost row: the original's content with a repost context, like the network's repost rows.
 * Its `sortAt` stays the original's `createdAt` because the DOM shows no repost time.
 */
export function repostRow(original: Post, by: Repost['by']): Post {
  const nativeId = domRepostNativeId(original.nativeId, by.handle);
  return {
    ...original,
    id: postId('x', nativeId),
    nativeId,
    repost: { originalId: original.id, by },
  };
}
