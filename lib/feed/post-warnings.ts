import type { Post } from '../post';

/**
 * What a card keeps folded until the reader opens it: the author's content warning (Mastodon
 * spoiler_text) and the reader's own server-side filters that ask to warn (or hide: the server
 * still sent it, so it is shown the way a warning is). Undefined when nothing covers the post.
 */
export interface CardCover {
  contentWarning?: string;
  /** Titles of the reader's filters that matched and warn. */
  filters: string[];
}

export function cardCover(post: Post): CardCover | undefined {
  const filters = (post.filtered ?? [])
    .filter((filter) => filter.action === 'warn' || filter.action === 'hide')
    .map((filter) => filter.title);
  if (post.contentWarning === undefined && filters.length === 0) return undefined;
  return { ...(post.contentWarning !== undefined ? { contentWarning: post.contentWarning } : {}), filters };
}

/** Media stay hidden until clicked: the network flags them sensitive, or a filter of the reader blurs them. */
export function mediaHidden(post: Post): boolean {
  return post.sensitive || (post.filtered ?? []).some((filter) => filter.action === 'blur');
}

/** Why a quoted post cannot be shown, in words (the card's placeholder). */
export const QUOTE_UNAVAILABLE: Record<NonNullable<Post['quoteUnavailable']>, string> = {
  'not-found': 'Quoted post not found: it was deleted or never reached this server.',
  blocked: 'Quoted post unavailable: one of the accounts blocks the other.',
  detached: 'Quoted post removed by its author.',
  pending: 'Quoted post awaiting its author’s approval.',
  rejected: 'Quoted post unavailable: its author declined the quote.',
  revoked: 'Quoted post unavailable: its author withdrew the quote.',
  deleted: 'Quoted post deleted.',
  unauthorized: 'Quoted post not visible to you.',
  muted: 'Quoted post from an account you muted.',
};
