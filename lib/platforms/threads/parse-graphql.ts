import type { CaptureContext } from '../../parse-result';
import { asArray, asRecord, isRecord } from '../../kit/json-read';
import { NETWORK_LIMITS, findThreadHits } from './roots';
import { collectHits, emptyOut, finish } from './parse-thread-hits';
import type { ThreadsParseResult } from './types';

/**
 * Pure parser of one Threads web GraphQL response (POST /graphql/query or /api/graphql), already
 * JSON-parsed. Never throws. Posts are found by their containers (see roots.ts), so any query that
 * returns posts is read whatever its name; a response with none is one counted `no-posts-root` skip
 * (detail: its data keys), which is how capture health notices a renamed root.
 */
export function parseThreadsGraphql(json: unknown, context: CaptureContext): ThreadsParseResult {
  const out = emptyOut();
  try {
    if (!isRecord(json) && !Array.isArray(json)) {
      out.skipped.push({ reason: 'not-json-object' });
      return finish(out, {}, context);
    }
    const roots = collectHits(findThreadHits(json, NETWORK_LIMITS), context, out);
    if (Object.keys(roots).length === 0) out.skipped.push(noPostsReason(json));
    return finish(out, roots, context);
  } catch (error) {
    // Unreachable by design (every read is checked); kept so a bug costs one response, never the page.
    out.skipped.push({ reason: 'no-posts-root', detail: `parser error: ${String(error)}`.slice(0, 200) });
    return finish(out, {}, context);
  }
}

function noPostsReason(json: unknown): { reason: string; detail?: string } {
  const record = asRecord(json);
  const errors = asArray(record?.errors);
  const data = asRecord(record?.data);
  if (errors !== undefined && errors.length > 0 && data === undefined) {
    const message = asRecord(errors[0])?.message;
    return {
      reason: 'graphql-error',
      detail: typeof message === 'string' ? message.slice(0, 200) : undefined,
    };
  }
  const keys = Object.keys(data ?? record ?? {}).slice(0, 5);
  return { reason: 'no-posts-root', detail: keys.join(',') || undefined };
}
