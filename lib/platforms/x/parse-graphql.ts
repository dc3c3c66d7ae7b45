import { finishParse, type CaptureContext, type ParseResult } from '../../parse-result';
import { createCollector } from './collector';
import { X_SKIP } from './skip-reasons';
import { locateXPayload, readXPayload } from './timeline';

/**
 * Pure parser of one X web GraphQL response (any operation of operations.ts, told or not which):
 * JSON in, Posts and counted skips out. Reads no globals, never throws.
 */
export function parseXGraphql(json: unknown, context: CaptureContext): ParseResult {
  const out = createCollector(context);
  try {
    const payload = locateXPayload(json);
    if (!payload) {
      out.skipped.push({ reason: X_SKIP.noTimeline, detail: describe(json) });
    } else {
      readXPayload(payload, out);
    }
  } catch (error) {
    // Shapes are checked where they are read; this only turns a parser bug into a count, keeping
    // what was read before it, instead of losing the whole response and the page's capture.
    out.skipped.push({
      reason: X_SKIP.parserError,
      detail: error instanceof Error ? error.message : String(error),
    });
  }
  return finishParse(out.posts, out.skipped, context.validate);
}

/** What the response was instead (an error response names itself). */
function describe(json: unknown): string {
  if (typeof json !== 'object' || json === null) return typeof json;
  if (Array.isArray(json)) return 'array';
  const keys = Object.keys(json).slice(0, 5).join(',');
  return `keys: ${keys}`;
}
