import type { Counts } from '../../../post';
import { attr, queryAll } from './query';
import type { XDomSelectorName } from './selectors';

type CountKey = 'replies' | 'reposts' | 'quotes' | 'likes' | 'views' | 'bookmarks';

/** Words of the action bar's aria-label (English UI), singular and plural, to the count they name. */
const WORDS: Record<string, CountKey> = {
  reply: 'replies',
  replies: 'replies',
  repost: 'reposts',
  reposts: 'reposts',
  retweet: 'reposts',
  retweets: 'reposts',
  quote: 'quotes',
  quotes: 'quotes',
  like: 'likes',
  likes: 'likes',
  bookmark: 'bookmarks',
  bookmarks: 'bookmarks',
  view: 'views',
  views: 'views',
};

/** Buttons and the analytics link whose aria-label starts with the full number, by count. */
const BUTTONS: ReadonlyArray<[XDomSelectorName, CountKey]> = [
  ['replyButton', 'replies'],
  ['repostButton', 'reposts'],
  ['likeButton', 'likes'],
  ['bookmarkButton', 'bookmarks'],
  ['analyticsLink', 'views'],
];

/**
 * Engagement counts from the action bar. The group's aria-label spells every count in full
 * ("15 replies, 1003 reposts, 8784 likes, 730 bookmarks, 89532 views"); the visible "1K" is never
 * read. Counts the label does not name (another UI language, a zero X leaves out) are filled from
 * the number at the start of each button's aria-label ("0 reposts. Repost"). Undefined when no
 * number was found at all. A quoted post has no action bar, so the article's first one is the
 * post's own (quotes are not excluded: markup that leaves a quote unclosed would hide the bar).
 */
export function readCounts(article: Element, readAt: number): Counts | undefined {
  const counts: Partial<Record<CountKey, number>> = {};
  const bar = queryAll(article, 'actionBar')[0];
  for (const part of (attr(bar, 'aria-label') ?? '').split(',')) {
    const match = /^\s*([\d.,\s]*\d[KMB]?)\s+([A-Za-z]+)/i.exec(part);
    const key = match ? WORDS[match[2]!.toLowerCase()] : undefined;
    const value = match ? parseCount(match[1]!) : undefined;
    if (key && value !== undefined && counts[key] === undefined) counts[key] = value;
  }
  const scope = bar ?? article;
  for (const [name, key] of BUTTONS) {
    if (counts[key] !== undefined) continue;
    const button = queryAll(scope, name)[0];
    const match = /^\s*([\d.,\s]*\d[KMB]?)(?![\d])/i.exec(attr(button, 'aria-label') ?? '');
    const value = match ? parseCount(match[1]!) : undefined;
    if (value !== undefined) counts[key] = value;
  }
  if (Object.keys(counts).length === 0) return undefined;
  return { ...counts, readAt };
}

/** "1,234" → 1234, "5.6K" → 5600, "2M" → 2000000; undefined when it is not a count. */
export function parseCount(raw: string): number | undefined {
  const compact = raw.replace(/\s/g, '');
  const suffix = /[KMB]$/i.exec(compact)?.[0]?.toUpperCase();
  if (suffix) {
    const base = Number(compact.slice(0, -1).replace(/,/g, ''));
    const factor = suffix === 'K' ? 1e3 : suffix === 'M' ? 1e6 : 1e9;
    return Number.isFinite(base) && base >= 0 ? Math.round(base * factor) : undefined;
  }
  const digits = compact.replace(/[.,]/g, '');
  if (!/^\d{1,15}$/.test(digits)) return undefined;
  return Number(digits);
}
