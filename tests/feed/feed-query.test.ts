import { describe, expect, it } from 'vitest';
import { muteTerms, viewQuery, withMuted } from '../../lib/feed/feed-query';
import { parseQuery } from '../../lib/search/query';
import { matchesPost } from '../../lib/search/matcher';
import { samplePost } from '../helpers/sample-post';

describe('view queries and mute words', () => {
  it('runs the view query and the typed text together', () => {
    expect(viewQuery('from:ada', 'engine')).toEqual(parseQuery('from:ada engine'));
  });

  it('mutes words like search words and multi-word entries as phrases', () => {
    expect(muteTerms([' spoiler ', 'world  cup', ''])).toEqual([
      { kind: 'word', text: 'spoiler' },
      { kind: 'phrase', text: 'world cup' },
    ]);
  });

  it('hides a post containing a mute word, case- and accent-insensitively', () => {
    const post = samplePost({ text: 'The Café is open: WORLD cup tonight' });
    expect(matchesPost(withMuted(parseQuery(''), ['cafe']), post)).toBe(false);
    expect(matchesPost(withMuted(parseQuery(''), ['world cup']), post)).toBe(false);
    expect(matchesPost(withMuted(parseQuery('open'), ['football']), post)).toBe(true);
    expect(withMuted(parseQuery('x'), [])).toEqual(parseQuery('x'));
  });
});
