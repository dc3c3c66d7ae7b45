import type { Post } from '../../post';

/**
 * The text two copies of one cross-posted post share, whatever each network did to it: links
 * (expanded on X, cut short on Bluesky, each network's own shortener), hashtags' # and case do
 * not count, mentions lose their server (`@alice@mastodon.social` = `@alice.bsky.social` = `@alice`),
 * whitespace is one space, and a cross-posting tool's trailing signature is dropped.
 */
const URL = /\bhttps?:\/\/\S+|\b(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\/\S*/gi;
const MENTION = /@([\p{L}\p{N}_]+)(?:[.@][\p{L}\p{N}_.-]+)*/gu;
const HASHTAG = /#([\p{L}\p{N}_]+)/gu;
/** Signature lines cross-posting tools add at the end ("via Buffer", "🦋 bridged", "#crosspost"). */
const SIGNATURE =
  /(?:\n|\s)(?:[-—–(]\s*)?(?:(?:sent |posted |cross-?posted )?via \S+(?: \S+)?\)?|#crosspost(?:ed)?|\[bridged[^\]]*\]|🦋|🐘|🧵)\s*$/iu;

export function crossPostText(text: string): string {
  let normalized = text.normalize('NFKC');
  for (let i = 0; i < 3; i += 1) {
    const stripped = normalized.replace(SIGNATURE, '');
    if (stripped === normalized) break;
    normalized = stripped;
  }
  return (
    normalized
      .replace(URL, ' ')
      .replace(MENTION, (_all, user: string) => `@${user}`)
      // Threads shows a topic tag without its # ("BuildInPublic"), the others with it.
      .replace(HASHTAG, '$1')
      .replace(/…/g, ' ')
      .toLowerCase()
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/** Too little text says nothing about being the same post ("gm", a lone link). */
export const MIN_CROSS_POST_CHARS = 12;

/** Copies more than this apart are separate posts, even with the same words. */
export const CROSS_POST_WINDOW_MS = 30 * 60 * 1000;

/** The key of a post for cross-post matching, or undefined when it is too short to match. */
export function crossPostKey(post: Pick<Post, 'text' | 'media'>): string | undefined {
  const text = crossPostText(post.text);
  if (text.length < MIN_CROSS_POST_CHARS) return undefined;
  return text;
}
