import { z } from 'zod';
import type { FetchLike } from '../../../compose/http-answer';
import type { QuoteRef } from '../../../compose/post-options';
import { MASTODON_QUOTES_API_VERSION, type StoredMastodonAccount } from './account';
import { mastodonCall } from './api';

const searchBody = z.object({ statuses: z.array(z.object({ id: z.string().min(1) })) });

/**
 * The id, on the user's own server, of a Mastodon post to quote (quoted_status_id), or why the post
 * links to it instead (its link is in the text already). Quotes came with API version 7
 * (Mastodon 4.5), which allows no media beside a quote; a post on another server is found with
 * /api/v2/search?resolve=true, which fetches it when the server does not know it yet.
 */
export async function resolveQuote(
  quote: QuoteRef,
  account: StoredMastodonAccount,
  context: { fetch: FetchLike; hasMedia: boolean },
): Promise<{ id: string } | { note: string }> {
  const linked = 'the post links to it instead';
  if (quote.platform !== 'mastodon') return { note: '' };
  if ((account.apiVersion ?? 0) < MASTODON_QUOTES_API_VERSION)
    return { note: `Your Mastodon server cannot make quotes yet (Mastodon 4.5); ${linked}.` };
  if (context.hasMedia) return { note: `Mastodon does not take pictures beside a quote; ${linked}.` };
  const query = new URLSearchParams({ q: quote.url, type: 'statuses', resolve: 'true', limit: '1' });
  const answer = await mastodonCall(
    context.fetch,
    account.instanceUrl,
    `/api/v2/search?${query.toString()}`,
    {
      method: 'GET',
      token: account.accessToken,
    },
  );
  const found = answer.kind === 'ok' ? searchBody.safeParse(answer.body).data?.statuses[0] : undefined;
  return found
    ? { id: found.id }
    : { note: `Your Mastodon server could not find the quoted post; ${linked}.` };
}
