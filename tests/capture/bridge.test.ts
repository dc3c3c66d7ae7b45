import { describe, expect, it } from 'vitest';
import {
  encodeTapMessage,
  readTapMessage,
  createBridgeEmitter,
  MAX_BRIDGE_CHARS,
  PART_TARGET_CHARS,
} from '../../lib/capture/bridge';
import { samplePost } from '../helpers/sample-post';

describe('tap bridge', () => {
  it('hands posts over as a header the isolated world reads and JSON it forwards unparsed', () => {
    const post = samplePost();
    const repost = samplePost({
      id: 'x:9',
      nativeId: '9',
      repost: { originalId: post.id, by: { handle: 'Bob' } },
    });
    const detail = encodeTapMessage({
      kind: 'posts',
      platform: 'x',
      operation: 'HomeTimeline',
      posts: [post, repost],
      skipped: { promoted: 1 },
      costMs: 1.5,
    });
    expect(readTapMessage(detail)).toEqual({
      kind: 'posts',
      platform: 'x',
      operation: 'HomeTimeline',
      count: 2,
      ids: [post.id, 'x:9', `${post.id}-rp-bob`],
      skipped: { promoted: 1 },
      costMs: 1.5,
      postsJson: JSON.stringify([post, repost]),
    });
  });

  it('reads an unknown-operation notice', () => {
    expect(
      readTapMessage(
        encodeTapMessage({ kind: 'unknown-operation', platform: 'threads', operation: 'Viewer' }),
      ),
    ).toEqual({
      kind: 'unknown-operation',
      platform: 'threads',
      operation: 'Viewer',
    });
  });

  it("reads a notice of the tap's own failure", () => {
    expect(
      readTapMessage(encodeTapMessage({ kind: 'tap-failure', platform: 'x', operation: 'xhr-read' })),
    ).toEqual({ kind: 'tap-failure', platform: 'x', operation: 'xhr-read' });
  });

  it.each([
    ['not a string', { kind: 'posts' }],
    ['no header line', '{"kind":"posts"}'],
    ['a header that is not JSON', '{kind:posts}\n[]'],
    ['an unknown kind', '{"kind":"delete-all","platform":"x","operation":"a"}\n'],
    [
      'an unknown platform',
      '{"kind":"posts","platform":"myspace","operation":"a","count":0,"ids":[],"skipped":{}}\n[]',
    ],
    [
      'posts that are not a JSON array',
      '{"kind":"posts","platform":"x","operation":"a","count":1,"ids":[],"skipped":{}}\n{"id":1}',
    ],
    [
      'a count out of range',
      '{"kind":"posts","platform":"x","operation":"a","count":-1,"ids":[],"skipped":{}}\n[]',
    ],
    [
      'an empty operation name',
      '{"kind":"posts","platform":"x","operation":"","count":0,"ids":[],"skipped":{}}\n[]',
    ],
    [
      'a count that is not an integer',
      '{"kind":"posts","platform":"x","operation":"a","count":1.5,"ids":[],"skipped":{}}\n[]',
    ],
    [
      'ids that are not strings',
      '{"kind":"posts","platform":"x","operation":"a","count":1,"ids":[7],"skipped":{}}\n[]',
    ],
    [
      'an id far too long',
      `{"kind":"posts","platform":"x","operation":"a","count":1,"ids":["${'9'.repeat(201)}"],"skipped":{}}\n[]`,
    ],
    [
      'too many ids',
      `{"kind":"posts","platform":"x","operation":"a","count":1,"ids":[${'"x:1",'.repeat(2000)}"x:1"],"skipped":{}}\n[]`,
    ],
    [
      'skip counts that are not counts',
      '{"kind":"posts","platform":"x","operation":"a","count":0,"ids":[],"skipped":{"promoted":"1"}}\n[]',
    ],
    [
      'skipped as an array',
      '{"kind":"posts","platform":"x","operation":"a","count":0,"ids":[],"skipped":[1]}\n[]',
    ],
    [
      'a negative cost',
      '{"kind":"posts","platform":"x","operation":"a","count":0,"ids":[],"skipped":{},"costMs":-1}\n[]',
    ],
    ['an unknown-operation notice without a name', '{"kind":"unknown-operation","platform":"x"}\n'],
    ['something far too large', `${'{"kind":"posts"}'}\n[${'0,'.repeat(2_100_000)}0]`],
  ])('ignores %s', (_name, detail) => {
    expect(readTapMessage(detail)).toBeUndefined();
  });
});

/** An emitter whose events are collected (a page's document stands in). */
function collectingEmitter(): { emit: ReturnType<typeof createBridgeEmitter>; details: string[] } {
  const details: string[] = [];
  const scope = {
    JSON,
    CustomEvent,
    document: { dispatchEvent: (event: CustomEvent<string>) => details.push(event.detail) },
  } as unknown as typeof globalThis;
  return { emit: createBridgeEmitter(scope), details };
}

describe('createBridgeEmitter: hand-overs kept below the size where messaging gets dear', () => {
  it('sends a response larger than the target in even parts under it, every post once, in order', () => {
    const { emit, details } = collectingEmitter();
    // 100 posts of ~2 K characters, with wide characters: ~210 K in all.
    const posts = Array.from({ length: 100 }, (_, index) => ({
      id: `bluesky:at://did:plc:a/app.bsky.feed.post/${index}`,
      text: `${index} 東京 🎉 ${'word '.repeat(400)}`,
    }));
    emit({
      kind: 'posts',
      platform: 'bluesky',
      operation: 'getTimeline',
      posts,
      skipped: { reply: 2 },
      costMs: 3,
    });
    expect(details.length).toBeGreaterThanOrEqual(4);
    expect(details.every((detail) => detail.length <= PART_TARGET_CHARS)).toBe(true);
    const read = details.map((detail) => readTapMessage(detail));
    const parts = read.map((message) => (message?.kind === 'posts' ? message : undefined));
    expect(parts.every((message) => message !== undefined)).toBe(true);
    const delivered = parts.flatMap((message) => JSON.parse(message!.postsJson) as typeof posts);
    expect(delivered).toEqual(posts);
    expect(parts.map((message) => message!.count).reduce((sum, count) => sum + count, 0)).toBe(100);
    // Only the first part counts the response and carries its skips and the walk's cost.
    expect(parts[0]).toMatchObject({ skipped: { reply: 2 }, costMs: 3 });
    expect(parts[0]!.part).toBeUndefined();
    expect(
      parts
        .slice(1)
        .every(
          (message) =>
            message!.part! > 0 && Object.keys(message!.skipped).length === 0 && message!.costMs === 0,
        ),
    ).toBe(true);
  });

  it('sends a response under the target whole', () => {
    const { emit, details } = collectingEmitter();
    const posts = [samplePost(), samplePost({ id: 'x:2', nativeId: '2' })];
    emit({ kind: 'posts', platform: 'x', operation: 'HomeTimeline', posts, skipped: {} });
    expect(details).toHaveLength(1);
    expect(readTapMessage(details[0])).toMatchObject({ count: 2, ids: posts.map((post) => post.id) });
  });
});

describe('createBridgeEmitter: posts too long for one hand-over', () => {
  it('splits them into parts that each fit; a single post too long alone is counted, not sent', () => {
    const { emit, details } = collectingEmitter();
    const long = (n: number) => ({ id: `x:${n}`, text: 'a'.repeat(900_000) });
    emit({
      kind: 'posts',
      platform: 'x',
      operation: 'HomeTimeline',
      posts: [long(1), long(2), long(3), long(4), long(5), { id: 'x:6', text: 'b'.repeat(MAX_BRIDGE_CHARS) }],
      skipped: { promoted: 1 },
    });
    const read = details.map((detail) => readTapMessage(detail));
    expect(read.every((message) => message !== undefined)).toBe(true);
    const posts = read.flatMap((message) =>
      message?.kind === 'posts' ? (JSON.parse(message.postsJson) as Array<{ id: string }>) : [],
    );
    expect(posts.map((post) => post.id)).toEqual(['x:1', 'x:2', 'x:3', 'x:4', 'x:5']);
    const skipped = read.map((message) => (message?.kind === 'posts' ? message.skipped : {}));
    expect(skipped.filter((s) => s.promoted)).toHaveLength(1);
    expect(skipped.filter((s) => s['post-too-large'] === 1)).toHaveLength(1);
    expect(read.filter((message) => message?.kind === 'posts' && message.part === undefined)).toHaveLength(1);
  });
});
