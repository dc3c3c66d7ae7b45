import type { Post } from '@/lib/post';
import { mediaHidden, QUOTE_UNAVAILABLE } from '@/lib/feed/post-warnings';
import type { HighlightRanges } from '@/lib/feed/text-segments';
import { LinkCard } from './link-card';
import { PollView } from './poll-view';
import { PostMedia } from './post-media';
import { PostText } from './post-text';
import { QuotedPost } from './quoted-post';

/** What a post says and shows: text, media (sensitive ones hidden until clicked), poll, link card, quote. */
export function PostBody({
  post,
  now,
  permalink,
  highlight,
  clamp,
}: {
  post: Post;
  now: number;
  permalink?: string;
  highlight?: (text: string) => HighlightRanges;
  clamp: boolean;
}) {
  return (
    <>
      <PostText
        text={post.text}
        entities={post.entities}
        platform={post.platform}
        highlights={highlight?.(post.text)}
        clamp={clamp}
        emojis={post.emojis}
      />
      <PostMedia media={post.media} permalink={permalink} hidden={mediaHidden(post)} labels={post.labels} />
      {post.poll && <PollView poll={post.poll} />}
      {post.linkCard && <LinkCard card={post.linkCard} />}
      {post.quotedPostId && <QuotedPost id={post.quotedPostId} now={now} highlight={highlight} />}
      {!post.quotedPostId && post.quoteUnavailable && (
        <p
          data-testid="quote-unavailable"
          className="mt-2 rounded-lg border border-dashed border-neutral-300 p-2 text-xs text-neutral-500 dark:border-neutral-700"
        >
          {QUOTE_UNAVAILABLE[post.quoteUnavailable]}
        </p>
      )}
    </>
  );
}
