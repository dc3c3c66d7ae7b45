import { describeError } from '../kit/log';

/** An HTML parser the command-line tool injects (linkedom/happy-dom); the extension never bundles one. */
export type HtmlParser = (html: string) => ParentNode;

/** Parses saved HTML for a capture reader: the document, or an error sentence instead of a throw. */
export function readHtmlDocument(
  html: string,
  parseHtml: HtmlParser,
): { root: ParentNode } | { error: string } {
  try {
    return { root: parseHtml(html) };
  } catch (error) {
    return { error: `could not parse the HTML: ${describeError(error)}` };
  }
}
