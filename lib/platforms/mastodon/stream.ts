import { finishParse, type ParseResult } from '../../parse-result';
import { isRecord, text } from '../../kit/json-read';
import { createCollector } from './collector';
import type { MastodonCaptureContext } from './context';
import { readLocated } from './parse-api';
import { isStatusLike } from './response-shapes';
import { MASTODON_SKIP } from './skip-reasons';

/**
 * One message of the streaming API's WebSocket (`/api/v1/streaming`): JSON `{stream, event,
 * payload}`, where `payload` is itself JSON in a STRING. `update` (a new status in the stream) and
 * `status.update` (an edit) carry a Status; `notification` carries a Notification whose `status`
 * the REST notifications endpoints would have given too. Every other event (delete,
 * filters_changed, announcement…, conversation — direct messages, never stored) is a counted
 * `stream-event-ignored`.
 *
 * The frame may arrive as text or already parsed (when the tap reuses the page's own parse).
 * `parseJson` lets the MAIN-world tap pass the `JSON.parse` it captured before the page could
 * patch it. Never throws.
 */
export function parseMastodonStreamFrame(
  frame: unknown,
  context: MastodonCaptureContext,
  parseJson: (text: string) => unknown = JSON.parse,
): ParseResult {
  const out = createCollector(context);
  const message = typeof frame === 'string' ? tryParse(frame, parseJson) : frame;
  const event = text(message, 'event');
  if (!isRecord(message) || event === undefined) {
    out.skipped.push({
      reason: MASTODON_SKIP.streamBadFrame,
      detail: typeof frame === 'string' ? 'not a message' : typeof frame,
    });
    return finishParse(out.posts, out.skipped, context.validate);
  }
  if (event !== 'update' && event !== 'status.update' && event !== 'notification') {
    out.skipped.push({ reason: MASTODON_SKIP.streamEventIgnored, detail: event.slice(0, 40) });
    return finishParse(out.posts, out.skipped, context.validate);
  }
  const payload =
    typeof message.payload === 'string' ? tryParse(message.payload, parseJson) : message.payload;
  if (!isRecord(payload)) {
    out.skipped.push({ reason: MASTODON_SKIP.streamBadFrame, detail: `${event} without a payload` });
    return finishParse(out.posts, out.skipped, context.validate);
  }
  try {
    if (event !== 'notification') {
      readLocated({ statuses: [payload], accounts: [] }, out);
    } else if (isRecord(payload.status) && !isStatusLike(payload)) {
      readLocated({ statuses: [payload.status], accounts: [] }, out);
    } // a follow, a report… : a notification without a status has no post, and is no loss
  } catch (error) {
    out.skipped.push({ reason: MASTODON_SKIP.parserError, detail: String(error).slice(0, 200) });
  }
  return finishParse(out.posts, out.skipped, context.validate);
}

function tryParse(value: string, parseJson: (text: string) => unknown): unknown {
  try {
    return parseJson(value);
  } catch {
    return undefined;
  }
}
