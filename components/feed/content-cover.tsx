import type { CustomEmoji } from '@/lib/post';
import type { CardCover } from '@/lib/feed/post-warnings';
import { EmojiText } from './emoji-text';

/**
 * The line a covered post shows in place of its content: the author's content warning and the
 * reader's matching filters, with the button that opens (or folds again) the post.
 */
export function ContentCover({
  cover,
  emojis,
  open,
  onToggle,
}: {
  cover: CardCover;
  emojis?: readonly CustomEmoji[];
  open: boolean;
  onToggle: () => void;
}) {
  return (
    <div
      data-testid="content-cover"
      className="mt-1 flex flex-wrap items-center gap-2 rounded border border-amber-400 bg-amber-50 px-2 py-1 text-sm dark:border-amber-700 dark:bg-amber-950"
    >
      {cover.contentWarning !== undefined && (
        <span className="min-w-0 break-words">
          <span className="font-semibold">Content warning:</span>{' '}
          <EmojiText text={cover.contentWarning} emojis={emojis} />
        </span>
      )}
      {cover.filters.length > 0 && (
        <span className="min-w-0 break-words">
          <span className="font-semibold">Filtered:</span> {cover.filters.join(', ')}
        </span>
      )}
      <button
        type="button"
        aria-expanded={open}
        onClick={onToggle}
        className="focus-ring ml-auto rounded border border-amber-500 px-2 text-xs hover:bg-amber-100 dark:hover:bg-amber-900"
      >
        {open ? 'Hide post' : 'Show post'}
      </button>
    </div>
  );
}
