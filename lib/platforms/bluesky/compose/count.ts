import { overLimitSentence, type CountResult, type NetworkCounter } from '../../../compose/count-types';
import { graphemes, utf8Length } from '../../../compose/unicode';

/*
 * app.bsky.feed.post's lexicon: `text` has maxGraphemes 300 and maxLength 3000, and lexicon
 * string lengths are UTF-8 bytes. Both must hold; the grapheme count is what users see.
 */
export const BLUESKY_MAX_GRAPHEMES = 300;
export const BLUESKY_MAX_BYTES = 3000;

export function countBluesky(text: string): CountResult {
  const limit = BLUESKY_MAX_GRAPHEMES;
  let used = 0;
  let bytes = 0;
  let overflowAt: number | undefined;
  for (const { segment, index } of graphemes(text)) {
    used += 1;
    bytes += utf8Length(segment);
    if (overflowAt === undefined && (used > limit || bytes > BLUESKY_MAX_BYTES)) overflowAt = index;
  }
  const result: CountResult = { used, limit, remaining: limit - used, errors: [] };
  if (overflowAt !== undefined) result.overflowAt = overflowAt;
  if (used > limit) result.errors.push(overLimitSentence('Bluesky', used, limit, 'characters'));
  if (bytes > BLUESKY_MAX_BYTES) {
    result.errors.push(`Bluesky allows ${BLUESKY_MAX_BYTES} bytes of text; this text takes ${bytes}.`);
  }
  return result;
}

/** The composer's counter for Bluesky. */
export const counter: NetworkCounter = { count: countBluesky };
