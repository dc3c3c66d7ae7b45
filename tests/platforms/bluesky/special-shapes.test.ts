import { validatePost } from '../../../lib/post';
import { describe, expect, it } from 'vitest';
import { parseBlueskyXrpc } from '../../../lib/platforms/bluesky/parse-xrpc';
import { reasonCounts } from './fixture';
import { DID, uri, view } from './views';

const NOW = 1_800_000_000_000;
const context = { timeline: 'test', now: NOW, validate: validatePost };
const parse = (json: unknown) => parseBlueskyXrpc(json, context);
const ids = (json: unknown) => parse(json).posts.map((post) => post.nativeId);

describe('Bluesky parser: roots and odd shapes', () => {
  it('a body with no root it reads is one counted skip naming its keys; an XRPC error names itself', () => {
    expect(parse({ actors: [], cursor: 'x' })).toEqual({
      posts: [],
      skipped: [{ reason: 'no-posts-root', detail: 'actors,cursor' }],
    });
    expect(parse({ error: 'InvalidRequest', message: 'Profile not found' })).toEqual({
      posts: [],
      skipped: [{ reason: 'xrpc-error', detail: 'InvalidRequest: Profile not found' }],
    });
    for (const body of [null, 42, 'text', [], [{ feed: [] }]]) {
      expect(reasonCounts(parse(body))).toEqual({ 'no-posts-root': 1 });
    }
  });

  it('reads posts[] (getPosts, searchPosts, getQuotes) and bookmarks[] (getBookmarks)', () => {
    expect(ids({ posts: [view('a'), view('b')], hitsTotal: 2 })).toEqual([uri('a'), uri('b')]);
    const bookmarks = {
      bookmarks: [
        { subject: { uri: uri('c'), cid: 'x' }, createdAt: '2026-01-02T00:00:00Z', item: view('c') },
        {
          subject: { uri: uri('d'), cid: 'x' },
          item: { $type: 'app.bsky.feed.defs#notFoundPost', uri: uri('d'), notFound: true },
        },
        { subject: { uri: uri('e'), cid: 'x' } },
      ],
    };
    const result = parse(bookmarks);
    expect(result.posts.map((post) => post.nativeId)).toEqual([uri('c')]);
    expect(reasonCounts(result)).toEqual({ 'not-found-post': 1, 'no-post': 1 });
  });

  it('getPostThread: a tree of parents and replies, unavailable ones counted, a missing anchor too', () => {
    const thread = {
      thread: {
        $type: 'app.bsky.feed.defs#threadViewPost',
        post: view(
          'anchor',
          {},
          { reply: { root: { uri: uri('root'), cid: 'x' }, parent: { uri: uri('gone'), cid: 'x' } } },
        ),
        parent: { $type: 'app.bsky.feed.defs#notFoundPost', uri: uri('gone'), notFound: true },
        replies: [
          { $type: 'app.bsky.feed.defs#threadViewPost', post: view('r1'), replies: [{ post: view('r2') }] },
          { $type: 'app.bsky.feed.defs#blockedPost', uri: uri('r3'), blocked: true, author: { did: DID } },
          { $type: 'app.bsky.feed.defs#somethingElse' },
        ],
      },
    };
    const result = parse(thread);
    expect(result.posts.map((post) => post.nativeId)).toEqual([uri('anchor'), uri('r1'), uri('r2')]);
    expect(result.posts[0]!.reply).toEqual({
      toPostId: `bluesky:${uri('gone')}`,
      rootPostId: `bluesky:${uri('root')}`,
      parentUnavailable: 'not-found',
    });
    expect(reasonCounts(result)).toEqual({
      'not-found-post': 1,
      'blocked-post': 1,
      'unknown-thread-item': 1,
    });
    expect(
      parse({ thread: { $type: 'app.bsky.feed.defs#notFoundPost', uri: uri('x'), notFound: true } }),
    ).toEqual({
      posts: [],
      skipped: [{ reason: 'not-found-post', detail: uri('x') }],
    });
  });

  it('walks a thread nested far deeper than any call stack without recursion', () => {
    let node: Record<string, unknown> = { post: view('leaf') };
    for (let depth = 0; depth < 50_000; depth += 1) node = { post: view('p'), replies: [node] };
    expect(() => parse({ thread: node })).not.toThrow();
  });

  it('sortAt is the earlier of createdAt and indexedAt (a post claiming a future time sorts when it was indexed)', () => {
    const [future] = parse({
      posts: [view('f', { indexedAt: '2026-01-01T00:00:00Z' }, { createdAt: '2030-01-01T00:00:00Z' })],
    }).posts;
    expect(future!.createdAt).toBe(Date.UTC(2030, 0, 1));
    expect(future!.sortAt).toBe(Date.UTC(2026, 0, 1));
    const [imported] = parse({
      posts: [view('i', { indexedAt: '2026-01-01T00:00:00Z' }, { createdAt: '2020-05-05T10:00:00+02:00' })],
    }).posts;
    expect(imported!.sortAt).toBe(Date.UTC(2020, 4, 5, 8));
  });

  it('reads RFC 3339 times with offsets and microseconds; skips a post whose createdAt is not one', () => {
    const at = (createdAt: unknown) => parse({ posts: [view('t', {}, { createdAt })] });
    expect(at('2025-03-24T18:18:05.069555+00:00').posts[0]!.createdAt).toBe(
      Date.UTC(2025, 2, 24, 18, 18, 5, 69),
    );
    expect(at('2025-03-24T20:18:05-02:00').posts[0]!.createdAt).toBe(Date.UTC(2025, 2, 24, 22, 18, 5));
    for (const bad of [
      '2025-03-24',
      '2025-13-01T00:00:00Z',
      'yesterday',
      1742840285069,
      '1969-12-31T23:59:59Z',
      undefined,
    ]) {
      expect(reasonCounts(at(bad)), String(bad)).toEqual({ 'bad-created-at': 1 });
    }
  });

  it('counts a post view it cannot build, by why', () => {
    const result = parse({
      posts: [
        view('ok'),
        { ...view('x'), uri: 'at://ada.example.com/app.bsky.feed.post/x' },
        { ...view('y'), uri: `at://${DID}/app.bsky.feed.like/y` },
        { ...view('z'), author: { handle: 'ada.example.com' } },
        { ...view('w'), record: 'text' },
        'not an object',
      ],
    });
    expect(result.posts).toHaveLength(1);
    expect(reasonCounts(result)).toEqual({ 'bad-uri': 2, 'no-author': 1, 'no-record': 1, 'no-post': 1 });
  });

  it('a repost without a readable reposter keeps the original; a repost of an unreadable post counts both rows', () => {
    const repost = {
      $type: 'app.bsky.feed.defs#reasonRepost',
      by: { handle: 'no-did.example.com' },
      indexedAt: '2026-01-02T00:00:00Z',
    };
    const kept = parse({ feed: [{ post: view('o'), reason: repost }] });
    expect(kept.posts.map((post) => post.nativeId)).toEqual([uri('o')]);
    expect(reasonCounts(kept)).toEqual({ 'repost-without-reposter': 1 });
    const lost = parse({
      feed: [
        {
          post: { ...view('o'), author: {} },
          reason: { ...repost, by: { did: DID, handle: 'b.example.com' } },
        },
      ],
    });
    expect(reasonCounts(lost)).toEqual({ 'no-author': 1, 'repost-of-skipped-post': 1 });
  });

  it('a post read as a quote and as a full post view is one row, the full reading; a pin survives a later reading', () => {
    const quoted = view('q', { likeCount: 1, bookmarkCount: 9 });
    const quoting = view('a', {
      embed: {
        $type: 'app.bsky.embed.record#view',
        record: {
          $type: 'app.bsky.embed.record#viewRecord',
          uri: quoted.uri,
          cid: 'x',
          author: quoted.author,
          value: quoted.record,
          indexedAt: quoted.indexedAt,
          likeCount: 1,
        },
      },
    });
    const result = parse({
      feed: [
        { post: quoted, reason: { $type: 'app.bsky.feed.defs#reasonPin' } },
        { post: quoting },
        { post: view('b'), reply: { root: quoted, parent: quoted } },
      ],
    });
    expect(result.posts.map((post) => post.nativeId)).toEqual([uri('q'), uri('a'), uri('b')]);
    const row = result.posts[0]!;
    expect(row.counts).toEqual({ likes: 1, bookmarks: 9, readAt: NOW });
    expect(row.pinned).toBe(true);
  });

  it('stops following quotes of quotes past the depth the AppView ever sends', () => {
    let embed: Record<string, unknown> | undefined;
    for (let depth = 0; depth < 8; depth += 1) {
      const inner = view(`q${depth}`);
      embed = {
        $type: 'app.bsky.embed.record#view',
        record: {
          $type: 'app.bsky.embed.record#viewRecord',
          uri: inner.uri,
          author: inner.author,
          value: inner.record,
          indexedAt: inner.indexedAt,
          embeds: embed ? [embed] : [],
        },
      };
    }
    const result = parse({ posts: [view('top', { embed })] });
    expect(result.posts).toHaveLength(5);
    expect(reasonCounts(result)).toEqual({ 'nested-too-deep': 1 });
  });

  it('labels: expired ones no longer apply; values are capped at the schema limits', () => {
    const labels = [
      { src: DID, uri: uri('l'), val: 'gore', cts: '2026-01-01T00:00:00Z', exp: '2026-01-02T00:00:00Z' },
      {
        src: DID,
        uri: uri('l'),
        val: 'graphic-media',
        cts: '2026-01-01T00:00:00Z',
        exp: '2099-01-01T00:00:00Z',
      },
      ...Array.from({ length: 60 }, (_, i) => ({
        src: DID,
        uri: uri('l'),
        val: `custom-${i}`,
        cts: '2026-01-01T00:00:00Z',
      })),
      { src: DID, uri: uri('l'), val: 'x'.repeat(129), cts: '2026-01-01T00:00:00Z' },
    ];
    const [post] = parse({ posts: [view('l', { labels })] }).posts;
    expect(post!.labels![0]).toBe('graphic-media');
    expect(post!.labels).toHaveLength(50);
    expect(post!.sensitive).toBe(true);
  });
});
