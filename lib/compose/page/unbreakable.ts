import twitterText from 'twitter-text';
import { extractMastodonMentions } from './fediverse-entities';

/**
 * Ranges of text a split must never cut: URLs (with or without a protocol, as X and Threads
 * link them), @mentions (including Mastodon's @user@domain and Bluesky's @handle.domain) and
 * #hashtags. Sorted, merged where they overlap; [start, end) in UTF-16 indices.
 */
export function unbreakableRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [
    ...twitterText.extractUrlsWithIndices(text).map((u) => u.indices),
    ...twitterText.extractHashtagsWithIndices(text).map((h) => h.indices),
    ...extractMastodonMentions(text).map((m): [number, number] => [m.start, m.end]),
  ];
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const [start, end] of ranges) {
    const last = merged[merged.length - 1];
    if (last && start < last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/** True when cutting at `index` would land strictly inside one of `ranges`. */
export function insideRange(ranges: ReadonlyArray<readonly [number, number]>, index: number): boolean {
  return ranges.some(([start, end]) => index > start && index < end);
}
