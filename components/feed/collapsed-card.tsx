import { useState } from 'react';
import type { UserState } from '@/lib/db';
import { rowsOf, type CardView } from '@/lib/feed/collapse/card-view';
import type { HighlightRanges } from '@/lib/feed/text-segments';
import type { Post } from '@/lib/post';
import { CardMenu } from './card-menu';
import { CopyBadges } from './copy-badges';
import { PostCard, type PostCardProps } from './post-card';
import type { CardActions } from './use-card-actions';

export interface CollapsedCardProps extends Omit<
  PostCardProps,
  'post' | 'repostedBy' | 'nested' | 'children'
> {
  card: CardView;
  /** The card's shown post (loaded). */
  post: Post;
  /** Any row's post from the feed's cache (undefined while being read). */
  postOf: (id: string) => Post | null | undefined;
  /** Asks the cache for rows the card is about to show. */
  want: (ids: string[]) => void;
  userStateOf: (id: string) => UserState | undefined;
  actions?: CardActions;
  now: number;
  highlight?: (text: string) => HighlightRanges;
}

/**
 * One post shown once: the shown row as a PostCard with the "reposted by" line, a badge and link
 * per network copy with its counts, the card's menu, and "show all copies", which lists every row
 * the card stands for (each stays its own row in the store, in search, save and export).
 */
export function CollapsedCard({
  card,
  post,
  postOf,
  want,
  userStateOf,
  actions,
  ...cardProps
}: CollapsedCardProps) {
  const [allCopies, setAllCopies] = useState(false);
  const others = rowsOf(card).filter((id) => id !== card.show);
  if (allCopies) want(others);
  const author = { platform: post.platform, handle: post.author.handle };
  return (
    <PostCard {...cardProps} post={post} repostedBy={card.repostedBy}>
      {(card.copies.length > 1 || others.length > 0 || actions) && (
        <div className="mt-1 flex flex-wrap items-center gap-2 text-xs">
          <CopyBadges copies={card.copies} post={postOf} />
          <span className="ml-auto flex items-center gap-2">
            {others.length > 0 && (
              <button
                type="button"
                aria-expanded={allCopies}
                onClick={() => setAllCopies(!allCopies)}
                className="focus-ring rounded px-1 hover:underline"
              >
                {allCopies ? 'Show fewer' : `Show all copies (${others.length + 1})`}
              </button>
            )}
            {actions && <CardMenu card={card} author={author} actions={actions} />}
          </span>
        </div>
      )}
      {allCopies && (
        <div
          aria-label="All copies"
          role="group"
          className="mt-2 space-y-1 border-l-2 border-neutral-200 pl-2"
        >
          {others.map((id) => {
            const copy = postOf(id);
            if (!copy)
              return (
                <p key={id} className="text-xs text-neutral-400">
                  {copy === null ? 'Gone' : 'Loading…'}
                </p>
              );
            return (
              <PostCard
                key={id}
                post={copy}
                now={cardProps.now}
                highlight={cardProps.highlight}
                userState={userStateOf(id)}
                nested
              />
            );
          })}
        </div>
      )}
    </PostCard>
  );
}
