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
  const end = readAttributes(html, nameEnd);
  // A tag cut off by the end of the input is dropped, as a browser drops it.
  if (end < 0) return html.length;
  if (SKIPPED_CONTENT.has(name)) return skipRawText(html, end, name);
  sink.open(name, readAttributesResult);
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
      if (after >= html.length || isSpace(code) || code === SLASH || code === GT) {
        return skipPast(html, '>', after);
      }
    }
    at = close + 2;
  }
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

/** The attributes the last `readAttributes` kept (a variable, not a result object: one tag less to allocate). */
let readAttributesResult: TagAttributes | undefined;

/**
 * Reads attributes up to the tag's `>`. Returns the index after it (-1 when the input ends first);
 * the three attributes kept are left in `readAttributesResult` (undefined when the tag has none of
 * them). The first occurrence of a name wins, as in a browser.
 */
function readAttributes(html: string, from: number): number {
  const length = html.length;
  let attributes: TagAttributes | undefined;
  readAttributesResult = undefined;
  let index = from;
  for (;;) {
    while (index < length && (isSpace(html.charCodeAt(index)) || html.charCodeAt(index) === SLASH))
      index += 1;
    if (index >= length) return -1;
    if (html.charCodeAt(index) === GT) {
      readAttributesResult = attributes;
      return index + 1;
    }
    const nameStart = index;
    index += 1; // the first character is part of the name even when it is `=`
    while (index < length) {
      const code = html.charCodeAt(index);
      if (isSpace(code) || code === SLASH || code === GT || code === EQUALS) break;
      index += 1;
    }
    const name = keptAttribute(html, nameStart, index);
    while (index < length && isSpace(html.charCodeAt(index))) index += 1;
    let valueStart = index;
    let valueEnd = index;
    if (html.charCodeAt(index) === EQUALS) {
      index += 1;
      while (index < length && isSpace(html.charCodeAt(index))) index += 1;
      const quote = html[index];
      if (quote === '"' || quote === "'") {
        const close = html.indexOf(quote, index + 1);
        if (close < 0) return -1;
        valueStart = index + 1;
        valueEnd = close;
        index = close + 1;
      } else {
        valueStart = index;
        while (index < length && !isSpace(html.charCodeAt(index)) && html.charCodeAt(index) !== GT)
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
