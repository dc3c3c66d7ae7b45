import type { Post } from '../../../post';
import type { CaptureContext, Skipped } from '../../../parse-result';
import { buildPost } from './build-post';
import { readAuthor } from './read-author';
import { readMedia } from './read-media';
import { readTweetText } from './read-text';
import { attr, closest, queryAll } from './query';
import { statusRef, type StatusRef } from './x-urls';

/**
 * The quoted posts inside an article. X renders a quote as a focusable `div[role=link]` holding a
 * second User-Name, text and media; it is not a nested article and its own permalink is not an
 * anchor. Its id is read from links inside it that do carry it: "Show more" (`/status/<id>`),
 * a photo or video tile (`/status/<id>/photo/1`).
 */
export function quoteContainers(article: Element): Element[] {
  const containers: Element[] = [];
  for (const userName of queryAll(article, 'userName')) {
    const parent = userName.parentElement;
    const container = parent ? closest(parent, 'quote') : undefined;
    if (
      container &&
      container !== article &&
      article.contains(container) &&
      !containers.includes(container)
    ) {
      containers.push(container);
    }
  }
  return containers;
}

export interface ReadQuote {
  /** The quoted post's id, when any link in the quote carries it. */
  nativeId?: string;
  /** The quoted post itself, when its id, author and time could all be read. */
  post?: Post;
}

export function readQuote(
  container: Element,
  outerId: string,
  context: CaptureContext,
  skipped: Skipped[],
): ReadQuote {
  const ref = quoteRef(container, outerId);
  if (!ref) {
    skipped.push({ reason: 'quote-no-permalink', detail: 'quoted post without a status link' });
    return {};
  }
  const author = readAuthor(queryAll(container, 'userName')[0], queryAll(container, 'avatar')[0], ref.handle);
  const createdAt = Date.parse(attr(queryAll(container, 'time')[0], 'datetime') ?? '');
  if (!author || !Number.isFinite(createdAt) || createdAt < 0) {
    skipped.push({ reason: author ? 'quote-no-time' : 'quote-no-author', detail: ref.id });
    return { nativeId: ref.id };
  }
  const body = readTweetText(queryAll(container, 'tweetText')[0]);
  const post = buildPost(
    {
      nativeId: ref.id,
      urlHandle: ref.handle,
      author,
      text: body.text,
      entities: body.entities,
      createdAt,
      media: readMedia(container, [], ref.handle, ref.id),
      edited: false,
      ...langOf(queryAll(container, 'tweetText')[0]),
    },
    context,
  );
  return { nativeId: ref.id, post };
}

/** The first status link in the quote naming another post than the outer one (its own links can end up inside when markup leaves the quote unclosed). */
function quoteRef(container: Element, outerId: string): StatusRef | undefined {
  return queryAll(container, 'statusLink')
    .map((anchor) => statusRef(attr(anchor, 'href')))
    .find((ref) => ref !== undefined && ref.id !== outerId);
}

export function langOf(element: Element | undefined): { lang?: string } {
  const lang = attr(element, 'lang')?.trim();
  return lang && lang.length <= 20 ? { lang } : {};
}
