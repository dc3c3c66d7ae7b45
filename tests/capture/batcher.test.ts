import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBatcher } from '../../lib/capture/batcher';
import { PART_TARGET_CHARS } from '../../lib/capture/bridge';
import { ingestRequestSchema, type CaptureBatch, type IngestAck } from '../../lib/capture/protocol';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

const ackOf = (request: CaptureBatch): IngestAck => ({
  batchId: request.batchId,
  stored: request.posts.length,
  created: request.posts.length,
  duplicate: false,
  rejected: [],
});

function setup(answers: Array<'ack' | 'lost' | 'throw'>) {
  const sent: CaptureBatch[] = [];
  let ids = 0;
  const controller = new AbortController();
  const send = vi.fn(async (request: CaptureBatch) => {
    sent.push(structuredClone(request));
    const answer = answers.shift() ?? 'ack';
    if (answer === 'throw') throw new Error('Could not establish connection. Receiving end does not exist.');
    return answer === 'ack' ? ackOf(request) : undefined;
  });
  const batcher = createBatcher({
    platform: 'x',
    source: 'network',
    send,
    signal: controller.signal,
    newBatchId: () => `batch-${++ids}`,
  });
  return { sent, batcher, controller };
}

describe('createBatcher', () => {
  it('sends 25 posts per batch at most, at once when full, the rest after 250 ms', async () => {
    const { sent, batcher } = setup([]);
    batcher.add(
      Array.from({ length: 30 }, (_, i) => ({ n: i })),
      { operations: { HomeTimeline: { responses: 1, posts: 30 } } },
    );
    await vi.advanceTimersByTimeAsync(0);
    expect(sent.map((request) => request.posts.length)).toEqual([25, 5]);
    expect(sent[0]!.stats.operations).toEqual({ HomeTimeline: { responses: 1, posts: 30 } });
    expect(sent[1]!.stats.operations).toEqual({});
    batcher.add([{ n: 30 }], {});
    await vi.advanceTimersByTimeAsync(249);
    expect(sent).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(sent.map((request) => request.posts.length)).toEqual([25, 5, 1]);
    expect(batcher.pending()).toBe(0);
  });

  it('sends a batch added with `now` (one network response) without waiting for the batch window', async () => {
    const { sent, batcher } = setup([]);
    batcher.add(
      [],
      { operations: { TweetDetail: { responses: 1, posts: 2 } } },
      [{ json: '[1,2]', count: 2 }],
      {
        now: true,
      },
    );
    expect(sent).toHaveLength(0); // not inside the caller's code: after it returns
    await vi.advanceTimersByTimeAsync(0);
    expect(sent.map((request) => request.postsJson)).toEqual([['[1,2]']]);
    await vi.advanceTimersByTimeAsync(250);
    expect(sent).toHaveLength(1);
    expect(batcher.pending()).toBe(0);
  });

  it('keeps a batch until it is acknowledged, retrying with the same id and growing pauses', async () => {
    const { sent, batcher } = setup(['lost', 'throw', 'lost', 'ack']);
    batcher.add([{ n: 1 }], {});
    await vi.advanceTimersByTimeAsync(250);
    expect(sent).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(100);
    expect(sent).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(249);
    expect(sent).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(sent).toHaveLength(3);
    await vi.advanceTimersByTimeAsync(500);
    expect(sent.map((request) => request.batchId)).toEqual(['batch-1', 'batch-1', 'batch-1', 'batch-1']);
    expect(batcher.pending()).toBe(0);
  });

  it('sends batches in order: a later batch waits for the earlier one', async () => {
    const { sent, batcher } = setup(['lost', 'ack', 'ack']);
    batcher.add([{ n: 1 }], {});
    await vi.advanceTimersByTimeAsync(250);
    batcher.add([{ n: 2 }], {});
    await vi.advanceTimersByTimeAsync(2000);
    expect(sent.map((request) => request.batchId)).toEqual(['batch-1', 'batch-1', 'batch-2']);
  });

  it('forwards JSON chunks whole, filling the batch with loose posts after them', async () => {
    const { sent, batcher } = setup([]);
    batcher.add([], {}, [{ json: '[1,2,3]', count: 20 }]);
    batcher.add([{ n: 1 }, { n: 2 }, { n: 3 }, { n: 4 }, { n: 5 }, { n: 6 }], {});
    await vi.advanceTimersByTimeAsync(0);
    batcher.add([], {}, [{ json: '[4]', count: 30 }]);
    await vi.advanceTimersByTimeAsync(250);
    // A full batch goes at once with what else is waiting; a chunk is never split or merged past the size.
    expect(sent.map((request) => [request.postsJson, request.posts.length])).toEqual([
      [['[1,2,3]'], 5],
      [[], 1],
      [['[4]'], 0],
    ]);
    expect(batcher.pending()).toBe(0);
  });

  it('sends stats without posts (unknown operations are counted, not stored)', async () => {
    const { sent, batcher } = setup([]);
    batcher.add([], { unknownOperations: { Viewer: 1 } });
    batcher.add([], { unknownOperations: { Viewer: 1 } });
    await vi.advanceTimersByTimeAsync(250);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ posts: [], stats: { unknownOperations: { Viewer: 2 } } });
  });

  it('stops sending when its signal aborts (extension reloaded)', async () => {
    const { sent, batcher, controller } = setup(['lost']);
    batcher.add([{ n: 1 }], {});
    await vi.advanceTimersByTimeAsync(250);
    controller.abort();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(sent).toHaveLength(1);
  });
});

describe('createBatcher: never a batch the background would refuse, never a refusal retried', () => {
  function flood(
    answer: (request: CaptureBatch) => Awaited<ReturnType<Parameters<typeof createBatcher>[0]['send']>>,
  ) {
    const sent: CaptureBatch[] = [];
    const dropped: Array<[number, string]> = [];
    const full: boolean[] = [];
    let ids = 0;
    const batcher = createBatcher({
      platform: 'x',
      source: 'network',
      send: vi.fn(async (request: CaptureBatch) => {
        sent.push(structuredClone(request));
        return answer(request);
      }),
      signal: new AbortController().signal,
      newBatchId: () => `batch-${String(++ids).padStart(4, '0')}`,
      onDropped: (posts, reason) => dropped.push([posts, reason]),
      onStorageFull: (isFull) => full.push(isFull),
    });
    return { sent, dropped, full, batcher };
  }

  it('21 one-post chunks make two batches the schema takes (at most 20 chunks each)', async () => {
    const { sent, batcher } = flood(ackOf);
    for (let n = 0; n < 21; n += 1) batcher.add([], {}, [{ json: `[{"n":${n}}]`, count: 1 }]);
    await vi.advanceTimersByTimeAsync(250);
    expect(sent.map((request) => request.postsJson.length)).toEqual([20, 1]);
    for (const request of sent) expect(ingestRequestSchema.safeParse(request).success).toBe(true);
  });

  it('joins JSON chunks only while the batch stays under the size where one message gets dear', async () => {
    const { sent, batcher } = flood(ackOf);
    const chunk = (n: number) => ({
      json: `[{"n":${n},"text":"${'a'.repeat(PART_TARGET_CHARS * 0.4)}"}]`,
      count: 1,
    });
    // Three chunks of 0.4 of the target each: two fit one batch, the third goes in the next.
    for (let n = 0; n < 3; n += 1) batcher.add([], {}, [chunk(n)]);
    await vi.advanceTimersByTimeAsync(250);
    expect(sent.map((request) => request.postsJson.length)).toEqual([2, 1]);
  });

  it('a refused batch is dropped and counted at once, not retried', async () => {
    const { sent, dropped, batcher } = flood(() => ({ refused: 'invalid-payload' }));
    batcher.add([{ n: 1 }], {}, [], { now: true });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(sent).toHaveLength(1);
    expect(dropped).toEqual([[1, 'refused: invalid-payload']]);
    expect(batcher.pending()).toBe(0);
  });

  it('while the store is full, batches wait (none dropped, attempts not used up) and go once space returns', async () => {
    let storeFull = true;
    const { sent, dropped, full, batcher } = flood((request) =>
      storeFull ? { ...ackOf(request), stored: 0, storageFull: true } : ackOf(request),
    );
    batcher.add([{ n: 1 }], {}, [], { now: true });
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(sent.length).toBeGreaterThan(15);
    expect(full).toEqual([true]);
    expect(batcher.pending()).toBe(1);
    storeFull = false;
    await vi.advanceTimersByTimeAsync(30_000);
    expect(batcher.pending()).toBe(0);
    expect(full).toEqual([true, false]);
    expect(dropped).toEqual([]);
  });

  it('caps what waits by the JSON it really carries, not by the post count a page claims', async () => {
    const { dropped, batcher } = flood(() => undefined);
    const big = `[${'"x",'.repeat(999_990)}"x"]`; // ~4 MB claiming a single post
    for (let n = 0; n < 6; n += 1) batcher.add([], {}, [{ json: big, count: 1 }]);
    expect(dropped.some(([, reason]) => reason === 'queue-full')).toBe(true);
    batcher.add([], {}, [{ json: `${big}${' '.repeat(100)}`, count: 1 }]);
    expect(dropped).toContainEqual([1, 'chunk-too-large']);
  });
});
