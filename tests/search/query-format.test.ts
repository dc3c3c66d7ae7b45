import { describe, expect, it } from 'vitest';
import { formatQuery, describeQuery } from '../../lib/search/query-format';
import { parseQuery } from '../../lib/search/query';
import { SEARCH_SYNTAX_HELP } from '../../lib/search/syntax-help';

describe('formatQuery', () => {
  it.each([
    'crossfeed launch',
    '"exact phrase" -spam -"buy now" from:alice -from:bob platform:x -platform:threads',
    'has:media -has:poll is:saved -is:reply since:2025-01-01 until:2025-01-31',
    'foo:bar since:2025-02-30 "unclosed',
    '',
  ])('writes back what parses to the same query: %j', (input) => {
    const query = parseQuery(input);
    expect(parseQuery(formatQuery(query))).toEqual(query);
  });

  it('writes operators after words, in a fixed order', () => {
    expect(formatQuery(parseQuery('is:saved from:@Alice cafe -"x y"'))).toBe(
      'cafe -"x y" from:Alice is:saved',
    );
  });
});

describe('describeQuery', () => {
  it('says what a query asks for', () => {
    expect(describeQuery(parseQuery(''))).toBe('All posts');
    expect(
      describeQuery(
        parseQuery(
          'crossfeed "open source" -spam from:alice from:bob platform:x has:video is:saved since:2025-01-01',
        ),
      ),
    ).toBe(
      'Posts containing "crossfeed" and "open source", without "spam", from @alice or @bob, on X, with video, saved, since 2025-01-01',
    );
  });
});

describe('SEARCH_SYNTAX_HELP', () => {
  it('documents every operator', () => {
    const syntax = SEARCH_SYNTAX_HELP.map((row) => row.syntax).join(' ');
    for (const operator of ['"', '-', 'from:', 'platform:', 'has:', 'is:', 'since:', 'until:']) {
      expect(syntax).toContain(operator);
    }
  });
});
