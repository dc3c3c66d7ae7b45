import { closestAny, matchesAny, selectAll } from '../../../kit/selectors';
import { X_DOM_SELECTORS, type XDomSelectorName } from './selectors';

/**
 * Small, total helpers over the selectors table: every DOM read of the parser goes through these,
 * so an odd node (missing attribute, unsupported selector in some DOM implementation) yields
 * "nothing found" instead of an exception. No globals: node kinds are read from `nodeType`.
 */

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

/** All matches of the first alternative of `name` that matches anything under `root`. */
export function queryAll(root: ParentNode, name: XDomSelectorName): Element[] {
  return selectAll(root, X_DOM_SELECTORS[name]);
}

/** `queryAll` restricted to elements that are not inside any of `exclude` (e.g. a quoted post). */
export function queryOwn(root: ParentNode, name: XDomSelectorName, exclude: readonly Element[]): Element[] {
  return queryAll(root, name).filter((element) => !exclude.some((container) => container.contains(element)));
}

/** The element itself when it matches `name`, else its nearest matching ancestor. */
export function closest(element: Element, name: XDomSelectorName): Element | undefined {
  return closestAny(element, X_DOM_SELECTORS[name]) ?? undefined;
}

export function matches(element: Element, name: XDomSelectorName): boolean {
  return matchesAny(element, X_DOM_SELECTORS[name]);
}

export function attr(element: Element | null | undefined, name: string): string | undefined {
  const value = element?.getAttribute(name);
  return value === null || value === undefined ? undefined : value;
}

export function tagName(node: Node): string {
  return node.nodeType === ELEMENT_NODE ? (node as Element).tagName.toLowerCase() : '';
}

/**
 * The text a reader sees in `element`: text nodes as they are, emoji `img` elements by their alt
 * text, SVG icons skipped. Reads `textContent` and attributes only, never layout.
 */
export function readableText(element: Element): string {
  let text = '';
  for (const child of Array.from(element.childNodes)) {
    if (child.nodeType === TEXT_NODE) text += child.textContent ?? '';
    else if (child.nodeType === ELEMENT_NODE) {
      const tag = tagName(child);
      if (tag === 'img') text += attr(child as Element, 'alt') ?? '';
      else if (tag !== 'svg') text += readableText(child as Element);
    }
  }
  return text;
}

/** Whitespace runs collapsed to one space: for one-line labels (names, card titles). */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
