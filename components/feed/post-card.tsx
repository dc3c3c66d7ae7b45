import { forwardRef, useState, type ForwardedRef, type ReactNode } from 'react';
import type { UserState } from '@/lib/db';
import type { Post } from '@/lib/post';
import { network as networkOf } from '@/lib/platforms/registry';
import { openUrl } from '@/lib/feed/platform-urls';
import { cardCover } from '@/lib/feed/post-warnings';
import type { HighlightRanges } from '@/lib/feed/text-segments';
import { ContentCover } from './content-cover';
import { PostBody } from './post-body';
import { PostCounts } from './post-counts';
import { PostHeader } from './post-header';
import { PostMarks } from './post-marks';
import { PostShareActions } from './post-share-actions';
import { SavedNotes } from './saved-notes';

/** Past this many characters a post shows clamped until expanded (Enter or "Show more"). */
const LONG_TEXT = 700;

export interface PostCardProps {
  post: Post;
  now: number;
  /** Search matches to mark in a text. */
  highlight?: (text: string) => HighlightRanges;
  userState?: UserState;
  onSave?: (saved: boolean) => void;
  onNotes?: (change: { tags: string[]; note: string }) => void;
  expanded?: boolean;
  onToggleExpand?: () => void;
  /** Place in the feed, for aria-posinset / aria-setsize. */
  position?: { index: number; size: number };
  /** The keyboard's current post: focusable (roving tabindex) and ringed. */
  current?: boolean;
  onFocusCard?: () => void;
  /** A collapsed card's "↻ reposted by A, B and 3 others" (replaces the row's own repost line). */
  repostedBy?: string;
  /** One copy inside an expanded card: a section, not a feed article. */
  nested?: boolean;
  /** A collapsed card's badges, menu and copies, after the footer. */
  children?: ReactNode;
}

/**
 * One post. Scraped text is always rendered as text (React escapes it), never as HTML. A post behind
 * a content warning (or a filter of the reader's server) shows only its header and the warning until
 * opened, with its button or the expand key.
 */
export const PostCard = forwardRef(function PostCard(
  {
    post,
    now,
    highlight,
    userState,
    onSave,
    onNotes,
    expanded,
    onToggleExpand,
    position,
    current,
    onFocusCard,
    repostedBy,
    nested,
    children,
  }: PostCardProps,
  ref: ForwardedRef<HTMLElement>,
) {
  const permalink = openUrl(post);
  const cover = cardCover(post);
  const [opened, setOpened] = useState(false);
  const covered = cover !== undefined && !opened && !expanded;
  const toggleCover = () => {
    if (covered) return setOpened(true);
    // Folded again, whichever way it was opened (its button or the expand key).
    setOpened(false);
    if (expanded) onToggleExpand?.();
  };
  const saved = userState?.savedAt !== undefined;
  const long = post.text.length > LONG_TEXT;
  const author = post.author.name || post.author.handle;
  const Element = nested ? 'section' : 'article';
  return (
    <Element
      ref={ref}
      aria-label={`${author} on ${networkOf(post.platform).label}`}
      aria-posinset={position ? position.index + 1 : undefined}
      aria-setsize={position?.size}
      tabIndex={position ? (current ? 0 : -1) : undefined}
      onFocus={(event) => {
        if (event.target === event.currentTarget) onFocusCard?.();
      }}
      data-post-id={nested ? undefined : post.id}
      data-copy-id={nested ? post.id : undefined}
      data-current={current ? 'true' : undefined}
      className={`focus-ring border-b border-neutral-200 px-3 py-2 dark:border-neutral-800 ${
        current ? 'bg-sky-50 ring-2 ring-sky-400 ring-inset dark:bg-sky-950/40' : ''
      }`}
    >
      <PostMarks post={post} repostedBy={repostedBy} />
      <PostHeader post={post} now={now} />
      {cover && <ContentCover cover={cover} emojis={post.emojis} open={!covered} onToggle={toggleCover} />}
      {!covered && (
        <PostBody
          post={post}
          now={now}
          permalink={permalink}
          highlight={highlight}
          clamp={long && !expanded}
        />
      )}
      <footer className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1">
        <PostCounts counts={post.counts} />
        <span className="ml-auto flex flex-wrap items-center gap-2 text-xs *:whitespace-nowrap">
          {(long || onToggleExpand) && onToggleExpand && (
            <button
              type="button"
              onClick={onToggleExpand}
              aria-expanded={expanded ?? false}
              className="focus-ring rounded px-1 hover:underline"
            >
              {expanded ? 'Show less' : long ? 'Show more' : 'Details'}
            </button>
          )}
          {onSave && (
            <button
              type="button"
              onClick={() => onSave(!saved)}
              aria-pressed={saved}
              className={`focus-ring rounded px-1 hover:underline ${saved ? 'font-semibold text-amber-700 dark:text-amber-400' : ''}`}
            >
              {saved ? '★ Saved' : '☆ Save'}
            </button>
          )}
          <PostShareActions post={post} />
          {permalink && (
            <a
              href={permalink}
              target="_blank"
              rel="noopener noreferrer"
              className="focus-ring text-sky-700 hover:underline dark:text-sky-400"
            >
              Open on {networkOf(post.platform).label}
            </a>
          )}
        </span>
      </footer>
      {userState && saved && onNotes && <SavedNotes state={userState} onChange={onNotes} />}
      {expanded && saved === false && onSave && (
        <p className="mt-1 text-xs text-neutral-500">Save this post to add tags and a note.</p>
      )}
      {children}
    </Element>
  );
});
