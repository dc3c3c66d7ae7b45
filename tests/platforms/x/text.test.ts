import { describe, expect, it } from 'vitest';
import { decodeHtmlEntities } from '../../../lib/platforms/x/html-entities';
import { buildText } from '../../../lib/platforms/x/text';
import { xOriginalPhotoUrl, xStatusUrl } from '../../../lib/platforms/x/urls';

describe('decodeHtmlEntities', () => {
  it('decodes what X escapes and numeric references, and leaves the rest', () => {
    expect(decodeHtmlEntities('a &amp; b &lt;c&gt; &quot;d&quot; &#39;e&#x27; &#128512;')).toBe(
      `a & b <c> "d" 'e' 😀`,
    );
    expect(decodeHtmlEntities('&nbsp; &#xD800; &#0; &amp')).toBe('&nbsp; &#xD800; &#0; &amp');
  });
});

describe('buildText', () => {
  // Indices are code points into the escaped text: "😀" is one, "&amp;" five.
  const raw = '😀 &amp; @Ann https://t.co/abc #tag $TSLA https://t.co/pic';
  const lists = {
    user_mentions: [{ screen_name: 'ann', id_str: '12', indices: [9, 13] }],
    urls: [{ url: 'https://t.co/abc', expanded_url: 'https://example.com/a?b=1', indices: [14, 30] }],
    hashtags: [{ text: 'tag', indices: [31, 35] }],
    symbols: [{ text: 'TSLA', indices: [36, 41] }],
    media: [{ url: 'https://t.co/pic', indices: [42, 58] }],
  };

  it('expands links, drops the media link, decodes entities and measures ranges in UTF-16', () => {
    const built = buildText(raw, undefined, lists);
    expect(built.text).toBe('😀 & @Ann https://example.com/a?b=1 #tag $TSLA');
    expect(built.entities).toEqual([
      { kind: 'mention', start: 5, end: 9, handle: 'ann', userId: '12' },
      { kind: 'link', start: 10, end: 35, url: 'https://example.com/a?b=1' },
      { kind: 'hashtag', start: 36, end: 40, tag: 'tag' },
      { kind: 'cashtag', start: 41, end: 46, symbol: 'TSLA' },
    ]);
    for (const entity of built.entities) {
      expect(built.text.slice(entity.start, entity.end)).toMatch(
        /^(@Ann|https:\/\/example\.com\/a\?b=1|#tag|\$TSLA)$/,
      );
    }
  });

  it('keeps only the display range (leading reply mentions and the media link are outside it)', () => {
    const built = buildText('@a @b hello https://t.co/pic', [6, 11], {
      user_mentions: [
        { screen_name: 'a', indices: [0, 2] },
        { screen_name: 'b', indices: [3, 5] },
      ],
      media: [{ url: 'https://t.co/pic', indices: [12, 28] }],
    });
    expect(built).toEqual({ text: 'hello', entities: [] });
  });

  it('finds an entity by its text when its indices are off, and ignores it when it is absent', () => {
    const built = buildText('see https://t.co/x now', undefined, {
      urls: [
        { url: 'https://t.co/x', expanded_url: 'https://x.org/', indices: [0, 3] },
        { url: 'https://t.co/missing', expanded_url: 'https://y.org/', indices: [4, 18] },
      ],
    });
    expect(built).toEqual({
      text: 'see https://x.org/ now',
      entities: [{ kind: 'link', start: 4, end: 18, url: 'https://x.org/' }],
    });
  });

  it('keeps a t.co link whose target is not an http(s) URL as written', () => {
    const built = buildText('go https://t.co/j', undefined, {
      urls: [{ url: 'https://t.co/j', expanded_url: 'javascript:alert(1)', indices: [3, 17] }],
    });
    expect(built).toEqual({
      text: 'go https://t.co/j',
      entities: [{ kind: 'link', start: 3, end: 17, url: 'https://t.co/j' }],
    });
  });
});

describe('x urls', () => {
  it('builds permalinks and original-size photo URLs', () => {
    expect(xStatusUrl('jack', '20')).toBe('https://x.com/jack/status/20');
    expect(xOriginalPhotoUrl('https://pbs.twimg.com/media/AbC.jpg')).toBe(
      'https://pbs.twimg.com/media/AbC.jpg?name=orig',
    );
    expect(xOriginalPhotoUrl('https://pbs.twimg.com/media/AbC?format=jpg&name=small')).toBe(
      'https://pbs.twimg.com/media/AbC?format=jpg&name=orig',
    );
    expect(xOriginalPhotoUrl('https://ton.twitter.com/i/x.jpg')).toBe('https://ton.twitter.com/i/x.jpg');
  });
});
