import type { CustomEmoji } from '../../post';
import { asArray, httpUrl, str } from '../../kit/json-read';

const SHORTCODE = /^[A-Za-z0-9_]{1,100}$/;
const MAX_EMOJIS = 200;

/**
 * Custom emoji (`[{shortcode, url, static_url}]`) that the given texts actually use as `:code:`:
 * an account's list also covers its bio and profile fields, which a Post never shows.
 * The static image is preferred: Mastodon's web UI shows static emoji unless the reader turned on
 * "auto-play animated GIFs" (off by default), and a merged feed full of looping images would be
 * louder than the page it was read from.
 */
export function usedEmojis(lists: readonly unknown[], texts: readonly string[]): CustomEmoji[] | undefined {
  let found: CustomEmoji[] | undefined;
  for (const list of lists) {
    for (const emoji of asArray(list) ?? []) {
      const shortcode = str(emoji, 'shortcode');
      if (shortcode === undefined || !SHORTCODE.test(shortcode)) continue;
      if (found?.some((known) => known.shortcode === shortcode)) continue;
      const code = `:${shortcode}:`;
      if (!texts.some((text) => text.includes(code))) continue;
      const url = httpUrl(emoji, 'static_url') ?? httpUrl(emoji, 'url');
      if (url === undefined) continue;
      (found ??= []).push({ shortcode, url });
      if (found.length >= MAX_EMOJIS) return found;
    }
  }
  return found;
}
