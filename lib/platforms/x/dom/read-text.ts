import type { Entity } from '../../../post';
import { ELEMENT_NODE, TEXT_NODE, attr, readableText, tagName } from './query';
import { absoluteUrl, isHandle, isHttpUrl, profileHandle, xPath } from './x-urls';

export interface ReadText {
  text: string;
  entities: Entity[];
  /** t.co href → the expanded URL read from the anchor's text (for the link card). */
  expanded: Map<string, string>;
}

/**
 * The post body from a `tweetText` element, walking its child nodes: text nodes as they are, emoji
 * imgs by their alt, anchors as entities. X renders an external link as a t.co anchor whose text is
 * the *full* target split into spans: a hidden "https://", the visible part, a hidden rest and a
 * hidden "…". Joining every part but the trailing "…" gives the expanded URL, which becomes both
 * the text and the link entity (t.co is used only when the anchor text is not a URL).
 * Offsets are UTF-16 indices into the returned text; outer whitespace is trimmed.
 */
export function readTweetText(element: Element | undefined): ReadText {
  if (!element) return { text: '', entities: [], expanded: new Map() };
  const state: ReadText = { text: '', entities: [], expanded: new Map() };
  walk(element, state);
  return trimmed(state);
}

function walk(parent: Element, state: ReadText): void {
  for (const child of Array.from(parent.childNodes)) {
    if (child.nodeType === TEXT_NODE) {
      state.text += child.textContent ?? '';
      continue;
    }
    if (child.nodeType !== ELEMENT_NODE) continue;
    const element = child as Element;
    const tag = tagName(element);
    if (tag === 'img') state.text += attr(element, 'alt') ?? '';
    else if (tag === 'a') readAnchor(element, state);
    else if (isSplitUrl(element)) readUnlinkedUrl(element, state);
    else if (tag !== 'svg') walk(element, state);
  }
}

function readAnchor(anchor: Element, state: ReadText): void {
  const href = attr(anchor, 'href');
  const shown = readableText(anchor);
  const start = state.text.length;
  const path = xPath(href) ?? '';
  const first = shown.trimStart().charAt(0);

  if ((first === '#' || first === '＃') && path.startsWith('/hashtag/')) {
    state.text += shown;
    const tag = shown.trim().slice(1);
    if (tag) state.entities.push({ kind: 'hashtag', start, end: state.text.length, tag });
    return;
  }
  if (first === '$' && path.startsWith('/search')) {
    state.text += shown;
    const symbol = shown.trim().slice(1);
    if (symbol) state.entities.push({ kind: 'cashtag', start, end: state.text.length, symbol });
    return;
  }
  const handle = profileHandle(href);
  if ((first === '@' || first === '＠') && isHandle(handle)) {
    state.text += shown;
    state.entities.push({ kind: 'mention', start, end: state.text.length, handle });
    return;
  }
  const expanded = expandedLinkText(anchor);
  const target = isHttpUrl(expanded) ? expanded : absoluteUrl(href);
  if (isHttpUrl(expanded) && isHttpUrl(href)) state.expanded.set(href, expanded);
  state.text += isHttpUrl(expanded) ? expanded : shown;
  if (target && state.text.length > start) {
    state.entities.push({ kind: 'link', start, end: state.text.length, url: target });
  }
}

/**
 * A quoted post's text shows URLs without an anchor (the whole quote is one link), but split the
 * same way: a first hidden part "https://" announces it.
 */
function isSplitUrl(element: Element): boolean {
  const first = element.firstElementChild;
  return (
    first !== null &&
    attr(first, 'aria-hidden') === 'true' &&
    /^https?:\/\/$/.test((first.textContent ?? '').trim()) &&
    element.firstChild === first
  );
}

function readUnlinkedUrl(element: Element, state: ReadText): void {
  const start = state.text.length;
  const expanded = expandedLinkText(element);
  state.text += expanded;
  if (isHttpUrl(expanded))
    state.entities.push({ kind: 'link', start, end: state.text.length, url: expanded });
}

/** The anchor's text with a trailing "…" part (X's truncation mark, hidden from readers) left out. */
function expandedLinkText(anchor: Element): string {
  const parts = Array.from(anchor.childNodes);
  const last = parts[parts.length - 1];
  if (last && last.nodeType === ELEMENT_NODE && (last.textContent ?? '').trim() === '…') parts.pop();
  let text = '';
  for (const part of parts) {
    if (part.nodeType === TEXT_NODE) text += part.textContent ?? '';
    else if (part.nodeType === ELEMENT_NODE) text += readableText(part as Element);
  }
  return text.trim();
}

function trimmed(state: ReadText): ReadText {
  const lead = state.text.length - state.text.trimStart().length;
  const text = state.text.trim();
  const entities = state.entities
    .map((entity) => ({
      ...entity,
      start: Math.max(0, entity.start - lead),
      end: Math.min(text.length, entity.end - lead),
    }))
    .filter((entity) => entity.end > entity.start)
    .slice(0, 500);
  return { text, entities, expanded: state.expanded };
}
