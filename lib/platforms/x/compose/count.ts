import twitterText from 'twitter-text';
import { overLimitSentence, type CountResult, type NetworkCounter } from '../../../compose/count-types';

/*
 * X's own reference implementation decides the count: twitter-text's parseTweet with config v3
 * (280 weighted; every URL 23; emoji 2; CJK and anything outside the listed ranges 2; NFC first).
 * The package is CommonJS with an ESM build that only has a default export (its `module` field
 * points at dist/esm, whose index exports one object), so a named import breaks under Vite and
 * esbuild; the default import works under both and under Node (tests/compose/count-x-bundle).
 */
const X_CONFIG_V3 = {
  version: 3,
  maxWeightedTweetLength: 280,
  scale: 100,
  defaultWeight: 200,
  emojiParsingEnabled: true,
  transformedURLLength: 23,
  ranges: [
    { start: 0, end: 4351, weight: 100 },
    { start: 8192, end: 8205, weight: 100 },
    { start: 8208, end: 8223, weight: 100 },
    { start: 8242, end: 8247, weight: 100 },
  ],
};

export const X_MAX_WEIGHTED_LENGTH = 280;

/** X's weighted length of `text`, and where it overflows (from parseTweet's validRangeEnd). */
export function countX(text: string): CountResult {
  const parsed = twitterText.parseTweet(text, X_CONFIG_V3);
  const used = parsed.weightedLength;
  const limit = X_MAX_WEIGHTED_LENGTH;
  const result: CountResult = { used, limit, remaining: limit - used, errors: [] };
  if (used > limit) {
    // validRangeEnd is the inclusive end of the last character that still fits.
    result.overflowAt = parsed.validRangeEnd + 1;
    result.errors.push(overLimitSentence('X', used, limit, 'weighted characters'));
  } else if (text.length > 0 && !parsed.valid) {
    result.errors.push('X refuses this text: it contains characters X does not allow.');
  }
  return result;
}

/** The composer's counter for X (lib/compose/page/count.ts finds it here). */
export const counter: NetworkCounter = { count: countX };
