import twitterText from 'twitter-text';

/*
 * The entities Mastodon's server gives a length concession to, found the way its
 * StatusLengthValidator finds them (app/validators/status_length_validator.rb, #countable_text):
 *   Extractor.remove_overlapping_entities(
 *     Extractor.extract_urls_with_indices(str, extract_url_without_protocol: false) +
 *     Extractor.extract_mentions_or_lists_with_indices(str))
 * URLs by twitter-text, protocol required. Mentions by Account::MENTION_RE
 *   %r{(?<![=/[:word:]])@((USERNAME_RE)(?:@[[:word:]]+([.-]+[[:word:]]+)*)?)}
 *   USERNAME_RE = /[a-z0-9_]+([.-]+[a-z0-9_]+)*\/i
 * and rejected when followed by twitter-text's end_mention_match (app/lib/extractor.rb).
 */

export interface MastodonEntity {
  kind: 'url' | 'mention';
  start: number;
  end: number;
  /** The URL, or the mention without its @ (`user` or `user@domain`). */
  value: string;
}

// [[:word:]] in Ruby is letters, marks, numbers and connector punctuation.
const WORD = String.raw`\p{L}\p{M}\p{N}\p{Pc}`;
const USERNAME = String.raw`[a-z0-9_]+(?:[.\-]+[a-z0-9_]+)*`;
const MENTION = new RegExp(
  String.raw`(?<![=/${WORD}])@(${USERNAME}(?:@[${WORD}]+(?:[.\-]+[${WORD}]+)*)?)`,
  'giu',
);
const MAX_DOMAIN_LENGTH = 253;

export function extractMastodonMentions(text: string): MastodonEntity[] {
  const found: MastodonEntity[] = [];
  for (const match of text.matchAll(MENTION)) {
    const name = match[1] ?? '';
    const end = match.index + 1 + name.length;
    if (twitterText.regexen.endMentionMatch.test(text.slice(end))) continue;
    const domain = name.split('@')[1];
    if (domain !== undefined && domain.length > MAX_DOMAIN_LENGTH) continue;
    found.push({ kind: 'mention', start: match.index, end, value: name });
  }
  return found;
}

export function extractMastodonEntities(text: string): MastodonEntity[] {
  const urls: MastodonEntity[] = twitterText
    .extractUrlsWithIndices(text, { extractUrlsWithoutProtocol: false })
    .map((u) => ({ kind: 'url', start: u.indices[0], end: u.indices[1], value: u.url }));
  const all = [...urls, ...extractMastodonMentions(text)].sort((a, b) => a.start - b.start);
  // remove_overlapping_entities: keep the earlier-starting entity of any overlapping pair.
  const kept: MastodonEntity[] = [];
  for (const entity of all) {
    const last = kept[kept.length - 1];
    if (last && entity.start < last.end) continue;
    kept.push(entity);
  }
  return kept;
}
