import { describe, expect, it } from 'vitest';
import { countFor } from '../../lib/compose/page/count';

// Bluesky counts graphemes (≤ 300) and UTF-8 bytes (≤ 3000), app.bsky.feed.post's lexicon.
const family = '👨‍👩‍👧‍👦'; // 7 code points, 11 UTF-16 units, 25 bytes, 1 grapheme
const cases: Array<[string, string, number]> = [
  ['ASCII', 'hello', 5],
  ['ZWJ family emoji is one grapheme', family, 1],
  ['flag is one grapheme', '🇯🇵🇫🇷', 2],
  ['skin tone modifier joins its emoji', '👍🏽👋🏿', 2],
  ['CJK ideographs one each', '日本語', 3],
  ['combining marks join their letter', 'e\u0301a\u0308o\u0302\u0323', 3],
  ['Hangul jamo sequence is one syllable', '\u1100\u1161\u11a8', 1],
  ['keycap sequence is one grapheme', '1\ufe0f\u20e3', 1],
  ['CRLF is one grapheme', 'a\r\nb', 3],
];

describe('countFor bluesky', () => {
  for (const [name, text, graphemes] of cases) {
    it(name, () => {
      expect(countFor('bluesky', text)).toEqual({
        used: graphemes,
        limit: 300,
        remaining: 300 - graphemes,
        errors: [],
      });
    });
  }

  it('300 graphemes fit, the 301st overflows where it starts', () => {
    expect(countFor('bluesky', family.repeat(100) + 'a'.repeat(200)).overflowAt).toBeUndefined();
    expect(countFor('bluesky', `${'a'.repeat(300)}${family}`)).toEqual({
      used: 301,
      limit: 300,
      remaining: -1,
      overflowAt: 300,
      errors: ['Bluesky allows 300 characters; this text has 301.'],
    });
  });

  it('the 3000-byte limit binds before 300 graphemes for long emoji', () => {
    // 121 families: 121 graphemes but 3025 bytes; the 121st starts at UTF-16 index 120 × 11.
    expect(countFor('bluesky', family.repeat(121))).toEqual({
      used: 121,
      limit: 300,
      remaining: 179,
      overflowAt: 1320,
      errors: ['Bluesky allows 3000 bytes of text; this text takes 3025.'],
    });
  });
});
