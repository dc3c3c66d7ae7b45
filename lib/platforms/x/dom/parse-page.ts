import type { Post } from '../../../post';
import { finishParse, type CaptureContext, type ParseResult, type Skipped } from '../../../parse-result';
import { readArticle } from './parse-article';
import { matches, queryAll } from './query';

/**
 * Parses every `article[data-testid="tweet"]` under `root` (and `root` itself when it is one):
 * a whole page, a timeline cell, or the nodes a MutationObserver reports. One finishParse over
 * all of them, so a post seen twice (a quote also shown on its own) becomes one row.
 */
export function parseXArticles(root: ParentNode, context: CaptureContext): ParseResult {
  const skipped: Skipped[] = [];
  const quoted: Post[] = [];
  const own: Post[] = [];
  for (const article of findArticles(root)) {
    const read = readArticle(article, context, skipped);
    quoted.push(...read.quoted);
    own.push(...read.own);
  }
  // finishParse keeps the last reading of a repeated id: a post's own article (with counts) must
  // win over the same post read from inside a quote, so quote readings go first.
  return finishParse([...quoted, ...own], skipped, context.validate);
}

export function findArticles(root: ParentNode): Element[] {
  const self = root as Partial<Element>;
  const isArticle = typeof self.matches === 'function' && matches(root as Element, 'article');
  return [...(isArticle ? [root as Element] : []), ...queryAll(root, 'article')];
}
