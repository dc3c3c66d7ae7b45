import type { Poll } from '../../post';
import { asCount, asNumber, asRecord, asText, type JsonRecord } from '../../kit/json-read';

const OPTION_KEYS = ['option_a', 'option_b', 'option_c', 'option_d'] as const;

/**
 * A poll: `text_post_app_info.poll_attachment`. NOT verified against a real web capture (the kept
 * ones have no poll); the web app does name a `BarcelonaPostPollAttachment_media` fragment, and the
 * field names are those Meta documents for Threads polls (`option_a`…`option_d`,
 * `option_<x>_votes_percentage` as a 0–1 share, `total_votes`, `expiration_timestamp`).
 * `closed` is derived from the capture time: a poll past its end stays closed for good.
 */
export function readPoll(info: JsonRecord | undefined, now: number): Poll | undefined {
  const poll = asRecord(info?.poll_attachment);
  if (poll === undefined) return undefined;
  const total = asCount(poll.total_votes);
  const choices: Poll['choices'] = [];
  for (const key of OPTION_KEYS) {
    const label = asText(poll[key]);
    if (label === undefined) continue;
    const share = asNumber(poll[`${key}_votes_percentage`]);
    const votes =
      total !== undefined && share !== undefined && share >= 0 && share <= 1
        ? Math.round(share * total)
        : undefined;
    choices.push(
      votes === undefined ? { label: label.slice(0, 1000) } : { label: label.slice(0, 1000), votes },
    );
  }
  if (choices.length === 0) return undefined;
  const endsAt = readTime(poll.expiration_timestamp);
  return endsAt === undefined ? { choices } : { choices, endsAt, closed: endsAt <= now };
}

/** ISO string (as Meta documents it) or unix seconds (as the web app's other times are). */
function readTime(value: unknown): number | undefined {
  if (typeof value === 'string') {
    const parsed = Date.parse(value.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
    return Number.isFinite(parsed) && parsed >= 0 ? parsed : undefined;
  }
  const seconds = asNumber(value);
  return seconds !== undefined && seconds > 0 ? Math.round(seconds * 1000) : undefined;
}
