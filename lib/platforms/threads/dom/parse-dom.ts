import type { Counts, Media } from '../../../post';
import {
  finishParse,
  postId,
  type CaptureContext,
  type ParseResult,
  type Skipped,
} from '../../../parse-result';
import { asHttpUrl } from '../../../kit/json-read';
import { shortcodeToPk } from '../shortcode';
import { threadsPermalink } from '../urls';
import { readDomText } from './dom-text';
import { THREADS_SELECTORS as S, closestAny, matchesAny, selectAll } from './selectors';

/**
 * DOM fallback for Threads posts that neither the network tap nor the embedded JSON delivered.
 * Pure: reads attributes and text nodes only, never layout. The DOM has no pk, but the permalink's
 * shortcode is the pk in base64url digits, so the row id is the same `threads:<pk>` the network
 * parsers give. Fields the markup does not carry (display name, exact counts, reply target) are left
 * out or minimal; the store never lets a DOM row overwrite richer network fields.
 */
export function parseThreadsDom(root: ParentNode, context: CaptureContext): ParseResult {
  const skipped: Skipped[] = [];
  const candidates: unknown[] = [];
  try {
    for (const found of findPosts(root, skipped)) {
      const candidate = readPost(found, context, skipped);
      if (candidate !== undefined) candidates.push(candidate);
    }
  } catch (error) {
    skipped.push({ reason: 'dom-no-permalink', detail: `parser error: ${String(error)}`.slice(0, 200) });
  }
  return finishParse(candidates, skipped, context.validate);
}

interface FoundPost {
  container: Element;
  link: Element;
  time: Element;
}

/**
 * One post per container, keyed by its first permalink time in document order (the post's own; a
 * quoted post inside sits later). Containers are the pressable divs; a permalink outside any (the
 * focal post of a post page) gets the largest ancestor that holds no other post.
 */
function findPosts(root: ParentNode, skipped: Skipped[]): FoundPost[] {
  const byContainer = new Map<Element, FoundPost>();
  for (const time of selectAll(root, S.permalinkTime)) {
    const link = time.closest('a[href*="/post/"]');
    if (link === null) continue;
    const container = closestAny(link, S.post) ?? climb(link);
    if (!byContainer.has(container)) byContainer.set(container, { container, link, time });
  }
  for (const container of selectAll(root, S.post)) {
    if (!byContainer.has(container)) skipped.push({ reason: 'dom-no-permalink' });
  }
  return [...byContainer.values()];
}

function climb(link: Element): Element {
  let node = link;
  for (let parent = node.parentElement; parent !== null; parent = parent.parentElement) {
    if (matchesAny(parent, S.pageChrome) || selectAll(parent, S.permalinkTime).length > 1) break;
    node = parent;
  }
  return node;
}

/** An element belongs to the post unless a nested post container (a quoted post) sits between. */
function owns(container: Element, element: Element): boolean {
  const owner = closestAny(element, S.post);
  return owner === null || owner === container || !container.contains(owner);
}

function readPost(
  { container, link, time }: FoundPost,
  context: CaptureContext,
  skipped: Skipped[],
): unknown {
  const match = /\/@([^/?#]{1,100})\/post\/([^/?#]+)/.exec(link.getAttribute('href') ?? '');
  if (match === null) {
    skipped.push({ reason: 'dom-no-permalink' });
    return undefined;
  }
  const handle = safeDecode(match[1]!);
  const code = match[2]!;
  const pk = shortcodeToPk(code);
  if (pk === undefined || handle === undefined) {
    skipped.push({ reason: 'dom-bad-shortcode', detail: code.slice(0, 64) });
    return undefined;
  }
  const createdAt = Date.parse(time.getAttribute('datetime') ?? time.getAttribute('dateTime') ?? '');
  if (!Number.isFinite(createdAt) || createdAt < 0) {
    skipped.push({ reason: 'dom-bad-time', detail: pk });
    return undefined;
  }
  const { text, entities } = readDomText(findBody(container));
  const candidate: Record<string, unknown> = {
    id: postId('threads', pk),
    platform: 'threads',
    nativeId: pk,
    url: threadsPermalink(handle, code),
    author: readAuthor(container, handle),
    text,
    entities,
    createdAt,
    sortAt: createdAt,
    media: readMedia(container),
    edited: false,
    sensitive: false,
    capture: { source: 'dom', timeline: context.timeline, firstSeenAt: context.now, lastSeenAt: context.now },
  };
  const pageUrl = asHttpUrl(context.pageUrl);
  if (pageUrl !== undefined) (candidate.capture as Record<string, unknown>).pageUrl = pageUrl;
  const counts = readCounts(container, context.now);
  if (counts !== undefined) candidate.counts = counts;
  const quoted = quotedId(container);
  if (quoted !== undefined) candidate.quotedPostId = quoted;
  return candidate;
}

function safeDecode(value: string): string | undefined {
  try {
    const decoded = decodeURIComponent(value);
    return decoded.length > 0 ? decoded : undefined;
  } catch {
    return undefined;
  }
}

/** The first outermost text span that is not a link, a button label or the time. */
function findBody(container: Element): Element | undefined {
  return selectAll(container, S.text).find(
    (span) =>
      owns(container, span) &&
      span.closest('a') === null &&
      closestAny(span, S.actionButton) === null &&
      span.querySelector('time') === null &&
      !hasTextAncestor(span, container),
  );
}

function hasTextAncestor(span: Element, container: Element): boolean {
  for (
    let parent = span.parentElement;
    parent !== null && parent !== container;
    parent = parent.parentElement
  ) {
    if (matchesAny(parent, S.text)) return true;
  }
  return false;
}

/** The DOM shows only the handle; it stands in for the display name until a network reading arrives. */
function readAuthor(container: Element, handle: string): Record<string, unknown> {
  const author: Record<string, unknown> = {
    handle,
    name: handle,
    verified: selectAll(container, S.verified).some((icon) => owns(container, icon)),
  };
  const avatar = Array.from(container.querySelectorAll('a[href] img[src]')).find(
    (img) => owns(container, img) && profileHandle(img.closest('a')?.getAttribute('href')) === handle,
  );
  const avatarUrl = asHttpUrl(avatar?.getAttribute('src'));
  if (avatarUrl !== undefined) author.avatarUrl = avatarUrl;
  return author;
}

function profileHandle(href: string | null | undefined): string | undefined {
  const match = /^\/@([^/?#]+)\/?$/.exec(href ?? '');
  return match === null ? undefined : safeDecode(match[1]!);
}

/** Icons and avatars are drawn small; a post photo never is. */
const MIN_MEDIA_SIDE = 64;

function readMedia(container: Element): Media[] {
  const media: Media[] = [];
  for (const element of Array.from(container.querySelectorAll('img[src], video'))) {
    if (!owns(container, element) || element.closest('a') !== null) continue;
    if (element.tagName.toLowerCase() === 'video') {
      const url =
        asHttpUrl(element.getAttribute('src')) ??
        asHttpUrl(element.querySelector('source[src]')?.getAttribute('src'));
      if (url === undefined) continue; // blob: (MSE) streams cannot be stored
      const poster = asHttpUrl(element.getAttribute('poster'));
      media.push(poster === undefined ? { kind: 'video', url } : { kind: 'video', url, previewUrl: poster });
      continue;
    }
    if (!matchesAny(element, S.image) || isSmall(element)) continue;
    const url = asHttpUrl(element.getAttribute('src'));
    if (url === undefined) continue;
    const alt = element.getAttribute('alt')?.trim();
    media.push(alt ? { kind: 'photo', url, altText: alt.slice(0, 5000) } : { kind: 'photo', url });
  }
  return media.slice(0, 50);
}

function isSmall(element: Element): boolean {
  const width = Number(element.getAttribute('width'));
  const height = Number(element.getAttribute('height'));
  return (width > 0 && width < MIN_MEDIA_SIDE) || (height > 0 && height < MIN_MEDIA_SIDE);
}

/**
 * Only exact numbers are kept: the page abbreviates ("2.3K"), and a rounded reading must not replace
 * an exact one. The repost button is left out: its number is reposts + quotes together.
 */
function readCounts(container: Element, now: number): Counts | undefined {
  const counts: Counts = { readAt: now };
  for (const button of selectAll(container, S.actionButton)) {
    if (!owns(container, button)) continue;
    // The number sits in the button's text span; the icon's <title> ("Like") is text too.
    const value = exactCount(selectAll(button, S.text)[0]?.textContent ?? '');
    if (value === undefined) continue;
    if (selectAll(button, S.likeIcon).length > 0) counts.likes ??= value;
    else if (selectAll(button, S.replyIcon).length > 0) counts.replies ??= value;
    else if (selectAll(button, S.shareIcon).length > 0) counts.shares ??= value;
  }
  return Object.keys(counts).length > 1 ? counts : undefined;
}

function exactCount(label: string): number | undefined {
  const trimmed = label.trim();
  if (!/^\d{1,3}(?:[,\u00a0\u202f ]\d{3})*$/.test(trimmed) && !/^\d{1,9}$/.test(trimmed)) return undefined;
  const value = Number(trimmed.replace(/\D/g, ''));
  return Number.isSafeInteger(value) ? value : undefined;
}

/** A nested post container with its own permalink is the quoted post. */
function quotedId(container: Element): string | undefined {
  for (const inner of selectAll(container, S.post)) {
    if (inner === container) continue;
    const code = /\/post\/([^/?#]+)/.exec(
      inner.querySelector('a[href*="/post/"]')?.getAttribute('href') ?? '',
    );
    const pk = code === null ? undefined : shortcodeToPk(code[1]!);
    if (pk !== undefined) return postId('threads', pk);
  }
  return undefined;
}
