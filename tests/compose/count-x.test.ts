import { describe, expect, it } from 'vitest';
import { countFor } from '../../lib/compose/page/count';

/*
 * Cases from twitter-text's documented v3 rules and its conformance suite
 * (conformance/validate.yml `lengths` and `WeightedTweetsWithDiscountedEmojiCounterTest`, which
 * the npm package does not ship): 280 weighted; code points in 0–4351, 8192–8205, 8208–8223 and
 * 8242–8247 weigh 1, everything else 2; any URL 23; an emoji sequence 2; NFC before counting.
 * Expected numbers are worked out by hand from those rules, not read back from the library.
 */
const cases: Array<[string, string, number]> = [
  ['plain text', 'This is a test.', 15],
  ['http URL', 'http://test.com', 23],
  ['https URL', 'https://test.com', 23],
  ['URL without protocol', 'test.com', 23],
  ['several URLs', 'Test https://test.com test https://test.com test.com test', 86],
  ['text then URL', 'Hi http://test.co', 26],
  ['long URL still 23', `https://example.com/${'a'.repeat(200)}`, 23],
  ['Hangul weighs 2', '저찀쯿쿿', 8],
  ['CJK weighs 2', 'のののの', 8],
  ['accented Latin weighs 1', 'A lié géts', 10],
  ['emoji weighs 2', '😀', 2],
  ['emoji with skin tone is one emoji', '👍🏽', 2],
  ['ZWJ family is one emoji', '👨‍👩‍👧‍👦', 2],
  ['flag is one emoji', '🇯🇵', 2],
  ['mix of 1, emoji and 2', 'H🐱☺', 5],
  ['NFC: e + combining acute is é', 'cafe\u0301', 4],
  ['general punctuation range weighs 1', '\u2014\u2019', 2],
];

describe('countFor x (twitter-text v3)', () => {
  for (const [name, text, weighted] of cases) {
    it(name, () => {
      expect(countFor('x', text)).toEqual({
        used: weighted,
        limit: 280,
        remaining: 280 - weighted,
        errors: [],
      });
    });
  }

  it('280 weighted characters fit exactly', () => {
    expect(countFor('x', 'a'.repeat(280)).remaining).toBe(0);
    expect(countFor('x', 'の'.repeat(140)).overflowAt).toBeUndefined();
  });

  it('marks the first character past 280', () => {
    expect(countFor('x', 'a'.repeat(281))).toEqual({
      used: 281,
      limit: 280,
      remaining: -1,
      overflowAt: 280,
      errors: ['X allows 280 weighted characters; this text has 281.'],
    });
    expect(countFor('x', 'の'.repeat(141)).overflowAt).toBe(140);
    // "285 chars-" + 25 × "xxxxxxxxxx-" from the conformance suite: valid range ends at 279.
    const long = `285 chars-${'xxxxxxxxxx-'.repeat(25)}`;
    expect(countFor('x', long)).toMatchObject({ used: 285, overflowAt: 280 });
  });

  it('an emoji that crosses the limit overflows where it starts', () => {
    expect(countFor('x', `${'a'.repeat(279)}😀`)).toMatchObject({ used: 281, overflowAt: 279 });
  });

  it('a URL that crosses the limit overflows where it starts', () => {
    const text = `${'a'.repeat(270)} https://example.com/x`;
    expect(countFor('x', text)).toMatchObject({ used: 294, overflowAt: 271 });
  });
});
