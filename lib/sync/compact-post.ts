import { platformSchema, type Post } from '../post';
import { COPY_TEXT_MAX, type CompactPost } from './records';

/**
 * The compact copy of a saved post, and the minimal Post it becomes in a browser that never
 * captured it: enough for the Saved view's card (author, the text's opening, a still, the link, the
 * time), stored with capture source `sync` until the post is captured there (a capture replaces it,
 * lib/store/merge-post.ts).
 */

/** The text's first COPY_TEXT_MAX characters, cut after a word when one ends near the limit. */
export function openingOf(text: string): string {
  if (text.length <= COPY_TEXT_MAX) return text;
  // Never between the two halves of a surrogate pair.
  const end = /[\uD800-\uDBFF]/.test(text[COPY_TEXT_MAX - 1]!) ? COPY_TEXT_MAX - 1 : COPY_TEXT_MAX;
  const head = text.slice(0, end);
  const space = head.search(/\s\S*$/);
  const cut = space >= COPY_TEXT_MAX - 40 ? head.slice(0, space) : head;
  return `${cut.trimEnd()}…`;
}

/** A still of the first medium: the photo itself, a video's or gif's poster; none for audio. */
function firstStill(post: Post): string | undefined {
  const first = post.media[0];
  if (!first) return undefined;
  return first.kind === 'photo' ? first.url : first.previewUrl;
}

export function compactPost(post: Post): CompactPost {
  const copy: CompactPost = {
    h: post.author.handle,
    a: post.author.name,
    x: openingOf(post.text),
    u: post.url,
    at: post.createdAt,
  };
  const still = firstStill(post);
  if (still) copy.m = still;
  if (post.contentWarning !== undefined) copy.w = post.contentWarning;
  else if (post.sensitive) copy.w = '';
  return copy;
}

/**
 * The Post a copy stands for (checked by the caller with the Post schema and the network's
 * admission rules, like any post from outside); undefined when the id names no network.
 */
export function postFromCopy(postId: string, copy: CompactPost, now: number): Post | undefined {
  const colon = postId.indexOf(':');
  const platform = platformSchema.safeParse(postId.slice(0, colon));
  if (colon < 0 || !platform.success) return undefined;
  const post: Post = {
    id: postId,
    platform: platform.data,
    nativeId: postId.slice(colon + 1),
    url: copy.u,
    author: { handle: copy.h, name: copy.a, verified: false },
    text: copy.x,
    entities: [],
    createdAt: copy.at,
    sortAt: copy.at,
    media: copy.m ? [{ kind: 'photo', url: copy.m }] : [],
    edited: false,
    sensitive: copy.w !== undefined,
    capture: { source: 'sync', timeline: 'sync', firstSeenAt: now, lastSeenAt: now },
  };
  if (copy.w) post.contentWarning = copy.w;
  return post;
}
