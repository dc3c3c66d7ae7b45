import {
  finishParse,
  type CaptureContext,
  type CaptureTextReader,
  type ParseResult,
  type Skipped,
} from '../../parse-result';
import { readJsonDocuments } from '../../kit/json-documents';
import { hasBlueskyRoot, parseBlueskyXrpc } from './parse-xrpc';

/**
 * `npm run parse` input for Bluesky: a saved XRPC response body (one JSON document), a JSON array of
 * them, or JSON lines (one body per line, as a devtools/HAR export script writes them). Input with
 * no Bluesky root anywhere is an error string, not an empty result, so a file of another network is
 * never mistaken for a Bluesky response without posts (every reader tries every file).
 */
export function parseBlueskyCaptureText(
  text: string,
  context: CaptureContext,
): ParseResult | { error: string } {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed.length === 0) return { error: 'empty input' };
  if (trimmed.startsWith('<')) return { error: 'looks like HTML, not a Bluesky XRPC JSON response' };
  const documents = readJsonDocuments(trimmed);
  if ('error' in documents) return documents;
  if (!documents.values.some(hasBlueskyRoot)) {
    return {
      error: 'not a Bluesky XRPC response: no feed[], posts[], thread, bookmarks[] or notifications[] found',
    };
  }
  const candidates: unknown[] = [];
  const skipped: Skipped[] = [];
  for (const value of documents.values) {
    const result = parseBlueskyXrpc(value, context);
    candidates.push(...result.posts);
    skipped.push(...result.skipped);
  }
  // Several responses repeat posts (a scroll overlaps): finishParse keeps one row per id.
  return finishParse(candidates, skipped, context.validate);
}

/** The reader `npm run parse` finds by convention (see CaptureTextReader); JSON only, no markup. */
export const readCaptureText: CaptureTextReader = (text, context) => parseBlueskyCaptureText(text, context);
