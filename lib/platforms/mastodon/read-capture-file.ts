import {
  finishParse,
  type CaptureContext,
  type CaptureTextReader,
  type ParseResult,
  type Skipped,
} from '../../parse-result';
import { isRecord } from '../../kit/json-read';
import { parseMastodonApi } from './parse-api';
import { MASTODON_SKIP } from './skip-reasons';
import { parseMastodonStreamFrame } from './stream';

/**
 * `npm run parse` for Mastodon: one saved REST response, a JSON array of responses, or JSON lines
 * (one response or one streaming frame per line). A timeline response is itself an array — of
 * statuses — so a top-level array is a list of responses only when its items are responses that
 * are not statuses (arrays, `{ancestors…}`, `{statuses…}`, stream frames); read as one timeline,
 * an array of single-status responses gives the same rows anyway. Unrecognised input is an error
 * string, so a wrong file is never mistaken for a response without posts.
 */
export function parseMastodonCaptureText(
  text: string,
  context: CaptureContext,
): ParseResult | { error: string } {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed.length === 0) return { error: 'empty input' };
  if (trimmed.startsWith('<')) return { error: 'looks like HTML, not a Mastodon API JSON response' };
  const documents = readDocuments(trimmed);
  if ('error' in documents) return documents;
  const posts: unknown[] = [];
  const skipped: Skipped[] = [];
  for (const document of documents.values) {
    const result = isStreamFrame(document)
      ? parseMastodonStreamFrame(document, context)
      : parseMastodonApi(document, context);
    posts.push(...result.posts);
    skipped.push(...result.skipped);
  }
  if (posts.length === 0 && skipped.every((skip) => skip.reason === MASTODON_SKIP.noStatuses)) {
    return {
      error: 'no Mastodon statuses found (not a timeline, context, search, notifications or status response)',
    };
  }
  // Responses overlap (a scroll repeats statuses): finishParse keeps one row per id.
  return finishParse(posts, skipped, context.validate);
}

function isStreamFrame(value: unknown): boolean {
  return isRecord(value) && typeof value.event === 'string' && ('payload' in value || 'stream' in value);
}

function isResponseNotStatus(value: unknown): boolean {
  if (Array.isArray(value)) return true;
  if (!isRecord(value)) return false;
  return (
    'ancestors' in value ||
    'descendants' in value ||
    'statuses' in value ||
    'notification_groups' in value ||
    isStreamFrame(value)
  );
}

/** The reader `npm run parse` finds by convention (see CaptureTextReader); JSON only, no markup. */
export const readCaptureText: CaptureTextReader = (text, context) => parseMastodonCaptureText(text, context);

function readDocuments(text: string): { values: unknown[] } | { error: string } {
  const whole = tryJson(text);
  if ('value' in whole) {
    const { value } = whole;
    return { values: Array.isArray(value) && value.some(isResponseNotStatus) ? value : [value] };
  }
  const values: unknown[] = [];
  const lines = text.split(/\r?\n/);
  for (const [index, line] of lines.entries()) {
    if (line.trim().length === 0) continue;
    const parsed = tryJson(line);
    if ('error' in parsed) {
      return {
        error:
          values.length === 0 ? `not JSON: ${whole.error}` : `not JSON: line ${index + 1}: ${parsed.error}`,
      };
    }
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
