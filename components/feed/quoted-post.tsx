import { useContext } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@/lib/db';
import type { Post } from '@/lib/post';
import type { HighlightRanges } from '@/lib/feed/text-segments';
import { safeHttpUrl } from '@/lib/feed/safe-url';
import { network as networkOf } from '@/lib/platforms/registry';
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
  const quoted = useLiveQuery(() => getDb().posts.get(props.id), [props.id], 'loading' as const);
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
  const permalink = safeHttpUrl(quoted.url);
  return (
    <section
      data-quoted-id={quoted.id}
      aria-label={`Quoted post by ${quoted.author.name || quoted.author.handle}`}
      className="mt-2 rounded-lg border border-neutral-200 p-2 dark:border-neutral-800"
    >
      <PostHeader post={quoted} now={now} compact />
      <PostText
        text={quoted.text}
        entities={quoted.entities}
        platform={quoted.platform}
        highlights={highlight?.(quoted.text)}
        clamp
      />
      <PostMedia media={quoted.media} permalink={permalink} />
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
