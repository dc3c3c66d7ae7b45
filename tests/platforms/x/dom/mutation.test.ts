import { describe, expect, it } from 'vitest';
import { parseXArticles } from '../../../../lib/platforms/x/dom/parse-page';
import { postSchema } from '../../../../lib/post';
import { needsCaptures, listCaptures } from '../../../helpers/captures';
import { seededRandom } from '../../../helpers/mutate';
import { CONTEXT, countReasons, loadDom } from './load-dom';

/**
 * Seeded, deterministic markup mutations of every real article: remove elements, drop or rewrite
 * attributes (with values shaped like what the parser looks for), change text, move subtrees.
 * The parser must never throw and must report every loss as one of its own skip reasons.
 */
const CASES = 2000;
const KNOWN_REASONS = new Set([
  'no-permalink',
  'no-author',
  'no-time',
  'promoted',
  'quote-no-permalink',
  'quote-no-author',
  'quote-no-time',
]);
const VALUES = [
  '',
  ' ',
  'x',
  '0',
  '-1',
  '1e21',
  'NaN',
  '…',
  '@',
  '#',
  '$',
  'https://',
  'javascript:alert(1)',
  'blob:https://x.com/1',
  '/a/status/',
  '/a/status/123',
  '/a/status/123/analytics',
  '/a/status/123/history',
  '/hashtag/',
  '/search?q=%24',
  '/i',
  'https://t.co/',
  'https://pbs.twimg.com/media/K?format=webp&name=small',
  'url("https://pbs.twimg.com/media/K")',
  'tweet',
  'User-Name',
  'tweetText',
  'tweetPhoto',
  'videoPlayer',
  'card.wrapper',
  'socialContext',
  'link',
  'group',
  '12 replies, 1,234 Likes, 5.6K views',
  '9'.repeat(40),
  'not-a-date',
  '2025-13-45T99:99:99Z',
  'x reposted',
  'Ad',
  '＠',
  '🦊',
];

function pick<T>(random: () => number, items: readonly T[]): T | undefined {
  return items.length === 0 ? undefined : items[Math.floor(random() * items.length)];
}

function mutate(root: Element, random: () => number): void {
  const edits = 1 + Math.floor(random() * 6);
  for (let edit = 0; edit < edits; edit += 1) {
    const elements = Array.from(root.querySelectorAll('*'));
    const target = pick(random, elements);
    if (!target) return;
    const kind = Math.floor(random() * 5);
    if (kind === 0) target.remove();
    else if (kind === 1) {
      const attribute = pick(random, Array.from(target.attributes));
      if (attribute) target.removeAttribute(attribute.name);
    } else if (kind === 2) {
      const attribute = pick(random, Array.from(target.attributes));
      const name =
        attribute?.name ??
        pick(random, [
          'href',
          'datetime',
          'data-testid',
          'aria-label',
          'role',
          'src',
          'style',
          'poster',
          'alt',
        ])!;
      target.setAttribute(name, pick(random, VALUES)!);
    } else if (kind === 3) target.textContent = pick(random, VALUES)!;
    else {
      const destination = pick(random, elements);
      // Move a subtree elsewhere in the article (never into itself).
      if (destination && !target.contains(destination)) destination.appendChild(target);
    }
  }
}

describe('X DOM parser under seeded markup mutations', needsCaptures, () => {
  it(`never throws and reports every loss as a known reason (${CASES} cases)`, () => {
    const articles = listCaptures('x-dom').flatMap((file) =>
      Array.from(loadDom(file).querySelectorAll('article[data-testid="tweet"]')),
    );
    expect(articles.length).toBe(48); // 7 single articles + 20 + 1 + 6 + 14 on the pages
    const reasons: Record<string, number> = {};
    let posts = 0;
    for (let seed = 1; seed <= CASES; seed += 1) {
      const random = seededRandom(seed);
      const clone = pick(random, articles)!.cloneNode(true) as Element;
      mutate(clone, random);
      const result = parseXArticles(clone, CONTEXT);
      for (const post of result.posts) {
        const check = postSchema.safeParse(post);
        if (!check.success) throw new Error(`seed ${seed}: ${check.error.message}`);
      }
      for (const [reason, count] of Object.entries(countReasons(result.skipped))) {
        if (!KNOWN_REASONS.has(reason))
          throw new Error(`seed ${seed}: ${reason} ${JSON.stringify(result.skipped)}`);
        reasons[reason] = (reasons[reason] ?? 0) + count;
      }
      posts += result.posts.length;
    }
    console.log(`mutation: ${CASES} cases, ${posts} posts, skipped ${JSON.stringify(reasons)}`);
    expect(posts).toBeGreaterThan(CASES / 2);
  });
});
