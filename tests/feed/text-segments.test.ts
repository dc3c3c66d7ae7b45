import { describe, expect, it } from 'vitest';
import type { Entity } from '../../lib/post';
import { highlightRanges } from '../../lib/search/highlight';
import { parseQuery } from '../../lib/search/query';
import { textSegments } from '../../lib/feed/text-segments';

const plain = (text: string, highlight = false) => ({ text, highlight });

describe('textSegments', () => {
  it('turns link, mention, hashtag and cashtag entities into platform links, the rest into text', () => {
    const text = 'Hi @ada see example.com #rust $TSLA';
    const entities: Entity[] = [
      { kind: 'mention', start: 3, end: 7, handle: 'ada' },
      { kind: 'link', start: 12, end: 23, url: 'https://example.com/' },
      { kind: 'hashtag', start: 24, end: 29, tag: 'rust' },
      { kind: 'cashtag', start: 30, end: 35, symbol: 'TSLA' },
    ];
    expect(textSegments(text, entities, 'x')).toEqual([
      { kind: 'text', pieces: [plain('Hi ')] },
      { kind: 'mention', href: 'https://x.com/ada', pieces: [plain('@ada')] },
      { kind: 'text', pieces: [plain(' see ')] },
      { kind: 'link', href: 'https://example.com/', pieces: [plain('example.com')] },
      { kind: 'text', pieces: [plain(' ')] },
      { kind: 'hashtag', href: 'https://x.com/hashtag/rust', pieces: [plain('#rust')] },
      { kind: 'text', pieces: [plain(' ')] },
      { kind: 'cashtag', href: 'https://x.com/search?q=%24TSLA', pieces: [plain('$TSLA')] },
    ]);
  });

  it('links Threads mentions and tags to Threads', () => {
    const entities: Entity[] = [
      { kind: 'mention', start: 0, end: 5, handle: 'zuck' },
      { kind: 'hashtag', start: 6, end: 11, tag: 'café' },
    ];
    expect(textSegments('@zuck #café', entities, 'threads').map((s) => s.href)).toEqual([
      'https://www.threads.com/@zuck',
      undefined,
      'https://www.threads.com/search?q=caf%C3%A9&serp_type=tags',
    ]);
  });

  it('keeps a link whose URL is not http(s) as plain text', () => {
    // The store refuses such a URL (postSchema); the renderer does not trust that alone.
    const entities = [{ kind: 'link', start: 6, end: 24, url: 'javascript:alert(1)' }] as unknown as Entity[];
    expect(textSegments('Click javascript:alert(1)', entities, 'x')).toEqual([
      { kind: 'text', pieces: [plain('Click ')] },
      { kind: 'text', pieces: [plain('javascript:alert(1')] },
      { kind: 'text', pieces: [plain(')')] },
    ]);
  });

  it('encodes handles and tags so scraped text cannot change the link target', () => {
    const entities: Entity[] = [{ kind: 'mention', start: 0, end: 4, handle: '../@evil.com' }];
    expect(textSegments('@evl', entities, 'x')[0]!.href).toBe('https://x.com/..%2F%40evil.com');
  });

  it('ignores entities outside the text, empty or overlapping an earlier one', () => {
    const entities: Entity[] = [
      { kind: 'hashtag', start: 0, end: 4, tag: 'one' },
      { kind: 'hashtag', start: 2, end: 6, tag: 'overlap' },
      { kind: 'hashtag', start: 5, end: 5, tag: 'empty' },
      { kind: 'hashtag', start: 8, end: 40, tag: 'outside' },
    ];
    expect(textSegments('#one #two', entities, 'x')).toEqual([
      { kind: 'hashtag', href: 'https://x.com/hashtag/one', pieces: [plain('#one')] },
      { kind: 'text', pieces: [plain(' #two')] },
    ]);
  });

  it('splits text and links at highlight ranges from the search', () => {
    const text = 'Crossfeed café: see crossfeed.dev';
    const entities: Entity[] = [{ kind: 'link', start: 20, end: 33, url: 'https://crossfeed.dev/' }];
    const highlights = highlightRanges(parseQuery('crossfeed cafe'), text);
    expect(highlights).toEqual([
      [0, 9],
      [10, 14],
      [20, 29],
    ]);
    expect(textSegments(text, entities, 'x', highlights)).toEqual([
      { kind: 'text', pieces: [plain('Crossfeed', true), plain(' '), plain('café', true), plain(': see ')] },
      { kind: 'link', href: 'https://crossfeed.dev/', pieces: [plain('crossfeed', true), plain('.dev')] },
    ]);
  });

  it('gives the markup of a post back as the same characters, in text pieces', () => {
    const text = '<img src=x onerror=alert(1)>';
    expect(textSegments(text, [], 'x')).toEqual([{ kind: 'text', pieces: [plain(text)] }]);
  });
});
