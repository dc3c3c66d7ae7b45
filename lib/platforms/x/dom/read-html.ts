import type { CaptureContext, ParseResult } from '../../../parse-result';
import { readHtmlDocument } from '../../../capture/read-html';
import { findArticles, parseXArticles } from './parse-page';

/**
 * For the command-line tool: a saved x.com page or a single article's outerHTML in, Posts out.
 * The HTML parser is injected (the CLI passes linkedom's), so the extension never bundles one.
 */
export function parseXHtml(
  html: string,
  context: CaptureContext,
  parseHtml: (html: string) => ParentNode,
): ParseResult | { error: string } {
  const document = readHtmlDocument(html, parseHtml);
  if ('error' in document) return document;
  const { root } = document;
  if (findArticles(root).length === 0) {
    return {
      error:
        'no post found: the HTML has no article[data-testid="tweet"] element (save an x.com page or an article\'s outerHTML)',
    };
  }
  return parseXArticles(root, context);
}
