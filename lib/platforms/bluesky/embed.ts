import type { Post } from '../../post';
import { isRecord, rec, str, type JsonRecord } from '../../kit/json-read';
import { markUnavailable, type BlueskyCollector } from './collector';
import { postIdOf } from './ids';
import { BSKY_RECORD_CARDS, readBskyRecordCard, readExternal } from './link-card';
import { readGallery, readImages, readVideo } from './media';
import { BLUESKY_SKIP } from './skip-reasons';

/**
 * What an embed fills in. A Post, or — for a post that could not be built — a scratch target: the
 * quotes of such a post are still posts the user saw (kept as rows), and its embed's unavailable or
 * unsupported parts are counted the same either way.
 */
export type EmbedTarget = Pick<Post, 'nativeId' | 'media' | 'linkCard' | 'quotedPostId' | 'quoteUnavailable'>;

/** Builds the quoted post's own row from its viewRecord; the caller counts what it cannot build. */
export type QuoteBuilder = (viewRecord: JsonRecord, out: BlueskyCollector, depth: number) => Post | undefined;

/**
 * Reads one embed VIEW (`embed` of a postView, an item of a viewRecord's `embeds`) into the post:
 * media, link card, quote. The record's own `embed` (blob refs, no URLs) is never read: without a
 * view there is nothing to show. An unknown $type keeps the post and counts `unsupported-embed`
 * (its quote, when it holds one, is still read by shape); a known one without what makes it usable
 * counts `bad-embed`.
 */
export function readEmbed(
  embed: unknown,
  post: EmbedTarget,
  out: BlueskyCollector,
  depth: number,
  quote: QuoteBuilder,
): void {
  // Absent is no embed; anything else that is not a known view (null included) is counted below.
  if (embed === undefined) return;
  const type = str(embed, '$type');
  if (type === 'app.bsky.embed.recordWithMedia#view') {
    readWithMedia(embed, post, out, depth, quote);
  } else if (type === 'app.bsky.embed.record#view') {
    readRecordView(rec(embed, 'record'), post, out, depth, quote);
  } else if ((type === undefined || !MEDIA_TYPES.has(type)) && isRecord(rec(embed, 'record'))) {
    // A view whose $type is missing or unknown but that holds a `record`: the quote inside is a post
    // the user saw (and may quote another), so it is read by that shape rather than lost with the
    // embed; the $type is still counted.
    unsupported(out, post, `${type ?? 'no $type'} with a record`);
    if (isRecord(rec(embed, 'media'))) readWithMedia(embed, post, out, depth, quote);
    else readRecordView(rec(embed, 'record'), post, out, depth, quote);
  } else {
    readMediaView(embed, post, out);
  }
}

const MEDIA_TYPES: ReadonlySet<string> = new Set([
  'app.bsky.embed.images#view',
  'app.bsky.embed.video#view',
  'app.bsky.embed.gallery#view',
  'app.bsky.embed.external#view',
]);

/** app.bsky.embed.recordWithMedia#view: `media`, and `record`, an app.bsky.embed.record#view. */
function readWithMedia(
  embed: unknown,
  post: EmbedTarget,
  out: BlueskyCollector,
  depth: number,
  quote: QuoteBuilder,
): void {
  readMediaView(rec(embed, 'media'), post, out);
  // Its `record` is an app.bsky.embed.record#view by reference, so it may come without a $type.
  readRecordView(rec(rec(embed, 'record'), 'record'), post, out, depth, quote);
}

/** The media half: images, video, gallery or an external link card. */
function readMediaView(view: unknown, post: EmbedTarget, out: BlueskyCollector): void {
  const type = str(view, '$type');
  let bad = 0;
  switch (type) {
    case 'app.bsky.embed.images#view':
      bad = readImages(view, post.media);
      break;
    case 'app.bsky.embed.video#view':
      bad = readVideo(view, post.media);
      break;
    case 'app.bsky.embed.gallery#view':
      bad = readGallery(view, post.media);
      break;
    case 'app.bsky.embed.external#view': {
      const linkCard = readExternal(view);
      if (linkCard === undefined) bad = 1;
      else post.linkCard ??= linkCard;
      break;
    }
    default:
      unsupported(out, post, type ?? (isRecord(view) ? 'no $type' : typeof view));
      return;
  }
  for (let i = 0; i < bad; i += 1) {
    out.skipped.push({ reason: BLUESKY_SKIP.badEmbed, detail: `${type}: ${post.nativeId}`.slice(0, 200) });
  }
}

/** viewNotFound / viewBlocked / viewDetached, by $type or by their marker field. */
function unavailableQuote(view: JsonRecord): 'not-found' | 'blocked' | 'detached' | undefined {
  const type = str(view, '$type');
  const byType = type === undefined ? undefined : UNAVAILABLE_TYPES[type];
  if (byType !== undefined) return byType;
  if (view.notFound === true) return 'not-found';
  if (view.blocked === true) return 'blocked';
  return view.detached === true ? 'detached' : undefined;
}

const UNAVAILABLE_TYPES: Record<string, 'not-found' | 'blocked' | 'detached'> = {
  'app.bsky.embed.record#viewNotFound': 'not-found',
  'app.bsky.embed.record#viewBlocked': 'blocked',
  'app.bsky.embed.record#viewDetached': 'detached',
};

/**
 * app.bsky.embed.record#view's `record`: a quoted post (viewRecord → its own row, quotedPostId),
 * a quote that cannot be shown (viewNotFound / viewBlocked / viewDetached → quoteUnavailable, the
 * URI still names it), or a feed, list, starter pack or labeler (→ a link card to its bsky.app page).
 * Each is recognised by its $type, or by its one telling field when an older server sent none.
 */
function readRecordView(
  view: JsonRecord | undefined,
  post: EmbedTarget,
  out: BlueskyCollector,
  depth: number,
  quote: QuoteBuilder,
): void {
  if (view === undefined) {
    out.skipped.push({ reason: BLUESKY_SKIP.badEmbed, detail: `record: ${post.nativeId}`.slice(0, 200) });
    return;
  }
  const type = str(view, '$type');
  const why = unavailableQuote(view);
  if (why !== undefined) {
    const quotedPostId = postIdOf(view.uri);
    if (quotedPostId !== undefined) post.quotedPostId = quotedPostId;
    post.quoteUnavailable = why;
    markUnavailable(out, view.uri, why);
    return;
  }
  if (isViewRecord(view)) {
    readQuote(view, post, out, depth, quote);
    return;
  }
  if (type === undefined || !BSKY_RECORD_CARDS.has(type)) {
    unsupported(out, post, type ?? 'record without $type');
    // An unknown $type around a post record (`value`): still read as the quote it looks like, so
    // that it, and what it quotes, are kept as rows or counted one by one, not lost with it.
    if (isRecord(view.value)) readQuote(view, post, out, depth, quote);
    return;
  }
  const linkCard = readBskyRecordCard(view, type);
  if (linkCard !== undefined) post.linkCard ??= linkCard;
  else out.skipped.push({ reason: BLUESKY_SKIP.badEmbed, detail: `${type}: ${post.nativeId}`.slice(0, 200) });
}

/** Quotes of quotes are followed this deep; the AppView sends two levels. */
const MAX_QUOTE_DEPTH = 4;

/** A quoted post's view: by its $type, or by its `value` (the record) when an older server sent none. */
function isViewRecord(view: JsonRecord): boolean {
  const type = str(view, '$type');
  return type === 'app.bsky.embed.record#viewRecord' || (type === undefined && isRecord(view.value));
}

function readQuote(
  view: JsonRecord,
  post: EmbedTarget,
  out: BlueskyCollector,
  depth: number,
  quote: QuoteBuilder,
): void {
  const quotedPostId = postIdOf(view.uri);
  // Without a post URI the quote names nothing; building it still counts it (`bad-uri`).
  if (quotedPostId !== undefined) post.quotedPostId = quotedPostId;
  if (depth >= MAX_QUOTE_DEPTH) {
    out.skipped.push({ reason: BLUESKY_SKIP.tooDeep, detail: str(view, 'uri')?.slice(0, 200) });
    return;
  }
  quote(view, out, depth + 1);
}

function unsupported(out: BlueskyCollector, post: EmbedTarget, what: string): void {
  out.skipped.push({
    reason: BLUESKY_SKIP.unsupportedEmbed,
    detail: `${what} in ${post.nativeId}`.slice(0, 200),
  });
}
