import { decodeHtmlEntities } from './html-entities';

/**
 * A small, inert HTML tokenizer for status `content`: it only cuts the string into text, start tags
 * and end tags, the way a browser's tokenizer would (comments, `<!…>`, `<?…>` and a bare `<` handled
 * per the HTML standard's states, simplified). Nothing is ever built, rendered or executed: no DOM
 * (the page's realm may have patched it, and tests run in Node), no innerHTML, no URL resolution.
 * Of the attributes only `href`, `class` and `rel` are kept — every other one (`onerror`, `style`,
 * `src`…) is skipped over unread. The content of elements a browser never shows as text (`<script>`,
 * `<style>`…) is skipped whole.
 */

export interface TagAttributes {
  href?: string;
  class?: string;
  rel?: string;
}

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

const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;
const GT = 0x3e;
const EQUALS = 0x3d;

function isAsciiLetter(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0c || code === 0x0d;
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
    if (isSpace(code) || code === SLASH || code === GT) break;
    end += 1;
  }
  return end;
}

function readStartTag(html: string, from: number, sink: HtmlSink): number {
  const nameEnd = readName(html, from);
  const name = html.slice(from, nameEnd).toLowerCase();
  const read = readAttributes(html, nameEnd);
  // A tag cut off by the end of the input is dropped, as a browser drops it.
  if (read.end < 0) return html.length;
  if (SKIPPED_CONTENT.has(name)) return skipRawText(html, read.end, name);
  sink.open(name, read.attributes);
  return read.end;
}

function readEndTag(html: string, from: number, sink: HtmlSink): number {
  const first = html.charCodeAt(from);
  if (first === GT) return from + 1; // `</>` is ignored
  if (!isAsciiLetter(first)) return skipPast(html, '>', from); // `</3` etc.: a bogus comment
  const nameEnd = readName(html, from);
  const read = readAttributes(html, nameEnd);
  if (read.end < 0) return html.length;
  sink.close(html.slice(from, nameEnd).toLowerCase());
  return read.end;
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
      if (after >= html.length || isSpace(code) || code === SLASH || code === GT) {
        return skipPast(html, '>', after);
      }
    }
    at = close + 2;
  }
}

/**
 * Reads attributes up to the tag's `>`. Returns the index after it (-1 when the input ends first)
 * and the three attributes kept; the first occurrence of a name wins, as in a browser.
 */
function readAttributes(html: string, from: number): { end: number; attributes: TagAttributes | undefined } {
  const length = html.length;
  let attributes: TagAttributes | undefined;
  let index = from;
  for (;;) {
    while (index < length && (isSpace(html.charCodeAt(index)) || html.charCodeAt(index) === SLASH))
      index += 1;
    if (index >= length) return { end: -1, attributes };
    if (html.charCodeAt(index) === GT) return { end: index + 1, attributes };
    const nameStart = index;
    index += 1; // the first character is part of the name even when it is `=`
    while (index < length) {
      const code = html.charCodeAt(index);
      if (isSpace(code) || code === SLASH || code === GT || code === EQUALS) break;
      index += 1;
    }
    const name = html.slice(nameStart, index).toLowerCase();
    while (index < length && isSpace(html.charCodeAt(index))) index += 1;
    let value = '';
    if (html.charCodeAt(index) === EQUALS) {
      index += 1;
      while (index < length && isSpace(html.charCodeAt(index))) index += 1;
      const quote = html[index];
      if (quote === '"' || quote === "'") {
        const close = html.indexOf(quote, index + 1);
        if (close < 0) return { end: -1, attributes };
        value = html.slice(index + 1, close);
        index = close + 1;
      } else {
        const start = index;
        while (index < length && !isSpace(html.charCodeAt(index)) && html.charCodeAt(index) !== GT)
          index += 1;
        value = html.slice(start, index);
      }
    }
    if ((name === 'href' || name === 'class' || name === 'rel') && attributes?.[name] === undefined) {
      attributes ??= {};
      attributes[name] = decodeHtmlEntities(value);
    }
  }
}
