/**
 * Every selector the Threads DOM fallback uses, in one table. Stable hooks only (data-*, role,
 * aria-*, dir, time[datetime], href shapes); Threads' class names are generated per build and never
 * used. Each entry is an ordered list of alternatives, first match wins, with why it is there.
 * aria-labels are the English UI strings: on another UI language those entries match nothing and the
 * post is still read, only without the verified mark and counts.
 */
import type { SelectorEntry } from '../../../kit/selectors';

export { closestAny, matchesAny, selectAll, type SelectorEntry } from '../../../kit/selectors';

export const THREADS_SELECTORS = {
  post: {
    alternatives: ['div[data-pressable-container]'],
    why: 'Threads has no <article>; each feed/profile/reply post is one pressable container',
  },
  permalinkTime: {
    alternatives: ['a[href*="/post/"] time[datetime]', 'a[href*="/post/"] time'],
    why: "a post's timestamp links to its permalink: author, shortcode and time together (2nd: saved pages keep React's dateTime casing, which case-sensitive parsers such as linkedom miss)",
  },
  text: {
    alternatives: ['span[dir="auto"]'],
    why: 'user text renders in dir="auto" spans; the body is the one outside links, buttons and the time',
  },
  verified: {
    alternatives: ['svg[aria-label="Verified"]'],
    why: "the blue check next to the author's handle (the only hook it has is its label)",
  },
  actionButton: {
    alternatives: ['[role="button"]'],
    why: 'like / reply / repost / share are role=button divs, each an icon plus its count',
  },
  likeIcon: {
    alternatives: ['svg[aria-label="Like"]', 'svg[aria-label="Unlike"]'],
    why: 'marks the like button (its count is the like count)',
  },
  replyIcon: {
    alternatives: ['svg[aria-label="Comment"]', 'svg[aria-label="Reply"]'],
    why: 'marks the reply button (its count is the direct reply count)',
  },
  shareIcon: {
    alternatives: ['svg[aria-label="Share"]'],
    why: 'marks the share button (its count is reshare_count)',
  },
  image: {
    alternatives: ['picture img[src]', 'img[src]'],
    why: 'post photos; avatars (inside profile links) and link-card images (inside external links) are filtered out',
  },
  video: {
    alternatives: ['video'],
    why: 'post videos: src or <source src>, poster as the still',
  },
  pageChrome: {
    alternatives: ['[role="region"]', '[role="main"]', 'main', 'body'],
    why: 'where the container search stops on pages without pressable containers (a single post page)',
  },
} as const satisfies Record<string, SelectorEntry>;
