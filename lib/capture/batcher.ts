import type { CaptureStats } from '../health';
import { MAX_CHUNK_CHARS, MAX_CHUNKS_PER_BATCH, type CaptureBatch, type IngestAck } from './protocol';
import type { Platform } from '../post';
import type { CaptureSource } from '../health';
import { PART_TARGET_CHARS } from './bridge';

/**
 * Groups captured posts into small batches (~25 posts or 250 ms; a caller with a natural batch, such
 * as one network response, flushes it at once) and keeps each batch until the background
 * acknowledges it. The MV3 worker can be stopped at any moment; a batch whose answer
 * never came is sent again, with the same id, after a growing pause. The background writes a batch
 * id once, so a retry after a lost ack stores nothing twice.
 *
 * Only a lost answer is retried. A refusal (the background found the batch invalid) would be refused
 * again: it is dropped and counted at once. A full store keeps every batch here (up to the caps) and
 * tries again every `storageFullDelayMs` (10 s: a refused write costs the worker little) until space returns. A batch is never formed bigger than
 * the ingest schema takes (posts, chunks, characters).
 */

/** What one send came to: the ack, a refusal (never retried), or undefined when no answer came. */
export type SendResult = IngestAck | { refused: string } | undefined;

export interface BatcherOptions {
  platform: Platform;
  source: CaptureSource;
  /** Sends one batch; resolves the ack or the refusal, or undefined/throws when no answer came. */
  send: (request: CaptureBatch) => Promise<SendResult>;
  signal: AbortSignal;
  maxPosts?: number;
  maxDelayMs?: number;
  /** Retry pauses grow from the first to the last, then stay at the last. */
  retryDelaysMs?: readonly number[];
  /** A batch that cannot be sent after this many tries is dropped (and counted) so a dead channel cannot grow memory forever. */
  maxAttempts?: number;
  /** Posts waiting beyond this are dropped (oldest first) and counted. */
  maxQueuedPosts?: number;
  /**
   * Characters of posts JSON waiting beyond this are dropped likewise: a chunk's post count is the
   * page's claim, its size is what it really carries.
   */
  maxQueuedChars?: number;
  /**
   * Several JSON chunks join one batch only while it stays this small (one message past ~128 KB
   * costs the page's thread several times more: bridge.ts PART_TARGET_CHARS).
   */
  maxBatchChars?: number;
  /** The pause between tries while the store is full. */
  storageFullDelayMs?: number;
  /** Called when the store says it is full (true) and when a batch lands again (false). */
  onStorageFull?: (full: boolean) => void;
  onDropped?: (posts: number, reason: string) => void;
  newBatchId?: () => string;
  setTimer?: (callback: () => void, ms: number) => unknown;
}

/** Posts still as JSON text (an array), handed on unparsed: the background parses them. */
export interface PostsJson {
  json: string;
  count: number;
}

export interface Batcher {
  /**
   * Queues posts (objects, or JSON chunks that are never split) and the stats behind them. `now`:
   * they are a batch already (one network response): sent without waiting for the batch window.
   */
  add(
    posts: readonly unknown[],
    stats: Partial<CaptureStats>,
    chunks?: readonly PostsJson[],
    options?: { now?: boolean },
  ): void;
  /** Sends what is waiting now; resolves when the queue is empty (or the batcher stopped). */
  flush(): Promise<void>;
  /** Posts and stats not yet acknowledged. */
  pending(): number;
}

function emptyStats(): CaptureStats {
  return { operations: {}, skipped: {}, unknownOperations: {} };
}

function mergeStats(into: CaptureStats, add: Partial<CaptureStats>): void {
  for (const [name, op] of Object.entries(add.operations ?? {})) {
    const before = into.operations[name] ?? { responses: 0, posts: 0 };
    into.operations[name] = { responses: before.responses + op.responses, posts: before.posts + op.posts };
  }
  for (const [reason, count] of Object.entries(add.skipped ?? {}))
    into.skipped[reason] = (into.skipped[reason] ?? 0) + count;
  for (const [name, count] of Object.entries(add.unknownOperations ?? {})) {
    into.unknownOperations[name] = (into.unknownOperations[name] ?? 0) + count;
  }
  for (const [where, count] of Object.entries(add.failures ?? {})) {
    into.failures ??= {};
    into.failures[where] = (into.failures[where] ?? 0) + count;
  }
}

function hasStats(stats: CaptureStats): boolean {
  return (
    Object.keys(stats.operations).length +
      Object.keys(stats.skipped).length +
      Object.keys(stats.unknownOperations).length +
      Object.keys(stats.failures ?? {}).length >
    0
  );
}

export function createBatcher(options: BatcherOptions): Batcher {
  const maxPosts = options.maxPosts ?? 25;
  const maxDelayMs = options.maxDelayMs ?? 250;
  const retryDelays = options.retryDelaysMs ?? [100, 250, 500, 1000, 2000, 5000];
  const maxAttempts = options.maxAttempts ?? 60;
  const maxQueued = options.maxQueuedPosts ?? 5000;
  const maxQueuedChars = options.maxQueuedChars ?? 4 * MAX_CHUNK_CHARS;
  const storageFullDelayMs = options.storageFullDelayMs ?? 10_000;
  const maxBatchChars = Math.min(options.maxBatchChars ?? PART_TARGET_CHARS, MAX_CHUNK_CHARS);
  let storageFull = false;
  const newBatchId = options.newBatchId ?? (() => crypto.randomUUID());
  const setTimer = options.setTimer ?? ((callback: () => void, ms: number) => setTimeout(callback, ms));

  let waitingPosts: unknown[] = [];
  const waitingChunks: PostsJson[] = [];
  let waitingStats = emptyStats();
  /** Formed batches, oldest first; the head is the one being sent. */
  const outbox: Array<{ request: CaptureBatch; count: number; chars: number; attempts: number }> = [];
  const queuedCount = () =>
    waitingPosts.length +
    waitingChunks.reduce((sum, chunk) => sum + chunk.count, 0) +
    outbox.reduce((sum, item) => sum + item.count, 0);
  const queuedChars = () =>
    waitingChunks.reduce((sum, chunk) => sum + chunk.json.length, 0) +
    outbox.reduce((sum, item) => sum + item.chars, 0);
  let timerArmed = false;
  let sending: Promise<void> | undefined;

  const formBatches = () => {
    while (waitingPosts.length > 0 || waitingChunks.length > 0 || hasStats(waitingStats)) {
      // Whole JSON chunks first (at least one), then loose posts up to the batch size.
      const chunks: PostsJson[] = [];
      let count = 0;
      let chars = 0;
      while (
        waitingChunks.length > 0 &&
        (chunks.length === 0 ||
          (count + waitingChunks[0]!.count <= maxPosts &&
            chunks.length < MAX_CHUNKS_PER_BATCH &&
            chars + waitingChunks[0]!.json.length <= maxBatchChars))
      ) {
        const chunk = waitingChunks.shift()!;
        chunks.push(chunk);
        count += chunk.count;
        chars += chunk.json.length;
      }
      const posts = waitingPosts.slice(0, Math.max(0, maxPosts - count));
      waitingPosts = waitingPosts.slice(posts.length);
      count += posts.length;
      outbox.push({
        request: {
          batchId: newBatchId(),
          platform: options.platform,
          source: options.source,
          posts,
          postsJson: chunks.map((chunk) => chunk.json),
          stats: waitingStats,
        },
        count,
        chars,
        attempts: 0,
      });
      waitingStats = emptyStats();
    }
  };

  const sleep = (ms: number) => new Promise<void>((resolve) => setTimer(resolve, ms));

  const drain = async () => {
    while (outbox.length > 0 && !options.signal.aborted) {
      const head = outbox[0]!;
      head.attempts += 1;
      let result: SendResult;
      try {
        result = await options.send(head.request);
      } catch {
        result = undefined;
      }
      if (result && 'refused' in result) {
        // The same batch would be refused again: drop it now, and say why.
        outbox.shift();
        options.onDropped?.(head.count, `refused: ${result.refused}`);
        continue;
      }
      if (result?.storageFull) {
        // Nothing was written; a full store is no failure of this batch: keep it and wait for space.
        head.attempts -= 1;
        if (!storageFull) options.onStorageFull?.(true);
        storageFull = true;
        await sleep(storageFullDelayMs);
        continue;
      }
      if (result && result.batchId === head.request.batchId) {
        outbox.shift();
        if (storageFull) options.onStorageFull?.(false);
        storageFull = false;
        continue;
      }
      if (head.attempts >= maxAttempts) {
        outbox.shift();
        options.onDropped?.(head.count, 'no-ack');
        continue;
      }
      await sleep(retryDelays[Math.min(head.attempts - 1, retryDelays.length - 1)]!);
    }
  };

  const kick = (): Promise<void> => {
    formBatches();
    sending ??= drain().finally(() => {
      sending = undefined;
      if (outbox.length > 0 && !options.signal.aborted) void kick();
    });
    return sending;
  };

  const arm = () => {
    if (timerArmed) return;
    timerArmed = true;
    setTimer(() => {
      timerArmed = false;
      void kick();
    }, maxDelayMs);
  };

  return {
    add(posts, stats, chunks = [], { now = false } = {}) {
      if (options.signal.aborted) return;
      waitingPosts.push(...posts);
      for (const chunk of chunks) {
        if (chunk.count === 0) continue;
        // The schema would refuse it: never queued (the tap splits big responses well below this).
        if (chunk.json.length > MAX_CHUNK_CHARS) options.onDropped?.(chunk.count, 'chunk-too-large');
        else waitingChunks.push(chunk);
      }
      mergeStats(waitingStats, stats);
      let excessChars = queuedChars() - maxQueuedChars;
      if (excessChars > 0) {
        let dropped = 0;
        while (excessChars > 0 && waitingChunks.length > 0) {
          const chunk = waitingChunks.shift()!;
          excessChars -= chunk.json.length;
          dropped += chunk.count;
        }
        options.onDropped?.(dropped, 'queue-full');
      }
      let excess = queuedCount() - maxQueued;
      if (excess > 0) {
        // A channel that stays down must not grow memory forever: the oldest waiting posts go first.
        let dropped = 0;
        while (excess > 0 && waitingChunks.length > 0) {
          const chunk = waitingChunks.shift()!;
          excess -= chunk.count;
          dropped += chunk.count;
        }
        const loose = Math.min(Math.max(excess, 0), waitingPosts.length);
        waitingPosts = waitingPosts.slice(loose);
        options.onDropped?.(dropped + loose, 'queue-full');
      }
      const waiting = waitingPosts.length + waitingChunks.reduce((sum, chunk) => sum + chunk.count, 0);
      // A full batch, or one sent now, goes out once the caller's code has returned (the tap
      // delivers inside the page's parse).
      if (now || waiting >= maxPosts) queueMicrotask(() => void kick());
      else arm();
    },
    async flush() {
      await kick();
      while (sending) await sending;
    },
    pending() {
      return queuedCount();
    },
  };
}
