import {
  finishParse,
  type CaptureContext,
  type CaptureTextReader,
  type ParseResult,
  type Skipped,
} from '../../parse-result';
import { readJsonDocuments } from '../../kit/json-documents';
import { readHtmlDocument } from '../../capture/read-html';
import { parseThreadsDom } from './dom/parse-dom';
import { extractThreadsScripts, parseThreadsEmbedded } from './parse-embedded';
import { parseThreadsGraphql } from './parse-graphql';

/**
 * `npm run parse` for Threads: a saved GraphQL response (one JSON document, an array of them, or JSON
 * lines — Relay streams incremental payloads one per line) or a saved Threads HTML page (embedded
 * JSON first, then the DOM for posts the JSON lacks). Unrecognised input is an error string, not an
 * empty result, so a wrong file is never mistaken for a page without posts.
 */
export function parseThreadsCaptureText(
  text: string,
  context: CaptureContext,
  parseHtml: (html: string) => ParentNode,
): ParseResult | { error: string } {
  const trimmed = text.replace(/^\uFEFF/, '').trimStart();
  if (trimmed.length === 0) return { error: 'empty input' };
  if (trimmed.startsWith('<')) return readHtml(trimmed, context, parseHtml);
  return readJson(trimmed.replace(/^for\s*\(;;\);/, ''), context);
}

/** The reader `npm run parse` finds by convention (see CaptureTextReader). */
export const readCaptureText: CaptureTextReader = parseThreadsCaptureText;

function readHtml(
  html: string,
  context: CaptureContext,
  parseHtml: (html: string) => ParentNode,
): ParseResult | { error: string } {
  const document = readHtmlDocument(html, parseHtml);
  if ('error' in document) return document;
  const { root } = document;
  const scripts = extractThreadsScripts(root);
  const embedded = parseThreadsEmbedded(scripts, context);
  const dom = parseThreadsDom(root, context);
  if (scripts.length === 0 && dom.posts.length === 0 && dom.skipped.length === 0) {
    return {
      error: 'not a Threads page: no <script type="application/json" data-sjs> blobs and no post markup',
    };
  }
  const known = new Set(embedded.posts.map((post) => post.id));
  const domOnly = dom.posts.filter((post) => !known.has(post.id));
  return { posts: [...embedded.posts, ...domOnly], skipped: [...embedded.skipped, ...dom.skipped] };
}

function readJson(text: string, context: CaptureContext): ParseResult | { error: string } {
  const documents = readJsonDocuments(text);
  if ('error' in documents) return documents;
  const candidates: unknown[] = [];
  const skipped: Skipped[] = [];
  for (const document of documents.values) {
    const result = parseThreadsGraphql(document, context);
    candidates.push(...result.posts);
    skipped.push(...result.skipped);
  }
  if (
    candidates.length === 0 &&
    skipped.every((skip) => skip.reason === 'no-posts-root' || skip.reason === 'not-json-object')
  ) {
    return {
      error: 'not a Threads GraphQL response with posts: no thread_items, post lists or post media found',
    };
  }
  return finishParse(candidates, skipped, context.validate);
}
