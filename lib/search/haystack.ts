import type { Platform, Post } from '../post';
import { normalizeText } from './normalize';

/**
 * What of a post is searched, in one place for the matcher and the index:
 * the text, the author's display name and @handle, the link card's title and description, the
 * alt text of its media, and, for a saved post, its tags and note. Each field is normalised and
 * the fields are joined with "\n" (which normalisation never leaves inside a field), so no phrase
 * or word can match across two fields.
 */

/** The user's own state of a post, kept apart from captured data. */
export interface SearchUserState {
  /** Set when the post is saved (epoch ms). */
  savedAt?: number;
  tags: string[];
  note?: string;
}

/** Bits of what a post has or is, for has: and is: (one bit per operator value). */
export const FLAGS = {
  media: 1,
  photo: 2,
  /** Videos and GIFs (both are looping or playing mp4s to the user). */
  video: 4,
  /** A link card or a link in the text. */
  link: 8,
  poll: 16,
  repost: 32,
  quote: 64,
  reply: 128,
  saved: 256,
} as const;

/** The field separator inside a haystack. */
export const FIELD_SEPARATOR = '\n';

/** The raw (not yet normalised) searchable fields a post was captured with. */
export function capturedFields(post: Post): string[] {
  const fields = [post.author.name, `@${post.author.handle}`, post.text];
  if (post.linkCard?.title) fields.push(post.linkCard.title);
  if (post.linkCard?.description) fields.push(post.linkCard.description);
  for (const media of post.media) if (media.altText) fields.push(media.altText);
  return fields;
}

/** The raw searchable fields of the user's state: the tags and note of a saved post. */
export function userFields(state?: SearchUserState): string[] {
  if (state?.savedAt === undefined) return [];
  return state.note ? [...state.tags, state.note] : [...state.tags];
}

/** Normalises fields and joins them into (part of) a haystack. */
export function joinFields(fields: readonly string[]): string {
  return fields.map(normalizeText).join(FIELD_SEPARATOR);
}

/** The normalised searchable text of a post: captured fields, then the user's. */
export function haystackOf(post: Post, state?: SearchUserState): string {
  return joinFields([...capturedFields(post), ...userFields(state)]);
}

export function flagsOf(post: Post, state?: SearchUserState): number {
  let flags = 0;
  if (post.media.length > 0) flags |= FLAGS.media;
  if (post.media.some((media) => media.kind === 'photo')) flags |= FLAGS.photo;
  if (post.media.some((media) => media.kind !== 'photo')) flags |= FLAGS.video;
  if (post.linkCard || post.entities.some((entity) => entity.kind === 'link')) flags |= FLAGS.link;
  if (post.poll) flags |= FLAGS.poll;
  if (post.repost) flags |= FLAGS.repost;
  if (post.quotedPostId) flags |= FLAGS.quote;
  if (post.reply) flags |= FLAGS.reply;
  if (state?.savedAt !== undefined) flags |= FLAGS.saved;
  return flags;
}

/** What the filters (everything but words and phrases) read of a post. */
export interface PostFacets {
  platform: Platform;
  /** Feed time; since:/until: compare it, so a filter agrees with where the post sits in the feed. */
  sortAt: number;
  flags: number;
  /** Lowercased author handle. */
  author: string;
  /** Lowercased handle of who reposted it, for a repost. */
  reposter?: string;
}

export function facetsOf(post: Post, state?: SearchUserState): PostFacets {
  return {
    platform: post.platform,
    sortAt: post.sortAt,
    flags: flagsOf(post, state),
    author: post.author.handle.toLowerCase(),
    reposter: post.repost?.by.handle.toLowerCase(),
  };
}
