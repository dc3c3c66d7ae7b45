import { z } from 'zod';
import type { QuoteRef } from '../../../compose/post-options';
import type { StrongRef } from './record';
import type { SessionHolder } from './session';

/** The post a quote points at (app.bsky.embed.record): its URI and CID. */
export interface RecordEmbed {
  $type: 'app.bsky.embed.record';
  record: StrongRef;
}

const postsBody = z.object({ posts: z.array(z.object({ uri: z.string(), cid: z.string().min(1) })) });

/**
 * A Bluesky post to quote, as a strong reference: its CID is asked of the AppView through the
 * user's PDS (app.bsky.feed.getPosts, proxied to Bluesky's AppView), since a captured post keeps
 * only its URI. Undefined (the post then links to it) when it is not a Bluesky post or is not found.
 */
export async function resolveBlueskyQuote(
  quote: QuoteRef,
  holder: SessionHolder,
): Promise<StrongRef | undefined> {
  if (quote.platform !== 'bluesky' || !quote.nativeId.startsWith('at://')) return undefined;
  const answer = await holder.call('app.bsky.feed.getPosts', {
    method: 'GET',
    params: { uris: quote.nativeId },
    proxy: 'did:web:api.bsky.app#bsky_appview',
  });
  if (answer.kind !== 'ok') return undefined;
  const post = postsBody.safeParse(answer.body).data?.posts.find((p) => p.uri === quote.nativeId);
  return post ? { uri: post.uri, cid: post.cid } : undefined;
}

/** The text without the quoted post's link (the quote shows the post), trimmed; as is otherwise. */
export function withoutQuotedLink(text: string, url: string): string {
  if (!text.includes(url)) return text;
  return text
    .replace(url, '')
    .replace(/[ \t]+\n/g, '\n')
    .trim();
}
