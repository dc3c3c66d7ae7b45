import { useContext, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@/lib/db';
import { storedPost } from '@/lib/feed/store-reads';
import type { Post } from '@/lib/post';
import type { HighlightRanges } from '@/lib/feed/text-segments';
import { openUrl } from '@/lib/feed/platform-urls';
import { cardCover, mediaHidden } from '@/lib/feed/post-warnings';
import { network as networkOf } from '@/lib/platforms/registry';
import { ContentCover } from './content-cover';
import { PostHeader } from './post-header';
import { PostMedia } from './post-media';
import { PostText } from './post-text';
import { QuotedPostSource } from './quoted-source';

interface QuotedPostProps {
  id: string;
  now: number;
  highlight?: (text: string) => HighlightRanges;
}

/**
 * The quoted post (stored as its own row) as a nested card: from the feed list's batched cache when
 * there is one, else read on its own. A fling mounts a dozen cards at once; one read per quoted
 * post in the same frame made long tasks.
 */
export function QuotedPost(props: QuotedPostProps) {
  const source = useContext(QuotedPostSource);
  if (!source) return <LiveQuotedPost {...props} />;
  const quoted = source(props.id);
  return <QuotedCard {...props} quoted={quoted === null ? 'missing' : (quoted ?? 'loading')} />;
}

function LiveQuotedPost(props: QuotedPostProps) {
  const quoted = useLiveQuery(() => storedPost(getDb(), props.id), [props.id], 'loading' as const);
  return <QuotedCard {...props} quoted={quoted ?? 'missing'} />;
}

function QuotedCard({ quoted, now, highlight }: QuotedPostProps & { quoted: Post | 'loading' | 'missing' }) {
  if (quoted === 'loading') return null;
  if (quoted === 'missing') {
    return (
      <p className="mt-2 rounded-lg border border-dashed border-neutral-300 p-2 text-xs text-neutral-500 dark:border-neutral-700">
        Quoted post not captured.
      </p>
    );
  }
  const permalink = openUrl(quoted);
  return (
    <section
      data-quoted-id={quoted.id}
      aria-label={`Quoted post by ${quoted.author.name || quoted.author.handle}`}
      className="mt-2 rounded-lg border border-neutral-200 p-2 dark:border-neutral-800"
    >
      <PostHeader post={quoted} now={now} compact />
      <QuotedContent quoted={quoted} permalink={permalink} highlight={highlight} />
      {permalink && (
        <a
          href={permalink}
          target="_blank"
          rel="noopener noreferrer"
          className="focus-ring mt-1 inline-block text-xs text-sky-700 hover:underline dark:text-sky-400"
        >
          Open quoted post on {networkOf(quoted.platform).label}
        </a>
      )}
    </section>
  );
}

/** The quoted post's text and media, behind its content warning like any card. */
function QuotedContent({
  quoted,
  permalink,
  highlight,
}: {
  quoted: Post;
  permalink?: string;
  highlight?: (text: string) => HighlightRanges;
}) {
  const [open, setOpen] = useState(false);
  const cover = cardCover(quoted);
  return (
    <>
      {cover && (
        <ContentCover cover={cover} emojis={quoted.emojis} open={open} onToggle={() => setOpen(!open)} />
      )}
      {(!cover || open) && (
        <>
          <PostText
            text={quoted.text}
            entities={quoted.entities}
            platform={quoted.platform}
            highlights={highlight?.(quoted.text)}
            clamp
            emojis={quoted.emojis}
          />
          <PostMedia
            media={quoted.media}
            permalink={permalink}
            hidden={mediaHidden(quoted)}
            labels={quoted.labels}
          />
        </>
      )}
    </>
  );
}
