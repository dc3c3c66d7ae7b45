import {
  overLimitSentence,
  type CountLimits,
  type CountResult,
  type NetworkCounter,
} from '../../../compose/count-types';
import { MASTODON_DEFAULT_MAX_CHARACTERS, MASTODON_DEFAULT_URL_LENGTH } from './defaults';
import { extractMastodonEntities } from '../../../compose/page/fediverse-entities';
import { graphemeCount, graphemes } from '../../../compose/unicode';

/*
 * Mastodon's own rule (app/validators/status_length_validator.rb): the length is
 * `countable_text(text).each_grapheme_cluster.size` where countable_text rewrites every URL to
 * URL_PLACEHOLDER ('x' × characters_reserved_per_url) and every mention to
 * "@#{screen_name.split('@').first}", so @user@example.social counts as @user. The limit and the
 * URL weight are the instance's `configuration.statuses.max_characters` and
 * `characters_reserved_per_url` (GET /api/v2/instance); 500 and 23 are Mastodon's defaults.
 */

export function countMastodon(text: string, limits: CountLimits = {}): CountResult {
  const limit = limits.maxCharacters ?? MASTODON_DEFAULT_MAX_CHARACTERS;
  const urlLength = limits.charactersReservedPerUrl ?? MASTODON_DEFAULT_URL_LENGTH;
  let used = 0;
  let overflowAt: number | undefined;
  const countPlain = (from: number, to: number) => {
    for (const { index } of graphemes(text.slice(from, to))) {
      used += 1;
      if (overflowAt === undefined && used > limit) overflowAt = from + index;
    }
  };
  let cursor = 0;
  for (const entity of extractMastodonEntities(text)) {
    countPlain(cursor, entity.start);
    used += entity.kind === 'url' ? urlLength : graphemeCount(`@${entity.value.split('@')[0] ?? ''}`);
    if (overflowAt === undefined && used > limit) overflowAt = entity.start;
    cursor = entity.end;
  }
  countPlain(cursor, text.length);
  const result: CountResult = { used, limit, remaining: limit - used, errors: [] };
  if (overflowAt !== undefined) {
    result.overflowAt = overflowAt;
    result.errors.push(overLimitSentence('This Mastodon server', used, limit, 'characters'));
  }
  return result;
}

/** The composer's counter for Mastodon (limits: the user's server's own, from its instance). */
export const counter: NetworkCounter = { count: countMastodon };
