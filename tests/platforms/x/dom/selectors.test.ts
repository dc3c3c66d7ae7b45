import { describe, expect, it } from 'vitest';
import { queryAll } from '../../../../lib/platforms/x/dom/query';
import { X_DOM_SELECTORS, type XDomSelectorName } from '../../../../lib/platforms/x/dom/selectors';
import { needsCaptures, listCaptures } from '../../../helpers/captures';
import { loadDom } from './load-dom';

/**
 * Match count of every table entry (its first matching alternative, as the parser resolves it) on
 * every saved page, counted by reading the files. Notes that explain the less obvious numbers:
 * - photo-modal files: the modal root is a div[data-testid="tweet"], not an article (7 → 6, 15 → 14);
 *   their 7th/15th action bar belongs to the modal's photo viewer; 15-tweets has an ad without `time`.
 * - avatarContainer > avatar where a quote or the modal shows an extra UserAvatar-Container.
 * - quote counts every `[role=link]` that is not an anchor (quotes, affiliate badges, "Show more").
 * - page-home: its two "card.wrapper" strings are in Control Panel for Twitter's injected CSS, not elements;
 *   verified 32: the 33rd "icon-verified" string is in CSS too.
 * - article-status-page-edited-post: the MediaHarvest copy has empty photo frames (no img, no
 *   tweetPhoto), so only the /photo/n links remain (statusLink 6).
 */
const COLUMNS: readonly XDomSelectorName[] = [
  'article',
  'socialContext',
  'userName',
  'avatar',
  'avatarContainer',
  'verified',
  'time',
  'statusLink',
  'analyticsLink',
  'tweetText',
  'showMore',
  'quote',
  'photo',
  'video',
  'card',
  'cardSmallDetail',
  'actionBar',
  'replyButton',
  'repostButton',
  'likeButton',
  'bookmarkButton',
  'editedNotice',
];

// prettier-ignore
const EXPECTED: Record<string, number[]> = {
  //                                                                   art sc  un  av  avc ver tim sl  an  tt  sm  q   ph  vid crd csd bar rep rt  lk  bm  ed
  'article-link-card-ANONYMIZED.html':                                 [1,  0,  1,  1,  1,  1,  1,  1,  0,  1,  0,  1,  0,  0,  1,  0,  1,  1,  1,  1,  1,  0],
  'article-quote-with-image-ANONYMIZED.html':                          [1,  0,  2,  2,  2,  2,  2,  3,  1,  2,  0,  1,  1,  0,  0,  0,  1,  1,  1,  1,  1,  0],
  'article-quote-with-video-ANONYMIZED.html':                          [1,  0,  2,  2,  2,  2,  2,  2,  1,  2,  0,  1,  1,  1,  0,  0,  1,  1,  1,  1,  1,  0],
  'article-status-page-edited-post.html':                              [1,  0,  1,  1,  1,  1,  1,  6,  0,  1,  0,  0,  0,  0,  0,  0,  1,  1,  1,  1,  1,  1],
  'article-status-page-video.html':                                    [1,  0,  1,  1,  1,  0,  1,  1,  0,  1,  0,  0,  1,  1,  0,  0,  1,  1,  1,  1,  1,  0],
  'article-timeline-edited-post-4photos-HAS-EXTENSION-INJECTION.html': [1,  0,  1,  1,  1,  1,  1,  7,  1,  1,  1,  1,  4,  0,  0,  0,  1,  1,  1,  1,  1,  0],
  'article-timeline-video-repost.html':                                [1,  1,  1,  1,  1,  0,  1,  2,  1,  1,  0,  0,  1,  1,  0,  0,  1,  1,  1,  1,  1,  0],
  'page-home-timeline-20-articles-CPFT-MUTATED.html':                  [20, 8,  29, 29, 36, 32, 29, 50, 20, 25, 7,  25, 14, 7,  0,  0,  20, 20, 20, 20, 12, 0],
  'page-status-1-article-CPFT-MUTATED.html':                           [1,  0,  2,  2,  2,  2,  2,  3,  0,  2,  0,  5,  2,  0,  0,  0,  1,  1,  1,  1,  1,  0],
  'photo-modal-7-articles-edited-post.html':                           [6,  0,  6,  6,  7,  6,  6,  15, 6,  6,  3,  0,  0,  0,  3,  1,  7,  7,  7,  7,  1,  1],
  'photo-modal-with-15-tweets.html':                                   [14, 0,  14, 14, 15, 1,  13, 27, 14, 14, 0,  0,  0,  2,  1,  0,  15, 15, 15, 15, 1,  0],
};

describe('X DOM selectors table on the saved pages', needsCaptures, () => {
  it('has an expectation for every kept file and every table entry', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(listCaptures('x-dom'));
    expect([...COLUMNS].sort()).toEqual(Object.keys(X_DOM_SELECTORS).sort());
  });

  for (const [file, counts] of Object.entries(EXPECTED)) {
    it(`matches the counted elements in ${file}`, () => {
      const document = loadDom(file);
      const actual = Object.fromEntries(COLUMNS.map((name) => [name, queryAll(document, name).length]));
      expect(actual).toEqual(Object.fromEntries(COLUMNS.map((name, index) => [name, counts[index]])));
    });
  }

  it('uses only stable hooks: no generated class names, no other extension’s markup', () => {
    for (const { alternatives, why } of Object.values(X_DOM_SELECTORS)) {
      expect(why.length).toBeGreaterThan(10);
      for (const selector of alternatives) {
        expect(selector).not.toMatch(/\.(css|r)-|class|cpft|harvest/i);
        expect(selector).toMatch(/data-testid|role=|aria-|time\[datetime\]|href/);
      }
    }
  });
});
