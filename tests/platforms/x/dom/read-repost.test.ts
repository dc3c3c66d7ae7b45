import { describe, expect, it } from 'vitest';
import { parseXArticle } from '../../../../lib/platforms/x/dom/parse-article';
import { needsCaptures, readCapture } from '../../../helpers/captures';
import { CONTEXT, parseDom } from './load-dom';

/**
 * The repost header in other UI languages and other headers, made from the real repost article by
 * changing only the header: its words ("reposted") and whether it sits in a link to a profile.
 */
const ORIGINAL = 'x:1852311426666537322';
const REPOSTER = 'birdman46049238';

function repostsOf(words = 'reposted', inLink = true) {
  const html = readCapture('x-dom/article-timeline-video-repost.html').replace(
    /\n\s*reposted<\/span/,
    `\n${words}</span`,
  );
  const article = parseDom(html).querySelector('article[data-testid="tweet"]');
  if (!article) throw new Error('no article');
  if (!inLink) article.querySelector('[data-testid="socialContext"]')?.closest('a')?.removeAttribute('href');
  const { posts } = parseXArticle(article, CONTEXT);
  return posts.filter((post) => post.repost).map((post) => ({ id: post.id, repost: post.repost }));
}

describe('X DOM repost header', needsCaptures, () => {
  it('English UI: the handle from the link, the name from the text', () => {
    expect(repostsOf()).toEqual([
      {
        id: `${ORIGINAL}-rp-${REPOSTER}`,
        repost: { originalId: ORIGINAL, by: { handle: REPOSTER, name: 'birdman🦊' } },
      },
    ]);
  });

  it.each([
    ['Spanish', 'ha reposteado'],
    ['German', 'hat repostet'],
    ['Japanese', 'さんがリポストしました'],
  ])('%s UI: still a repost by the linked handle, without a name mixed with X’s words', (_ui, words) => {
    expect(repostsOf(words)).toEqual([
      { id: `${ORIGINAL}-rp-${REPOSTER}`, repost: { originalId: ORIGINAL, by: { handle: REPOSTER } } },
    ]);
  });

  it('an English header that is not a repost ("… liked") makes no repost row', () => {
    expect(repostsOf('liked')).toEqual([]);
  });

  it('a header that links nowhere ("Pinned") makes no repost row', () => {
    expect(repostsOf('Pinned', false)).toEqual([]);
    expect(repostsOf('reposted', false)).toEqual([]);
  });
});
