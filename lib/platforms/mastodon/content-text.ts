import type { TagAttributes, HtmlSink } from './html-tokenizer';
import { tokenizeHtml } from './html-tokenizer';
import { isHttpUrl } from '../../kit/http-url';
import { BLOCK_BREAKS, VOID_ELEMENTS } from './html-elements';
import { hasToken } from './token-list';

/**
 * Status `content` HTML → the plain text Mastodon's web UI shows, plus where its links are.
 * - Paragraphs are separated by a blank line, `<br>` is a line break; other block elements
 *   (lists, quotes, headings, `<pre>` from remote servers) start on a line of their own.
 * - Mastodon shortens long links with spans: `invisible` parts are hidden (dropped here) and an
 *   `ellipsis` part is followed by "…" (its CSS `::after`), so the text reads as on the page.
 * - `quote-inline` is the "RE: <link>" fallback a quoting server adds for clients without quote
 *   support; Mastodon hides it when it shows the quote, so it is dropped when the status has one.
 * - Unknown tags keep their text; nothing is interpreted beyond that (see html-tokenizer.ts).
 * Anchors are reported with their UTF-16 range in the text; which become entities is decided by
 * the caller, with the status's `mentions` and `tags`.
 */

export interface ContentAnchor {
  start: number;
  end: number;
  href: string | undefined;
  className: string | undefined;
  rel: string | undefined;
}

export interface ContentText {
  text: string;
  anchors: ContentAnchor[];
}

/** The most text a Post holds: a longer remote post is cut there, its links after the cut dropped. */
export const MAX_TEXT = 100_000;

/** What an open element does when it ends, as bits (the stack holds numbers, not one object per element). */
const HIDDEN = 1;
const ELLIPSIS = 2;
const ANCHOR = 4;
const PRE = 8;
const LINE = 16;
const PARAGRAPH = 32;

interface OpenAnchor {
  start: number;
  attributes: TagAttributes | undefined;
}

const LEADING_SPACE = /^[\t\n\f\r ]+/;

class TextBuilder implements HtmlSink {
  out = '';
  readonly anchors: ContentAnchor[] = [];
  private pending = 0;
  private hidden = 0;
  private pre = 0;
  private readonly names: string[] = [];
  private readonly flags: number[] = [];
  private anchor: OpenAnchor | undefined;

  constructor(private readonly dropQuoteInline: boolean) {}

  text(value: string): void {
    if (this.hidden > 0) return;
    // Source formatting between blocks is not text (`<p>a</p>\n<p>b</p>`); inside <pre> it is.
    const piece =
      this.pre === 0 && (this.pending > 0 || this.out.length === 0)
        ? value.replace(LEADING_SPACE, '')
        : value;
    if (piece.length > 0) this.append(piece);
  }

  open(name: string, attributes: TagAttributes | undefined): void {
    if (VOID_ELEMENTS.has(name)) {
      if (name === 'br') this.lineBreak();
      else if (name === 'hr') this.block(1);
      return; // <img> and the rest show no text (an image's alt is not shown while it loads fine)
    }
    if (name === 'a' && this.anchor !== undefined) this.closeOpenAnchor();
    const className = attributes?.class;
    let flags = 0;
    if (className !== undefined) {
      if (hasToken(className, 'invisible') || (this.dropQuoteInline && hasToken(className, 'quote-inline'))) {
        flags |= HIDDEN;
      }
      if (hasToken(className, 'ellipsis')) flags |= ELLIPSIS;
    }
    const block = BLOCK_BREAKS.get(name);
    if (block !== undefined) {
      this.block(block);
      flags |= block === 2 ? PARAGRAPH : LINE;
    }
    if (flags & HIDDEN) this.hidden += 1;
    if (name === 'pre') {
      flags |= PRE;
      this.pre += 1;
    }
    if (name === 'a' && this.hidden === 0) {
      flags |= ANCHOR;
      this.anchor = { start: -1, attributes };
    }
    this.names.push(name);
    this.flags.push(flags);
  }

  close(name: string): void {
    if (name === 'br') return this.lineBreak(); // a browser reads `</br>` as `<br>`
    const index = this.names.lastIndexOf(name);
    if (index >= 0) this.popTo(index);
    else if (name === 'p') this.block(2); // a stray `</p>` makes an empty paragraph
  }

  finish(): ContentText {
    this.popTo(0);
    let text = this.out.trimEnd();
    if (text.length > MAX_TEXT) text = text.slice(0, MAX_TEXT);
    const anchors: ContentAnchor[] = [];
    for (const anchor of this.anchors) {
      const end = Math.min(anchor.end, text.length);
      if (anchor.start < end) anchors.push(end === anchor.end ? anchor : { ...anchor, end });
    }
    return { text, anchors };
  }

  private append(piece: string): void {
    if (this.pending > 0) {
      if (this.out.length > 0) {
        let trailing = 0;
        while (trailing < this.pending && this.out[this.out.length - 1 - trailing] === '\n') trailing += 1;
        this.out += '\n'.repeat(this.pending - trailing);
      }
      this.pending = 0;
    }
    if (this.anchor !== undefined && this.anchor.start < 0) this.anchor.start = this.out.length;
    this.out += piece;
  }

  private lineBreak(): void {
    if (this.hidden === 0 && this.out.length > 0) this.append('\n');
  }

  private block(lines: number): void {
    if (this.hidden === 0 && lines > this.pending) this.pending = lines;
  }

  private closeOpenAnchor(): void {
    for (let index = this.flags.length - 1; index >= 0; index -= 1) {
      if (this.flags[index]! & ANCHOR) return this.popTo(index);
    }
  }

  private popTo(index: number): void {
    while (this.flags.length > index) {
      this.names.pop();
      this.end(this.flags.pop()!);
    }
  }

  private end(flags: number): void {
    if (flags === 0) return;
    if (flags & HIDDEN) this.hidden -= 1;
    if (flags & PRE) this.pre -= 1;
    if (flags & ELLIPSIS && this.hidden === 0) this.append('…');
    if (flags & ANCHOR && this.anchor !== undefined) this.endAnchor(this.anchor);
    if (flags & (LINE | PARAGRAPH)) this.block(flags & PARAGRAPH ? 2 : 1);
  }

  private endAnchor(anchor: OpenAnchor): void {
    const href = anchor.attributes?.href;
    // A link whose text is all hidden (damaged markup: a span left unclosed) would be invisible
    // and unclickable; its target is shown instead, so the link is not lost. (`append` starts the
    // anchor's range, which is why it is still the open anchor here.)
    if (anchor.start < 0 && this.hidden === 0 && isHttpUrl(href)) this.append(href);
    this.anchor = undefined;
    if (anchor.start < 0) return;
    this.anchors.push({
      start: anchor.start,
      end: this.out.length,
      href,
      className: anchor.attributes?.class,
      rel: anchor.attributes?.rel,
    });
  }
}

export function contentText(html: string, options: { dropQuoteInline: boolean }): ContentText {
  const builder = new TextBuilder(options.dropQuoteInline);
  tokenizeHtml(html, builder);
  return builder.finish();
}
