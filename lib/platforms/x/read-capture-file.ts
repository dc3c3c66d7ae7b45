import {
  finishParse,
  type CaptureContext,
  type CaptureTextReader,
  type ParseResult,
} from '../../parse-result';
import { parseXHtml } from './dom/read-html';
import { parseXGraphql } from './parse-graphql';
import { locateXPayload } from './timeline';

/** `npm run parse` for X: a saved x.com page or article (the DOM side), or network captures. */
export const readCaptureText: CaptureTextReader = (text, context, parseHtml) =>
  text
    .replace(/^\uFEFF/, '')
    .trimStart()
    .startsWith('<')
    ? parseXHtml(text, context, parseHtml)
    : parseXCaptureText(text, context);

/**
 * Network captures: one GraphQL JSON response, a JSON array of
 * responses, or JSON lines (one response per line, as a HAR/devtools export script writes them).
 * Saved HTML pages and articles are read by the DOM side, not here.
 * Returns a clear error string instead of throwing for anything it cannot read.
 */
export function parseXCaptureText(text: string, context: CaptureContext): ParseResult | { error: string } {
  const trimmed = text.trim();
  if (trimmed.length === 0) return { error: 'empty input' };
  if (trimmed.startsWith('<')) return { error: 'looks like HTML, not an X GraphQL JSON response' };

  const responses = readResponses(trimmed);
  if ('error' in responses) return responses;
  if (!responses.values.some((value) => locateXPayload(value) !== undefined)) {
    return { error: 'no X timeline or tweet found' };
  }
  const posts: unknown[] = [];
  const skipped: ParseResult['skipped'] = [];
  for (const value of responses.values) {
    const result = parseXGraphql(value, context);
    posts.push(...result.posts);
    skipped.push(...result.skipped);
  }
  // Several responses repeat posts (a scroll overlaps): finishParse keeps one row per id.
  return finishParse(posts, skipped, context.validate);
}

function readResponses(text: string): { values: unknown[] } | { error: string } {
  const whole = tryJson(text);
  if ('value' in whole) {
    const { value } = whole;
    // A top-level array is a list of responses; a response itself is always an object.
    return { values: Array.isArray(value) ? value : [value] };
  }
  const lines = text.split(/\r?\n/);
  const first = lines.findIndex((line) => line.trim().length > 0);
  if (lines.length < 2 || first < 0 || 'error' in tryJson(lines[first]!)) {
    return { error: `not JSON: ${whole.error}` };
  }
  const values: unknown[] = [];
  for (const [index, line] of lines.entries()) {
    if (line.trim().length === 0) continue;
    const parsed = tryJson(line);
    if ('error' in parsed) return { error: `not JSON: line ${index + 1}: ${parsed.error}` };
    values.push(parsed.value);
  }
  return { values };
}

function tryJson(text: string): { value: unknown } | { error: string } {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}
