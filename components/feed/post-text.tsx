import type { CustomEmoji, Entity, Platform } from '@/lib/post';
import { textSegments, type HighlightRanges, type TextPiece } from '@/lib/feed/text-segments';
import { EmojiText } from './emoji-text';

function Pieces({ pieces, emojis }: { pieces: TextPiece[]; emojis?: readonly CustomEmoji[] }) {
  return pieces.map((piece, index) =>
    piece.highlight ? (
      <mark key={index}>
        <EmojiText text={piece.text} emojis={emojis} />
      </mark>
    ) : (
      <EmojiText key={index} text={piece.text} emojis={emojis} />
    ),
  );
}

/**
 * A post's text: plain text nodes, with entity links (safe http(s) only), search highlights and
 * custom emoji images. Never HTML: whatever markup a post contains is shown as the characters it is.
 */
export function PostText({
  text,
  entities,
  platform,
  highlights,
  clamp,
  emojis,
}: {
  text: string;
  entities: readonly Entity[];
  platform: Platform;
  highlights?: HighlightRanges;
  clamp?: boolean;
  emojis?: readonly CustomEmoji[];
}) {
  if (text.length === 0) return null;
  return (
    <p className={`post-text mt-1 text-sm break-words whitespace-pre-wrap ${clamp ? 'line-clamp-[12]' : ''}`}>
      {textSegments(text, entities, platform, highlights).map((segment, index) =>
        segment.href ? (
          <a
            key={index}
            href={segment.href}
            target="_blank"
            rel="noopener noreferrer"
            className="focus-ring text-sky-700 hover:underline dark:text-sky-400"
          >
            <Pieces pieces={segment.pieces} emojis={emojis} />
          </a>
        ) : (
          <Pieces key={index} pieces={segment.pieces} emojis={emojis} />
        ),
      )}
    </p>
  );
}
