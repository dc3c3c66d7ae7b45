/**
 * The search syntax as the `?` help shows it: one row per form, in the order a user learns them.
 * The semantics live in query.ts (parsing) and matcher.ts (matching); keep this in step with them.
 */
export interface SyntaxHelpRow {
  syntax: string;
  meaning: string;
}

export const SEARCH_SYNTAX_HELP: readonly SyntaxHelpRow[] = [
  {
    syntax: 'crossfeed launch',
    meaning:
      'Posts with every word. Case and accents are ignored (cafe finds Café); a word matches the start of a word, so "cross" finds "crossfeed" but "feed" does not.',
  },
  {
    syntax: '"exact phrase"',
    meaning: 'These whole words in this order. An unclosed quote runs to the end.',
  },
  { syntax: '-word  -"a phrase"', meaning: 'Leave out posts with this word or phrase.' },
  {
    syntax: 'from:alice  from:@alice',
    meaning:
      'Written or reposted by @alice (several from: mean any of them). A Mastodon account with its server: from:alice@mastodon.social.',
  },
  {
    syntax: 'platform:x  platform:threads',
    meaning: 'Only from that network (several mean any of them). Also bluesky, mastodon.',
  },
  {
    syntax: 'has:media  has:photo  has:video  has:link  has:poll',
    meaning: 'Posts with photos or videos, photos, videos or GIFs, a link, a poll.',
  },
  {
    syntax: 'is:saved  is:repost  is:quote  is:reply',
    meaning: 'Saved posts, reposts, quote posts, replies.',
  },
  {
    syntax: 'since:2025-01-31  until:2025-02-28',
    meaning: 'In the feed on or after / on or before that day (your local time, whole day included).',
  },
  {
    syntax: '-from:  -platform:  -has:  -is:',
    meaning: 'Any operator with a leading minus leaves those posts out.',
  },
  {
    syntax: 'Searched',
    meaning:
      'The text, author name and @handle, link card title and description, image alt text, and the tags and note of saved posts.',
  },
];
