import type { Post } from '../../../post';
import { finishParse, type CaptureContext, type ParseResult, type Skipped } from '../../../parse-result';
import { buildPost } from './build-post';
import { readAuthor } from './read-author';
import { readCounts } from './read-counts';
import { readLinkCard, readMedia } from './read-media';
import { langOf, quoteContainers, readQuote } from './read-quote';
import { readReposter, repostRow } from './read-repost';
import { readTweetText } from './read-text';
import { attr, queryAll, queryOwn } from './query';
import { statusRef, type StatusRef } from './x-urls';

/**
 * Parses one rendered `article[data-testid="tweet"]` into Posts (source 'dom'): the post itself,
 * its quoted post when the quote's id can be read, and for a repost a repost row (see
 * read-repost.ts for its id). Pure: reads only the element's attributes and textContent, never
 * layout or globals; odd markup becomes a counted skip reason, never an exception.
 */
export function parseXArticle(article: Element, context: CaptureContext): ParseResult {
  const skipped: Skipped[] = [];
  const { quoted, own } = readArticle(article, context, skipped);
  return finishParse([...quoted, ...own], skipped, context.validate);
}

/** One article's readings: its own post (and repost row), and the post read from its quote. */
export interface ArticleReading {
  own: Post[];
  quoted: Post[];
}

/** Candidates of one article, for parseXArticle and parseXArticles (which finish once for all). */
export function readArticle(article: Element, context: CaptureContext, skipped: Skipped[]): ArticleReading {
  try {
    return readArticleUnguarded(article, context, skipped);
  } catch (error) {
    // Never reached on the kept pages nor in the mutation test; a last guard so a page never breaks capture.
    skipped.push({ reason: 'parse-error', detail: error instanceof Error ? error.message : String(error) });
    return { own: [], quoted: [] };
  }
}

function readArticleUnguarded(article: Element, context: CaptureContext, skipped: Skipped[]): ArticleReading {
  const quotes = quoteContainers(article);
  const found = readPermalink(article, quotes);
  if (!found) {
    skipped.push({ reason: 'no-permalink' });
    return { own: [], quoted: [] };
  }
  const { ref, time } = found;
  const author = readAuthor(
    queryOwn(article, 'userName', quotes)[0],
    queryOwn(article, 'avatar', quotes)[0],
    ref.handle,
  );
  if (!author) {
    skipped.push({ reason: 'no-author', detail: ref.id });
    return { own: [], quoted: [] };
  }
  const createdAt = Date.parse(attr(time, 'datetime') ?? '');
  if (!time || !Number.isFinite(createdAt) || createdAt < 0) {
    skipped.push({ reason: isPromoted(article, quotes) ? 'promoted' : 'no-time', detail: ref.id });
    return { own: [], quoted: [] };
  }

  const textElement = queryOwn(article, 'tweetText', quotes)[0];
  const body = readTweetText(textElement);
  const quoted = quotes[0] ? readQuote(quotes[0], ref.id, context, skipped) : {};
  const linkCard = readLinkCard(article, quotes, body.expanded);
  const counts = readCounts(article, context.now);
  const post = buildPost(
    {
      nativeId: ref.id,
      urlHandle: ref.handle,
      author,
      text: body.text,
      entities: body.entities,
      ...langOf(textElement),
      createdAt,
      media: readMedia(article, quotes, ref.handle, ref.id),
      ...(linkCard ? { linkCard } : {}),
      ...(quoted.nativeId ? { quotedPostId: `x:${quoted.nativeId}` } : {}),
      ...(counts ? { counts } : {}),
      edited: queryOwn(article, 'editedNotice', quotes).length > 0,
    },
    context,
  );
  const by = readReposter(article, quotes);
  return { own: [post, ...(by ? [repostRow(post, by)] : [])], quoted: quoted.post ? [quoted.post] : [] };
}

/**
 * The post's id and time: the `time` whose enclosing link is a status permalink (on an edited
 * post that link is `/status/<id>/history`). Without one, the analytics link still names the id
 * and the first own `time` (if any) the time.
 */
function readPermalink(
  article: Element,
  quotes: readonly Element[],
): { ref: StatusRef; time?: Element } | undefined {
  const times = queryOwn(article, 'time', quotes);
  for (const time of times) {
    const ref = statusRef(attr(time.closest('a[href]'), 'href'));
    if (ref) return { ref, time };
  }
  // A quote has no action bar: its analytics link is always the post's own.
  const analytics = queryAll(article, 'analyticsLink')
    .map((anchor) => statusRef(attr(anchor, 'href')))
    .find((ref) => ref !== undefined);
  return analytics ? { ref: analytics, time: times[0] } : undefined;
}

/** An ad shows "Ad" (formerly "Promoted") where a post shows its time (English UI). */
function isPromoted(article: Element, quotes: readonly Element[]): boolean {
  return Array.from(article.querySelectorAll('span')).some(
    (span) =>
      /^(Ad|Promoted)$/.test((span.textContent ?? '').trim()) &&
      !quotes.some((quote) => quote.contains(span)),
  );
}
