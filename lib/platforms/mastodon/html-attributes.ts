import { decodeHtmlEntities } from './html-entities';
import { EQUALS, GT, isHtmlSpace, SLASH } from './html-chars';

/**
 * A tag's attributes, read in place. Of them only `href`, `class` and `rel` are kept — every other
 * one (`onerror`, `style`, `src`…) is skipped over unread — and only their values are cut out of
 * the markup and decoded.
 */
export interface TagAttributes {
  href?: string;
  class?: string;
  rel?: string;
}

const KEPT = ['href', 'class', 'rel'] as const;

/** Which kept attribute the name at [start, end) is, compared in place, ASCII case-insensitively. */
function keptAttribute(html: string, start: number, end: number): (typeof KEPT)[number] | undefined {
  for (const name of KEPT) {
    if (end - start !== name.length) continue;
    let same = true;
    for (let offset = 0; offset < name.length && same; offset += 1) {
      same = (html.charCodeAt(start + offset) | 0x20) === name.charCodeAt(offset);
    }
    if (same) return name;
  }
  return undefined;
}

/**
 * The attributes the last `readAttributes` kept: one shared holder rather than a result object per
 * tag, which the tap would otherwise allocate for every element of every status.
 */
export const lastAttributes: { kept: TagAttributes | undefined } = { kept: undefined };

/**
 * Reads attributes up to the tag's `>`. Returns the index after it (-1 when the input ends first);
 * the three attributes kept are left in `lastAttributes.kept` (undefined when the tag has none of
 * them). The first occurrence of a name wins, as in a browser.
 */
export function readAttributes(html: string, from: number): number {
  const length = html.length;
  let attributes: TagAttributes | undefined;
  lastAttributes.kept = undefined;
  let index = from;
  for (;;) {
    while (index < length && (isHtmlSpace(html.charCodeAt(index)) || html.charCodeAt(index) === SLASH))
      index += 1;
    if (index >= length) return -1;
    if (html.charCodeAt(index) === GT) {
      lastAttributes.kept = attributes;
      return index + 1;
    }
    const nameStart = index;
    index += 1; // the first character is part of the name even when it is `=`
    while (index < length) {
      const code = html.charCodeAt(index);
      if (isHtmlSpace(code) || code === SLASH || code === GT || code === EQUALS) break;
      index += 1;
    }
    const name = keptAttribute(html, nameStart, index);
    while (index < length && isHtmlSpace(html.charCodeAt(index))) index += 1;
    let valueStart = index;
    let valueEnd = index;
    if (html.charCodeAt(index) === EQUALS) {
      index += 1;
      while (index < length && isHtmlSpace(html.charCodeAt(index))) index += 1;
      const quote = html[index];
      if (quote === '"' || quote === "'") {
        const close = html.indexOf(quote, index + 1);
        if (close < 0) return -1;
        valueStart = index + 1;
        valueEnd = close;
        index = close + 1;
      } else {
        valueStart = index;
        while (index < length && !isHtmlSpace(html.charCodeAt(index)) && html.charCodeAt(index) !== GT)
          index += 1;
        valueEnd = index;
      }
    }
    // Only the kept attributes' values are ever cut out of the markup.
    if (name !== undefined && attributes?.[name] === undefined) {
      attributes ??= {};
      attributes[name] = decodeHtmlEntities(html.slice(valueStart, valueEnd));
    }
  }
}
