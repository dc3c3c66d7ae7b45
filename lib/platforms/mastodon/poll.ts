import type { Poll } from '../../post';
import type { Skipped } from '../../parse-result';
import { asArray, asCount, asRecord, bool, str } from '../../kit/json-read';
import { parseIsoDate } from './dates';
import { MASTODON_SKIP } from './skip-reasons';

const MAX_CHOICES = 10;

/**
 * A status `poll`: options with their votes (`votes_count` is null while the author hides totals),
 * `expires_at` (null: never ends), `expired`, `multiple`. One that cannot be shown whole is a counted
 * skip and the post keeps the rest.
 */
export function readPoll(raw: unknown, skipped: Skipped[]): Poll | undefined {
  const poll = asRecord(raw);
  if (poll === undefined) return undefined;
  const options = asArray(poll.options) ?? [];
  const choices: Poll['choices'] = [];
  for (const option of options) {
    const label = str(option, 'title');
    if (label === undefined) break;
    const votes = asCount(asRecord(option)?.votes_count);
    choices.push(
      votes === undefined ? { label: label.slice(0, 1000) } : { label: label.slice(0, 1000), votes },
    );
  }
  if (choices.length === 0 || choices.length !== options.length || choices.length > MAX_CHOICES) {
    skipped.push({ reason: MASTODON_SKIP.pollUnreadable, detail: `${options.length} options` });
    return undefined;
  }
  const result: Poll = { choices };
  const endsAt = parseIsoDate(poll.expires_at);
  if (endsAt !== undefined) result.endsAt = endsAt;
  const closed = bool(poll, 'expired');
  if (closed !== undefined) result.closed = closed;
  const multiple = bool(poll, 'multiple');
  if (multiple !== undefined) result.multiple = multiple;
  return result;
}
