import type { UserState } from '../db';
import { network as networkOf } from '../platforms/registry';
import { safeHttpUrl } from '../feed/safe-url';
import type { Post } from '../post';
import { utcMinute } from './utc-time';

/**
 * Markdown of a list of posts: one section per post with author, time, link, text and media links.
 * Scraped text is escaped so it stays text in any renderer: no HTML (`<img onerror>`), no links or
 * emphasis it did not have, no headings or list items from a line that starts with `#` or `-`.
 */

/** Every character a Markdown renderer may take as a line break (not only \n). */
const LINE_BREAK = /\r\n|[\r\n\u2028\u2029\u0085\v\f]/g;

/** Escapes Markdown and HTML syntax in one line of scraped text (a break inside it becomes a space). */
export function escapeMarkdown(line: string): string {
  return line
    .replace(LINE_BREAK, ' ')
    .replace(/[\\`*_[\]<>|~]/g, (char) => `\\${char}`)
    .replace(/^(\s*)([#\-+=])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/, '$1\\$2');
}

/** Scraped text, line breaks kept (a hard break is two trailing spaces), every line escaped. */
export function markdownText(text: string): string {
  return text
    .split(LINE_BREAK)
    .map((line) => escapeMarkdown(line))
    .join('  \n');
}

/** A link only for http(s) URLs, in the `<…>` form so parentheses in the URL cannot end it. */
function link(label: string, url: string | undefined): string {
  const safe = safeHttpUrl(url);
  if (!safe) return escapeMarkdown(label);
  return `[${escapeMarkdown(label)}](<${safe.replace(/</g, '%3C').replace(/>/g, '%3E')}>)`;
}

function details(post: Post, state: UserState | undefined): string[] {
  const lines = [`- Posted: ${utcMinute(post.createdAt)}`, `- Link: ${link('open post', post.url)}`];
  if (post.repost) lines.push(`- Reposted by @${escapeMarkdown(post.repost.by.handle)}`);
  if (post.reply?.toHandle) lines.push(`- Replying to @${escapeMarkdown(post.reply.toHandle)}`);
  if (post.quotedPostId) lines.push(`- Quotes: ${escapeMarkdown(post.quotedPostId)}`);
  if (state?.savedAt !== undefined) lines.push(`- Saved: ${utcMinute(state.savedAt)}`);
  if (state && state.tags.length > 0) lines.push(`- Tags: ${state.tags.map(escapeMarkdown).join(', ')}`);
  if (state?.note) lines.push(`- Note: ${markdownText(state.note)}`);
  return lines;
}

function mediaLines(post: Post): string[] {
  const lines = post.media.map((media, index) => {
    const label = `${media.kind} ${index + 1}`;
    return `- ${link(label, media.url)}${media.altText ? `: ${markdownText(media.altText)}` : ''}`;
  });
  if (post.linkCard) lines.push(`- ${link(post.linkCard.title ?? post.linkCard.url, post.linkCard.url)}`);
  if (post.poll) {
    for (const choice of post.poll.choices) {
      lines.push(
        `- Poll: ${escapeMarkdown(choice.label)}${choice.votes === undefined ? '' : ` (${choice.votes} votes)`}`,
      );
    }
  }
  return lines;
}

/** One post's section. */
export function markdownPost(post: Post, state: UserState | undefined): string {
  const who = `${escapeMarkdown(post.author.name || post.author.handle)} (@${escapeMarkdown(post.author.handle)})`;
  const sections = [
    `## ${who} on ${networkOf(post.platform).label}`,
    details(post, state).join('\n'),
    post.text.trim() === '' ? undefined : markdownText(post.text),
    mediaLines(post).join('\n') || undefined,
  ];
  return `${sections.filter((section) => section !== undefined).join('\n\n')}\n`;
}

/** The whole document in parts, `postsPerPart` posts each, ready for a Blob. */
export function markdownParts(
  posts: readonly Post[],
  states: ReadonlyMap<string, UserState>,
  now: number,
  postsPerPart = 1000,
): string[] {
  const count = `${posts.length} ${posts.length === 1 ? 'post' : 'posts'}`;
  const parts = [`# Crossfeed export\n\n${count}, exported ${utcMinute(now)}.\n`];
  for (let start = 0; start < posts.length; start += postsPerPart) {
    parts.push(
      posts
        .slice(start, start + postsPerPart)
        .map((post) => `\n${markdownPost(post, states.get(post.id))}`)
        .join(''),
    );
  }
  return parts;
}
