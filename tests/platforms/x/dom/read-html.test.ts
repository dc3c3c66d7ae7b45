import { describe, expect, it } from 'vitest';
import { parseXHtml } from '../../../../lib/platforms/x/dom/read-html';
import { parseCount } from '../../../../lib/platforms/x/dom/read-counts';
import { twimgImageUrl } from '../../../../lib/platforms/x/dom/x-urls';
import { needsCaptures, readCapture } from '../../../helpers/captures';
import { CONTEXT, parseDom } from './load-dom';

describe('parseXHtml (the command-line entry)', () => {
  it('says clearly when the HTML holds no post', () => {
    expect(
      parseXHtml('<html><body><div data-testid="tweet">modal</div></body></html>', CONTEXT, parseDom),
    ).toEqual({
      error: expect.stringContaining('no article[data-testid="tweet"]'),
    });
  });

  it('reports a parser failure as an error, not an exception', () => {
    const failing = () => {
      throw new Error('boom');
    };
    expect(parseXHtml('<article></article>', CONTEXT, failing)).toEqual({
      error: 'could not parse the HTML: boom',
    });
  });

  it('reads a saved page and a single article', needsCaptures, () => {
    const page = parseXHtml(readCapture('x-dom/photo-modal-with-15-tweets.html'), CONTEXT, parseDom);
    expect('posts' in page && page.posts.length).toBe(13);
    const single = parseXHtml(readCapture('x-dom/article-status-page-video.html'), CONTEXT, parseDom);
    expect('posts' in single && single.posts.map((post) => post.id)).toEqual(['x:1852311426666537322']);
  });
});

describe('X DOM number and URL rules', () => {
  it('reads full and abbreviated counts', () => {
    expect(parseCount('1,234')).toBe(1234);
    expect(parseCount('5.6K')).toBe(5600);
    expect(parseCount('2M')).toBe(2_000_000);
    expect(parseCount('12')).toBe(12);
    expect(parseCount('x')).toBeUndefined();
  });

  it('names pbs images like the API: photos at name=orig, posters without size', () => {
    expect(twimgImageUrl('https://pbs.twimg.com/media/GZA6uwubAAA0-Wm?format=jpg&name=small', true)).toBe(
      'https://pbs.twimg.com/media/GZA6uwubAAA0-Wm.jpg?name=orig',
    );
    expect(twimgImageUrl('https://pbs.twimg.com/media/K.png', true)).toBe(
      'https://pbs.twimg.com/media/K.png?name=orig',
    );
    expect(twimgImageUrl('https://pbs.twimg.com/media/K?format=webp&name=small', true)).toBe(
      'https://pbs.twimg.com/media/K?format=webp&name=orig',
    );
    expect(
      twimgImageUrl('https://pbs.twimg.com/amplify_video_thumb/1/img/A?format=jpg&name=120x120', false),
    ).toBe('https://pbs.twimg.com/amplify_video_thumb/1/img/A.jpg');
  });
});
