import { describe, expect, it } from 'vitest';
import { countFor } from '../../lib/compose/page/count';

// Threads: 500 characters, an emoji counting its UTF-8 bytes; more than 5 unique links refused.
describe('countFor threads', () => {
  const cases: Array<[string, string, number]> = [
    ['ASCII', 'hello', 5],
    ['emoji is 4 bytes', '😀', 4],
    ['heart with variation selector is 3 + 3', '❤️', 6],
    ['flag is two regional indicators, 8 bytes', '🇯🇵', 8],
    ['skin-toned emoji is 8 bytes', '👍🏽', 8],
    ['ZWJ family is 4 × 4 + 3 × 3 bytes', '👨‍👩‍👧‍👦', 25],
    ['keycap is 1 + 3 + 3 bytes', '1️⃣', 7],
    ['CJK is one character each', '日本語', 3],
    ['a link counts as its characters', 'see https://example.com', 23],
  ];
  for (const [name, text, used] of cases) {
    it(name, () => {
      expect(countFor('threads', text)).toEqual({ used, limit: 500, remaining: 500 - used, errors: [] });
    });
  }

  it('an emoji that crosses 500 overflows where it starts', () => {
    expect(countFor('threads', `${'a'.repeat(496)}😀`).overflowAt).toBeUndefined();
    expect(countFor('threads', `${'a'.repeat(497)}😀`)).toEqual({
      used: 501,
      limit: 500,
      remaining: -1,
      overflowAt: 497,
      errors: ['Threads allows 500 characters (emoji count their UTF-8 bytes); this text has 501.'],
    });
  });

  it('refuses more than 5 unique links, counting repeats once and bare domains too', () => {
    const five = 'a.com b.com https://c.com/x www.facebook.com https://e.org';
    expect(countFor('threads', five).errors).toEqual([]);
    expect(countFor('threads', `${five} https://c.com/x`).errors).toEqual([]);
    expect(countFor('threads', `${five} f.net`).errors).toEqual([
      'Threads refuses posts with more than 5 links; this text has 6.',
    ]);
  });
});
