import { lastAttributes, readAttributes } from './html-attributes';
import type { TagAttributes } from './html-attributes';
import { BANG, GT, isHtmlSpace, QUESTION, SLASH } from './html-chars';
import { decodeHtmlEntities } from './html-entities';

export type { TagAttributes } from './html-attributes';

/**
 * A small, inert HTML tokenizer for status `content`: it only cuts the string into text, start tags
 * and end tags, the way a browser's tokenizer would (comments, `<!…>`, `<?…>` and a bare `<` handled
 * per the HTML standard's states, simplified). Nothing is ever built, rendered or executed: no DOM
 * (the page's realm may have patched it, and tests run in Node), no innerHTML, no URL resolution.
 * Of the attributes only `href`, `class` and `rel` are kept — every other one (`onerror`, `style`,
 * `src`…) is skipped over unread. The content of elements a browser never shows as text (`<script>`,
 * `<style>`…) is skipped whole.
 */

export interface HtmlSink {
  /** A run of text, character references decoded. */
  text(value: string): void;
  /** A start tag, name lowercased; void and self-closing tags alike (the sink knows which are void). */
  open(name: string, attributes: TagAttributes | undefined): void;
  close(name: string): void;
}

/** Raw-text elements whose content a browser never displays: skipped to their end tag, unread. */
const SKIPPED_CONTENT: ReadonlySet<string> = new Set([
  'script',
  'style',
  'iframe',
  'noembed',
  'noframes',
  'noscript',
]);

export function tokenizeHtml(html: string, sink: HtmlSink): void {
  const length = html.length;
  let index = 0;
  while (index < length) {
    const lt = html.indexOf('<', index);
    if (lt < 0) {
      sink.text(decodeHtmlEntities(html.slice(index)));
      return;
    }
    if (lt > index) sink.text(decodeHtmlEntities(html.slice(index, lt)));
    const next = html.charCodeAt(lt + 1);
    if (isAsciiLetter(next)) {
      index = readStartTag(html, lt + 1, sink);
    } else if (next === SLASH) {
      index = readEndTag(html, lt + 2, sink);
    } else if (next === BANG) {
      index = html.startsWith('--', lt + 2) ? skipComment(html, lt + 4) : skipPast(html, '>', lt + 2);
    } else if (next === QUESTION) {
      index = skipPast(html, '>', lt + 2);
    } else {
      // `<` not opening a tag (`a < b`, `<3`, `<;`) is text.
      sink.text('<');
      index = lt + 1;
    }
  }
}

function isAsciiLetter(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
}

/** Index just past `needle` from `from`, or the end of the input (an unterminated construct runs to EOF). */
function skipPast(html: string, needle: string, from: number): number {
  const at = html.indexOf(needle, from);
  return at < 0 ? html.length : at + needle.length;
}

/** `<!--` has been read; `<!-->` and `<!--->` also end a comment. */
function skipComment(html: string, from: number): number {
  if (html.charCodeAt(from) === GT) return from + 1;
  if (html.startsWith('->', from)) return from + 2;
  return skipPast(html, '-->', from);
}

function readName(html: string, from: number): number {
  let end = from;
  while (end < html.length) {
    const code = html.charCodeAt(end);
    if (isHtmlSpace(code) || code === SLASH || code === GT) break;
    end += 1;
  }
  return end;
}

function readStartTag(html: string, from: number, sink: HtmlSink): number {
  const nameEnd = readName(html, from);
  const name = html.slice(from, nameEnd).toLowerCase();
  const end = readAttributes(html, nameEnd);
  // A tag cut off by the end of the input is dropped, as a browser drops it.
  if (end < 0) return html.length;
  if (SKIPPED_CONTENT.has(name)) return skipRawText(html, end, name);
  sink.open(name, lastAttributes.kept);
  return end;
}

function readEndTag(html: string, from: number, sink: HtmlSink): number {
  const first = html.charCodeAt(from);
  if (first === GT) return from + 1; // `</>` is ignored
  if (!isAsciiLetter(first)) return skipPast(html, '>', from); // `</3` etc.: a bogus comment
  const nameEnd = readName(html, from);
  const end = readAttributes(html, nameEnd);
  if (end < 0) return html.length;
  sink.close(html.slice(from, nameEnd).toLowerCase());
  return end;
}

/** Past the matching end tag of a raw-text element (its content is never markup). */
function skipRawText(html: string, from: number, name: string): number {
  let at = from;
  for (;;) {
    const close = html.indexOf('</', at);
    if (close < 0) return html.length;
    const after = close + 2 + name.length;
    if (html.slice(close + 2, after).toLowerCase() === name) {
      const code = html.charCodeAt(after);
      if (after >= html.length || isHtmlSpace(code) || code === SLASH || code === GT) {
        return skipPast(html, '>', after);
      }
    }
    at = close + 2;
  }
}
