import type { Entity, Platform } from '@/lib/post';
import { textSegments, type HighlightRanges, type TextPiece } from '@/lib/feed/text-segments';

function Pieces({ pieces }: { pieces: TextPiece[] }) {
  return pieces.map((piece, index) => (piece.highlight ? <mark key={index}>{piece.text}</mark> : piece.text));
}

/**
 * A post's text: plain text nodes, with entity links (safe http(s) only) and search highlights.
 * Never HTML: whatever markup a post contains is shown as the characters it is.
 */
export function PostText({
  text,
  entities,
  platform,
  highlights,
  clamp,
}: {
  text: string;
  entities: readonly Entity[];
  platform: Platform;
  highlights?: HighlightRanges;
  clamp?: boolean;
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
            <Pieces pieces={segment.pieces} />
          </a>
        ) : (
          <Pieces key={index} pieces={segment.pieces} />
        ),
      )}
    </p>
  );
}
