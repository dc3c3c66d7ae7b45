import type { Entity } from '../../../post';
import { expandRedirect } from '../urls';

/**
 * The body text of a post and its links/mentions/tags as UTF-16 ranges, from the DOM tree alone
 * (textContent order, never innerText: no layout is read).
 */
export function readDomText(body: Element | undefined): { text: string; entities: Entity[] } {
  if (body === undefined) return { text: '', entities: [] };
  const entities: Entity[] = [];
  let text = '';
  const visit = (node: Node): void => {
    if (node.nodeType === 3) {
      text += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const element = node as Element;
    const start = text.length;
    for (const child of Array.from(element.childNodes)) visit(child);
    if (element.tagName.toLowerCase() === 'a') {
      const entity = linkEntity(element.getAttribute('href'), text.slice(start), start, text.length);
      if (entity !== undefined) entities.push(entity);
    }
  };
  for (const child of Array.from(body.childNodes)) visit(child);
  return {
    text: text.slice(0, 100_000),
    entities: entities.filter((entity) => entity.end <= 100_000).slice(0, 500),
  };
}

function linkEntity(href: string | null, label: string, start: number, end: number): Entity | undefined {
  if (href === null || end <= start) return undefined;
  const mention = /^\/@([\w.]{1,100})\/?$/.exec(href);
  if (mention !== null) return { kind: 'mention', start, end, handle: mention[1]! };
  if (href.startsWith('/search?')) {
    const params = new URLSearchParams(href.slice('/search?'.length));
    const tag = (params.get('q') ?? label).replace(/^#/, '').trim();
    return params.get('serp_type') === 'tags' && tag.length > 0 && tag.length <= 280
      ? { kind: 'hashtag', start, end, tag }
      : undefined;
  }
  const url = expandRedirect(href);
  return url === undefined ? undefined : { kind: 'link', start, end, url };
}
