import { describe, expect, it } from 'vitest';
import { generatePosts } from '../../lib/dev/generate-posts';
import type { Post } from '../../lib/post';
import type { SearchUserState } from '../../lib/search/haystack';
import { highlightRanges, matchesPost } from '../../lib/search/matcher';
import { parseQuery } from '../../lib/search/query';

const base: Post = {
  ...generatePosts(1, 1)[0]!,
  platform: 'x',
  author: { handle: 'Alice_Dev', name: 'Alice Müller', verified: false },
  text: 'Crossfeed launch day! Un Café à Zürich 東京 🚀 #rust2025 @bob https://example.com/news',
  entities: [],
  media: [],
  sortAt: new Date(2025, 0, 31, 0, 0, 0).getTime(),
};
delete base.linkCard;
delete base.repost;
delete base.reply;
delete base.quotedPostId;
delete base.poll;

const post = (over: Partial<Post> = {}): Post => ({ ...base, ...over });
const matches = (query: string, target: Post = base, state?: SearchUserState) =>
  matchesPost(parseQuery(query), target, state);

describe('matchesPost: words and phrases', () => {
  it.each([
    ['crossfeed launch', true],
    ['CROSSFEED', true],
    ['cross', true],
    ['feed', false],
    ['crossfeed nothere', false],
    ['cafe zurich', true],
    ['CAFÉ', true],
    ['"crossfeed launch"', true],
    ['"Crossfeed   LAUNCH day"', true],
    ['"launch crossfeed"', false],
    ['"crossfeed laun"', false],
    ['"launch day!"', true],
    ['-spam crossfeed', true],
    ['-cafe', false],
    ['-"café à"', false],
    ['-"café zurich"', true],
    ['京', true],
    ['東京', true],
    ['🚀', true],
    ['#rust2025', true],
    ['rust', true],
    ['#launch', false],
    ['@bob', true],
    ['bob', true],
    ['example.com', true],
    ['example.com/news', true],
    ['https://example.com', true],
    ['xample.com', false],
    ['', true],
    ['!', true],
    ['?', false],
  ])('%j → %s', (query, expected) => {
    expect(matches(query)).toBe(expected);
  });

  it('searches the author, link card, alt text; tags and note only of saved posts', () => {
    const rich = post({
      linkCard: { url: 'https://example.com/x', title: 'Quarterly Report', description: 'Numbers going up' },
      media: [{ kind: 'photo', url: 'https://pbs.twimg.com/media/1.jpg', altText: 'A sleepy Ocelot' }],
    });
    expect(
      ['muller', '@alice_dev', 'alice_dev', 'dev', 'quarterly', 'numbers', 'ocelot'].map((q) =>
        matches(q, rich),
      ),
    ).toEqual(Array(7).fill(true));
    const state: SearchUserState = { tags: ['to-read'], note: 'Ask Carol' };
    expect(matches('carol', base, state)).toBe(false);
    expect(matches('carol', base, { ...state, savedAt: 1 })).toBe(true);
    expect(matches('to-read', base, { ...state, savedAt: 1 })).toBe(true);
  });

  it('never matches a phrase across two fields', () => {
    expect(matches('"muller crossfeed"')).toBe(false);
    expect(matches('"@alice_dev crossfeed"')).toBe(false);
  });
});

describe('matchesPost: operators', () => {
  const repost = post({ repost: { originalId: 'x:9', by: { handle: 'Carol' }, at: base.sortAt } });
  const photo = post({ media: [{ kind: 'photo', url: 'https://pbs.twimg.com/media/1.jpg' }] });
  const gif = post({ media: [{ kind: 'gif', url: 'https://video.twimg.com/1.mp4' }] });
  const linked = post({ entities: [{ kind: 'link', start: 0, end: 5, url: 'https://example.com/' }] });
  const poll = post({ poll: { choices: [{ label: 'Yes' }] } });
  const threads = post({ platform: 'threads', quotedPostId: 'threads:2', reply: { toHandle: 'dan' } });
  const mastodon = post({
    platform: 'mastodon',
    author: { ...base.author, handle: 'Gargron@mastodon.social' },
  });

  it.each<[string, Post, boolean, SearchUserState?]>([
    ['from:alice_dev', base, true],
    ['from:@ALICE_DEV', base, true],
    ['from:alice', base, false],
    ['from:carol', repost, true],
    ['from:alice_dev', repost, true],
    ['from:zed from:alice_dev', base, true],
    ['from:@gargron@MASTODON.social', mastodon, true],
    ['from:gargron', mastodon, false],
    ['-from:carol', repost, false],
    ['-from:carol', base, true],
    ['platform:x', base, true],
    ['platform:threads', base, false],
    ['platform:threads platform:x', base, true],
    ['-platform:x', base, false],
    ['has:media', photo, true],
    ['has:photo', photo, true],
    ['has:video', photo, false],
    ['has:video', gif, true],
    ['has:media', base, false],
    ['-has:media', base, true],
    ['has:link', linked, true],
    ['has:link', post({ linkCard: { url: 'https://example.com/' } }), true],
    ['has:link', base, false],
    ['has:poll', poll, true],
    ['has:poll has:media', poll, false],
    ['is:repost', repost, true],
    ['is:repost', base, false],
    ['is:quote is:reply platform:threads', threads, true],
    ['-is:reply', threads, false],
    ['is:saved', base, false],
    ['is:saved', base, true, { savedAt: 5, tags: [] }],
    ['-is:saved', base, false, { savedAt: 5, tags: [] }],
    ['is:saved', base, false, { tags: ['x'] }],
  ])('%j', (query, target, expected, state) => {
    expect(matches(query, target, state)).toBe(expected);
  });

  it('takes since: and until: as local days, both inclusive, on the feed time', () => {
    const at = (day: number, hour: number, minute = 0, ms = 0) =>
      post({ sortAt: new Date(2025, 0, day, hour, minute, 0, ms).getTime() });
    expect(matches('since:2025-01-31', at(31, 0))).toBe(true);
    expect(matches('since:2025-01-31', at(30, 23, 59))).toBe(false);
    expect(matches('until:2025-01-31', at(31, 23, 59, 999))).toBe(true);
    expect(matches('until:2025-01-31', at(32, 0))).toBe(false);
    expect(matches('since:2025-01-31 until:2025-01-31', at(31, 12))).toBe(true);
    expect(matches('since:2025-02-01 until:2025-01-31', at(31, 12))).toBe(false);
  });
});

describe('highlightRanges', () => {
  const slices = (query: string, text: string) =>
    highlightRanges(parseQuery(query), text).map(([start, end]) => text.slice(start, end));

  it('maps accent- and case-insensitive matches to the original text', () => {
    expect(slices('cafe zurich', 'Un Café à Zürich, café!')).toEqual(['Café', 'Zürich', 'café']);
    expect(slices('cafe', 'Ca\u0301fe\u0301 time')).toEqual(['Ca\u0301fe\u0301']);
    expect(slices('strasse', 'Die Straße')).toEqual(['Straße']);
    expect(slices('final', 'ＦＩＮＡＬ ﬁnal')).toEqual(['ＦＩＮＡＬ', 'ﬁnal']);
  });

  it('gives UTF-16 offsets past emoji and CJK', () => {
    const text = 'I ❤️ 東京 🚀👍🏽 launch';
    expect(highlightRanges(parseQuery('launch 東京 🚀'), text)).toEqual([
      [5, 7],
      [8, 10],
      [text.indexOf('launch'), text.length],
    ]);
    expect(slices('❤️', text)).toEqual(['❤️']);
    expect(slices('👍', text)).toEqual(['👍']);
  });

  it('highlights the matched prefix, whole phrases, merged, never excluded words', () => {
    expect(slices('cross', 'Crossfeed crosses')).toEqual(['Cross', 'cross']);
    expect(slices('"launch day" day -crossfeed', 'Crossfeed launch  day, day')).toEqual([
      'launch  day',
      'day',
    ]);
    expect(slices('launch launc', 'launch')).toEqual(['launch']);
    expect(slices('-launch', 'launch')).toEqual([]);
    expect(slices('from:alice', 'alice')).toEqual([]);
  });
});
