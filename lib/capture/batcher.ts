import type { CaptureStats } from '../health';
import type { IngestAck, IngestRequest } from '../messaging';
import type { Platform } from '../post';
import type { CaptureSource } from '../health';

/**
 * Groups captured posts into small batches (~25 posts or 250 ms) and keeps each batch until the
 * background acknowledges it. The MV3 worker can be stopped at any moment; a batch whose answer
 * never came is sent again, with the same id, after a growing pause. The background writes a batch
 * id once, so a retry after a lost ack stores nothing twice.
 */

export interface BatcherOptions {
  platform: Platform;
  source: CaptureSource;
  /** Sends one batch; resolves the ack, or undefined/throws when no ack came. */
  send: (request: IngestRequest) => Promise<IngestAck | undefined>;
  signal: AbortSignal;
  maxPosts?: number;
  maxDelayMs?: number;
  /** Retry pauses grow from the first to the last, then stay at the last. */
  retryDelaysMs?: readonly number[];
  /** A batch that cannot be sent after this many tries is dropped (and counted) so a dead channel cannot grow memory forever. */
  maxAttempts?: number;
  /** Posts waiting beyond this are dropped (oldest first) and counted. */
  maxQueuedPosts?: number;
  onDropped?: (posts: number, reason: string) => void;
  newBatchId?: () => string;
  setTimer?: (callback: () => void, ms: number) => unknown;
}

export interface Batcher {
  add(posts: readonly unknown[], stats: Partial<CaptureStats>): void;
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
}

function hasStats(stats: CaptureStats): boolean {
  return (
    Object.keys(stats.operations).length +
      Object.keys(stats.skipped).length +
      Object.keys(stats.unknownOperations).length >
    0
  );
}

export function createBatcher(options: BatcherOptions): Batcher {
  const maxPosts = options.maxPosts ?? 25;
  const maxDelayMs = options.maxDelayMs ?? 250;
  const retryDelays = options.retryDelaysMs ?? [100, 250, 500, 1000, 2000, 5000];
  const maxAttempts = options.maxAttempts ?? 60;
  const maxQueued = options.maxQueuedPosts ?? 5000;
  const newBatchId = options.newBatchId ?? (() => crypto.randomUUID());
  const setTimer = options.setTimer ?? ((callback: () => void, ms: number) => setTimeout(callback, ms));

  let waitingPosts: unknown[] = [];
  let waitingStats = emptyStats();
  /** Formed batches, oldest first; the head is the one being sent. */
  const outbox: Array<{ request: IngestRequest; attempts: number }> = [];
  let timerArmed = false;
  let sending: Promise<void> | undefined;

  const formBatches = () => {
    while (waitingPosts.length > 0 || hasStats(waitingStats)) {
      const posts = waitingPosts.slice(0, maxPosts);
      waitingPosts = waitingPosts.slice(posts.length);
      outbox.push({
        request: {
          batchId: newBatchId(),
          platform: options.platform,
          source: options.source,
          posts,
          stats: waitingStats,
        },
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
      let ack: IngestAck | undefined;
      try {
        ack = await options.send(head.request);
      } catch {
        ack = undefined;
      }
      if (ack && ack.batchId === head.request.batchId) {
        outbox.shift();
        continue;
      }
      if (head.attempts >= maxAttempts) {
        outbox.shift();
        options.onDropped?.(head.request.posts.length, 'no-ack');
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
    add(posts, stats) {
      if (options.signal.aborted) return;
      waitingPosts.push(...posts);
      mergeStats(waitingStats, stats);
      const queued = waitingPosts.length + outbox.reduce((sum, item) => sum + item.request.posts.length, 0);
      if (queued > maxQueued) {
        const excess = queued - maxQueued;
        waitingPosts = waitingPosts.slice(Math.min(excess, waitingPosts.length));
        options.onDropped?.(excess, 'queue-full');
      }
      if (waitingPosts.length >= maxPosts) void kick();
      else arm();
    },
    async flush() {
      await kick();
      while (sending) await sending;
    },
    pending() {
      return waitingPosts.length + outbox.reduce((sum, item) => sum + item.request.posts.length, 0);
    },
  };
}
