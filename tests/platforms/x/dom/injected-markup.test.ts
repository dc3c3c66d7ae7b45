import { describe, expect, it } from 'vitest';
import { parseXArticles } from '../../../../lib/platforms/x/dom/parse-page';
import { needsCaptures } from '../../../helpers/captures';
import { CONTEXT, loadDom } from './load-dom';

/**
 * Two kept files carry another extension's changes (PROVENANCE.md): MediaHarvest's
 * `data-harvest-article` and its injected `.harvester` button; Control Panel for Twitter's
 * `cpft_*` classes, injected `cpft_separator`/`cpft_text` spans and `cpft-tweet-source-restored`.
 * Removing all of it must not change a single post.
 */
function stripInjections(document: Document): number {
  let removed = 0;
  const remove = (element: Element) => {
    element.remove();
    removed += 1;
  };
  document.querySelectorAll('.harvester, .cpft_separator, .cpft_text').forEach(remove);
  for (const element of Array.from(document.querySelectorAll('*'))) {
    for (const name of ['data-harvest-article', 'cpft-tweet-source-restored']) {
      if (element.hasAttribute(name)) {
        element.removeAttribute(name);
        removed += 1;
      }
    }
    const classes = (element.getAttribute('class') ?? '').split(/\s+/).filter(Boolean);
    const kept = classes.filter((name) => !name.startsWith('cpft'));
    if (kept.length !== classes.length) {
      element.setAttribute('class', kept.join(' '));
      removed += 1;
    }
  }
  return removed;
}

const FILES: Record<string, number> = {
  // data-harvest-article + the .harvester button
  'article-timeline-edited-post-4photos-HAS-EXTENSION-INJECTION.html': 2,
  // cpft_blue_check classes on verified icons and injected CPFT parts (all of the document, not only articles)
  'page-home-timeline-20-articles-CPFT-MUTATED.html': 24,
  'page-status-1-article-CPFT-MUTATED.html': 5,
};

describe('another extension’s markup does not change the result', needsCaptures, () => {
  for (const [file, injections] of Object.entries(FILES)) {
    it(`${file}: same posts and skips without the ${injections} injected parts`, () => {
      const original = parseXArticles(loadDom(file), CONTEXT);
      const document = loadDom(file);
      expect(stripInjections(document)).toBeGreaterThanOrEqual(injections);
      const stripped = parseXArticles(document, CONTEXT);
      expect(stripped).toEqual(original);
      expect(original.posts.length).toBeGreaterThan(0);
    });
  }
});
