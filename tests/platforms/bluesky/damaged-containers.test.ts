import { validatePost } from '../../../lib/post';
import { describe, expect, it } from 'vitest';
import { parseBlueskyXrpc } from '../../../lib/platforms/bluesky/parse-xrpc';
import { reasonCounts } from './fixture';
import { uri, view, viewRecord } from './views';

/**
 * A container the parser cannot read must not take the posts inside it along silently: they are
 * read by the shape they still have, or each counted. (Found by the seeded mutation tests.)
 */
const context = { timeline: 'test', now: 1_800_000_000_000, validate: validatePost };
const parse = (json: unknown) => parseBlueskyXrpc(json, context);
const id = (rkey: string) => `bluesky:${uri(rkey)}`;
const rows = (json: unknown) => parse(json).posts.map((post) => [post.nativeId, post.quotedPostId]);

/** A quote of a quote: q1 quotes q2. */
const chain = () => viewRecord('q1', [{ $type: 'app.bsky.embed.record#view', record: viewRecord('q2') }]);

describe('Bluesky parser: posts inside damaged containers', () => {
  it('an embed view without a $type it knows, holding a record, still yields the quotes (the $type counted)', () => {
    for (const type of [undefined, '', 'app.bsky.embed.future#view']) {
      const embed = { ...(type === undefined ? {} : { $type: type }), record: chain() };
      const json = { posts: [view('top', { embed })] };
      expect(rows(json), String(type)).toEqual([
        [uri('q2'), undefined],
        [uri('q1'), id('q2')],
        [uri('top'), id('q1')],
      ]);
      expect(reasonCounts(parse(json)), String(type)).toEqual({ 'unsupported-embed': 1 });
    }
  });

  it('one that also holds `media` is read as a record with media', () => {
    const media = {
      $type: 'app.bsky.embed.images#view',
      images: [{ thumb: 'https://cdn.bsky.app/t.jpg', fullsize: 'https://cdn.bsky.app/f.jpg', alt: '' }],
    };
    const result = parse({
      posts: [view('top', { embed: { $type: '', media, record: { record: chain() } } })],
    });
    const top = result.posts.find((post) => post.nativeId === uri('top'));
    expect(top?.quotedPostId).toBe(id('q1'));
    expect(top?.media).toHaveLength(1);
    expect(result.posts).toHaveLength(3);
    expect(reasonCounts(result)).toEqual({ 'unsupported-embed': 1 });
  });

  it('a quoted record view of an unknown $type that holds a post `value` is read as the quote (counted)', () => {
    const embed = { $type: 'app.bsky.embed.record#view', record: { ...chain(), $type: 'x' } };
    const json = { posts: [view('top', { embed })] };
    expect(rows(json)).toEqual([
      [uri('q2'), undefined],
      [uri('q1'), id('q2')],
      [uri('top'), id('q1')],
    ]);
    expect(reasonCounts(parse(json))).toEqual({ 'unsupported-embed': 1 });
  });

  it('a thread node whose post cannot be read still leads to its parents and replies', () => {
    const thread = {
      post: view('anchor'),
      parent: { post: 'junk', parent: { post: view('root') } },
      replies: [
        { post: null, replies: [{ post: view('r1') }] },
        { $type: 'app.bsky.feed.defs#somethingElse', replies: [{ post: view('r2') }] },
      ],
    };
    const result = parse({ thread });
    expect(result.posts.map((post) => post.nativeId)).toEqual([
      uri('anchor'),
      uri('r1'),
      uri('r2'),
      uri('root'),
    ]);
    expect(reasonCounts(result)).toEqual({ 'no-post': 2, 'unknown-thread-item': 1 });
  });
});
