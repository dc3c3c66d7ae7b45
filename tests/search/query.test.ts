import { describe, expect, it } from 'vitest';
import { emptyQuery, isEmptyQuery, isValidDate, parseQuery, type Query } from '../../lib/search/query';

const q = (parts: Partial<Query>): Query => ({ ...emptyQuery(), ...parts });
const word = (text: string) => ({ kind: 'word' as const, text });
const phrase = (text: string) => ({ kind: 'phrase' as const, text });

describe('parseQuery', () => {
  it.each<[string, Query]>([
    ['crossfeed launch', q({ terms: [word('crossfeed'), word('launch')] })],
    ['  Café   NAÏVE ', q({ terms: [word('Café'), word('NAÏVE')] })],
    ['"exact  phrase" word', q({ terms: [phrase('exact phrase'), word('word')] })],
    ['-spam -"buy now"', q({ excluded: [word('spam'), phrase('buy now')] })],
    ['from:alice from:@Bob', q({ from: ['alice', 'Bob'] })],
    ['from:alice from:alice', q({ from: ['alice'] })],
    // A Mastodon account on its server, as stored (user@host).
    ['from:@Gargron@mastodon.social', q({ from: ['Gargron@mastodon.social'] })],
    ['-from:spammer', q({ notFrom: ['spammer'] })],
    ['platform:x platform:Threads', q({ platforms: ['x', 'threads'] })],
    ['platform:bluesky -platform:mastodon', q({ platforms: ['bluesky'], notPlatforms: ['mastodon'] })],
    [
      'has:media has:video has:link has:photo has:poll',
      q({ has: ['media', 'video', 'link', 'photo', 'poll'] }),
    ],
    ['-has:media', q({ notHas: ['media'] })],
    ['is:saved is:repost is:quote is:reply', q({ is: ['saved', 'repost', 'quote', 'reply'] })],
    ['-is:reply -is:repost', q({ notIs: ['reply', 'repost'] })],
    ['since:2025-01-31 until:2025-02-28', q({ since: '2025-01-31', until: '2025-02-28' })],
    [
      'since:2025-01-01 since:2025-03-01 until:2025-05-01 until:2025-04-01',
      q({ since: '2025-03-01', until: '2025-04-01' }),
    ],
    ['FROM:alice Has:Video IS:SAVED', q({ from: ['alice'], has: ['video'], is: ['saved'] })],
  ])('parses %j', (input, expected) => {
    expect(parseQuery(input)).toEqual(expected);
  });

  it.each<[string, Query]>([
    ['', emptyQuery()],
    ['   \n\t ', emptyQuery()],
    ['"unclosed phrase here', q({ terms: [phrase('unclosed phrase here')] })],
    ['a "b c', q({ terms: [word('a'), phrase('b c')] })],
    ['-"unclosed exclusion', q({ excluded: [phrase('unclosed exclusion')] })],
    ['""', emptyQuery()],
    ['" "', emptyQuery()],
    ['-', emptyQuery()],
    ['word -', q({ terms: [word('word')] })],
    ['from:', emptyQuery()],
    ['from:@', emptyQuery()],
    ['is: has: platform: since: until:', emptyQuery()],
    ['foo:bar', q({ terms: [word('foo:bar')] })],
    ['https://example.com/a', q({ terms: [word('https://example.com/a')] })],
    ['-foo:bar', q({ excluded: [word('foo:bar')] })],
    ['platform:facebook', q({ terms: [word('platform:facebook')] })],
    ['has:gif is:liked', q({ terms: [word('has:gif'), word('is:liked')] })],
    ['since:2025-02-30', q({ terms: [word('since:2025-02-30')] })],
    ['since:yesterday until:2025-1-5', q({ terms: [word('since:yesterday'), word('until:2025-1-5')] })],
    ['-since:2025-01-01', q({ excluded: [word('since:2025-01-01')] })],
    ['from:a@b@c', q({ terms: [word('from:a@b@c')] })],
    ['from:a@', q({ terms: [word('from:a@')] })],
    ['--double', q({ excluded: [word('-double')] })],
    ['say"what now"', q({ terms: [word('say"what'), word('now"')] })],
    ['🚀 東京', q({ terms: [word('🚀'), word('東京')] })],
  ])('never fails on odd input %j', (input, expected) => {
    expect(parseQuery(input)).toEqual(expected);
  });

  it('is empty only without any condition', () => {
    expect(isEmptyQuery(parseQuery(' - "" from: '))).toBe(true);
    expect(isEmptyQuery(parseQuery('is:saved'))).toBe(false);
    expect(isEmptyQuery(parseQuery('until:2025-01-01'))).toBe(false);
  });

  it('accepts only real calendar dates', () => {
    expect(['2024-02-29', '2025-12-31', '1999-01-01'].map(isValidDate)).toEqual([true, true, true]);
    expect(['2025-02-29', '2025-13-01', '2025-00-10', '2025-1-01', '20250101'].map(isValidDate)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});
