import type { CustomEmoji } from '@/lib/post';
import { emojiPieces } from '@/lib/feed/emoji-text';

/** Text with the custom emoji it names shown as small images (by URL, never as HTML). */
export function EmojiText({ text, emojis }: { text: string; emojis?: readonly CustomEmoji[] }) {
  return emojiPieces(text, emojis).map((piece, index) =>
    'text' in piece ? (
      piece.text
    ) : (
      <img
        key={index}
        src={piece.url}
        alt={`:${piece.shortcode}:`}
        title={`:${piece.shortcode}:`}
        loading="lazy"
        referrerPolicy="no-referrer"
        draggable={false}
        data-emoji={piece.shortcode}
        className="inline-block h-[1.2em] w-[1.2em] object-contain align-text-bottom"
      />
    ),
  );
}
