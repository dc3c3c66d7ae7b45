import { describe, expect, it } from 'vitest';
import { countFor } from '../../lib/compose/page/count';

// Mastodon's StatusLengthValidator: graphemes of the text with every URL as 23 (the instance's
// characters_reserved_per_url) and every @user@domain as @user.
describe('countFor mastodon', () => {
  const cases: Array<[string, string, number]> = [
    ['ASCII', 'hello', 5],
    ['a URL counts 23 whatever its length', `see https://example.com/${'a'.repeat(80)}`, 4 + 23],
    ['a URL needs its protocol', 'see example.com', 15],
    ['a remote mention counts as @user', 'hi @alice@mastodon.social', 3 + 6],
    ['a local mention counts as written', 'hi @bob', 7],
    ['mention of a subdomain instance', '@carol@social.example.co.uk!', 7],
    ['an e-mail address is not a mention', 'mail me@example.com', 19],
    ['emoji are graphemes', '👨‍👩‍👧‍👦🇯🇵', 2],
  ];
  for (const [name, text, used] of cases) {
    it(name, () => {
      expect(countFor('mastodon', text)).toEqual({ used, limit: 500, remaining: 500 - used, errors: [] });
    });
  }

  it("uses the instance's own limits", () => {
    const limits = { maxCharacters: 1000, charactersReservedPerUrl: 30 };
    expect(countFor('mastodon', 'x https://example.com', limits)).toEqual({
      used: 32,
      limit: 1000,
      remaining: 968,
      errors: [],
    });
  });

  it('marks the overflow in the original text, past shortened URLs and mentions', () => {
    const text = `@alice@mastodon.social https://example.com/${'p'.repeat(50)} ${'a'.repeat(480)}`;
    // @alice (6) + space + URL (23) + space = 31 before the a's; the 470th a is the 501st unit.
    const aStart = text.length - 480;
    expect(countFor('mastodon', text)).toEqual({
      used: 511,
      limit: 500,
      remaining: -11,
      overflowAt: aStart + 469,
      errors: ['This Mastodon server allows 500 characters; this text has 511.'],
    });
  });
});
