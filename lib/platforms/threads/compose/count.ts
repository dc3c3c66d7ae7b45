import twitterText from 'twitter-text';
import { overLimitSentence, type CountResult, type NetworkCounter } from '../../../compose/count-types';
import { graphemes, utf8Length } from '../../../compose/unicode';

/*
 * Meta's Threads API docs, "Threads Posts" → Limitations
 * (https://developers.facebook.com/documentation/threads/posts):
 *   "Text posts are limited to 500 characters. Emojis are counted as the number of UTF-8 bytes."
 * and "Text Attachments" → Limitations
 * (https://developers.facebook.com/documentation/threads/create-posts/text-attachments):
 *   "The number of links is restricted to 5 or fewer. Starting December 22, 2025, Threads posts
 *   containing more than 5 links will fail to post … THREADS_API__LINK_LIMIT_EXCEEDED.
 *   All unique URLs found in the text field are counted as links." (www.facebook.com counts.)
 * The docs do not say what a non-emoji "character" is; we count Unicode code points, so CJK is 1
 * and an emoji is its whole cluster's UTF-8 bytes (a ZWJ family counts every joined part).
 */
export const THREADS_MAX_CHARACTERS = 500;
export const THREADS_MAX_LINKS = 5;

// A grapheme is an emoji when it holds a pictographic code point, a flag letter or a keycap mark.
const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}|\u20E3/u;

/** What one grapheme costs on Threads. */
export function threadsWeight(grapheme: string): number {
  return EMOJI.test(grapheme) ? utf8Length(grapheme) : Array.from(grapheme).length;
}

/** Unique URLs in the text, the way Meta counts links (with or without a protocol). */
export function threadsLinks(text: string): string[] {
  return [...new Set(twitterText.extractUrls(text))];
}

export function countThreads(text: string): CountResult {
  const limit = THREADS_MAX_CHARACTERS;
  let used = 0;
  let overflowAt: number | undefined;
  for (const { segment, index } of graphemes(text)) {
    used += threadsWeight(segment);
    if (overflowAt === undefined && used > limit) overflowAt = index;
  }
  const result: CountResult = { used, limit, remaining: limit - used, errors: [] };
  if (overflowAt !== undefined) {
    result.overflowAt = overflowAt;
    result.errors.push(
      overLimitSentence('Threads', used, limit, 'characters (emoji count their UTF-8 bytes)'),
    );
  }
  const links = threadsLinks(text);
  if (links.length > THREADS_MAX_LINKS) {
    result.errors.push(
      `Threads refuses posts with more than ${THREADS_MAX_LINKS} links; this text has ${links.length}.`,
    );
  }
  return result;
}

/** The composer's counter for Threads; splitting also cures the link limit (five per part). */
export const counter: NetworkCounter = {
  count: countThreads,
  partFits: (text) => threadsLinks(text).length <= THREADS_MAX_LINKS,
};
