import type { CustomEmoji } from '../post';
import { safeHttpUrl } from './safe-url';

/** A run of text, or one custom emoji to show as an image. */
export type EmojiPiece = { text: string } | { shortcode: string; url: string };

const SHORTCODE = /:([A-Za-z0-9_]{1,100}):/g;

/**
 * Splits text at the `:shortcode:`s of the post's (or the author's) custom emoji (Mastodon). Only
 * known shortcodes with an http(s) image become images; everything else, unknown shortcodes
 * included, stays text. The image is only ever an <img> source: never HTML.
 */
export function emojiPieces(text: string, emojis: readonly CustomEmoji[] | undefined): EmojiPiece[] {
  if (!emojis || emojis.length === 0 || !text.includes(':')) return [{ text }];
  const urls = new Map<string, string>();
  for (const emoji of emojis) {
    const url = safeHttpUrl(emoji.url);
    if (url) urls.set(emoji.shortcode, url);
  }
  const pieces: EmojiPiece[] = [];
  let at = 0;
  SHORTCODE.lastIndex = 0;
  for (let match = SHORTCODE.exec(text); match; match = SHORTCODE.exec(text)) {
    const url = urls.get(match[1]!);
    if (!url) {
      // ":not:known:" — the closing colon may open the next shortcode.
      SHORTCODE.lastIndex = match.index + 1;
      continue;
    }
    if (match.index > at) pieces.push({ text: text.slice(at, match.index) });
    pieces.push({ shortcode: match[1]!, url });
    at = match.index + match[0].length;
  }
  if (at < text.length) pieces.push({ text: text.slice(at) });
  return pieces;
}
