import { finishParse, type ParseResult, type Skipped } from '../../parse-result';
import { asRecord, text } from '../../kit/json-read';
import { createCollector, indexAccount, indexStatus, type StatusCollector } from './collector';
import type { MastodonCaptureContext } from './context';
import { locateStatuses, type LocatedStatuses } from './response-shapes';
import { MASTODON_SKIP } from './skip-reasons';
import { readStatus } from './status';

/**
 * Pure parser of one Mastodon REST response body, already JSON-parsed: any endpoint of
 * endpoints.ts (or a file, or a stream payload), decided by shape (response-shapes.ts). Reads no
 * globals, never throws; every status it cannot store is one counted skip.
 */
export function parseMastodonApi(json: unknown, context: MastodonCaptureContext): ParseResult {
  const out = collectMastodonApi(json, context);
  return finishParse(out.posts, out.skipped, context.validate);
}

/** The walk alone, before the final schema check (which the tap leaves to the background); for the bench. */
export function collectMastodonApi(json: unknown, context: MastodonCaptureContext): StatusCollector {
  const out = createCollector(context);
  try {
    const located = locateStatuses(json);
    if (located === undefined) out.skipped.push(whyNoStatuses(json));
    else readLocated(located, out, { pinned: context.timeline === PINNED_OPERATION });
  } catch (error) {
    // Every read is checked; this only turns a parser bug into a count instead of a lost page.
    out.skipped.push({
      reason: MASTODON_SKIP.parserError,
      detail: (error instanceof Error ? error.message : String(error)).slice(0, 200),
    });
  }
  return out;
}

/** `/api/v1/accounts/:id/statuses?pinned=true` lists exactly the statuses pinned on that profile. */
const PINNED_OPERATION = 'accounts/statuses/pinned';

/** Indexes the whole response first (statuses refer to each other by local id), then reads it. */
export function readLocated(
  located: LocatedStatuses,
  out: StatusCollector,
  options = { pinned: false },
): void {
  for (const account of located.accounts) indexAccount(account, out);
  for (const status of located.statuses) indexStatus(status, out);
  for (const status of located.statuses) {
    const row = readStatus(status, out);
    if (row !== undefined && options.pinned) row.pinned = true;
  }
}

function whyNoStatuses(json: unknown): Skipped {
  const record = asRecord(json);
  const error = text(record, 'error');
  if (error !== undefined) return { reason: MASTODON_SKIP.apiError, detail: error.slice(0, 200) };
  if (record === undefined)
    return { reason: MASTODON_SKIP.noStatuses, detail: json === null ? 'null' : typeof json };
  return { reason: MASTODON_SKIP.noStatuses, detail: `keys: ${Object.keys(record).slice(0, 5).join(',')}` };
}
