import type { CrossfeedDB } from '../../db';
import { network as networkOf, type Platform } from '../../platforms/registry';
import type { FetchLike } from '../http-answer';
import type { CrosspostRequest, CrosspostRow, CrosspostTarget } from '../records';
import type { Failure, SendStatus } from '../status';
import { prepareThread, threadStatus, type PartResult, type ThreadPart } from '../thread';
import type { ImageCodec } from './media/fit-image';
import { mediaAccess, resolvePicks } from './media/store';
import { intentNotes } from './intent-notes';
import { publisherOf } from './publishers';
import {
  failedStatus,
  interruptedFailure,
  noAccountFailure,
  recentCrossposts,
  readTarget,
  updateTarget,
} from './targets';

/** The outside world of a run; the browser's in the worker, fakes in tests. */
export interface RunDeps {
  fetch?: FetchLike;
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  /** Opens an intent page in a new tab; resolves its tab id. */
  openTab: (url: string, active: boolean) => Promise<number | undefined>;
  /** Automatic retries of a failure that may pass by itself (5xx, lost answer). */
  autoRetries: number;
  newId: () => string;
  /** Decodes and re-encodes pictures (the browser's: worker/media/codec.ts). */
  codec: ImageCodec;
}

// Only these pass by themselves; a rate limit waits minutes and a refusal never passes.
const AUTO_RETRY = new Set(['server-error', 'network']);

/** Whether "send for me" is on (read when intent tabs open, for the words of their notes). */
export type SendForMe = () => Promise<boolean>;

/**
 * Runs cross-posts in the background, so closing the popup never stops one. Each network runs on
 * its own (one failing never blocks another) and writes its status to the store as it goes; the
 * pages show it live. A retry resends the same parts with the same keys, so nothing posts twice.
 * A scheduled cross-post is made here with its targets `scheduled`; scheduler.ts runs them later.
 */
export class CrosspostRunner {
  /** `crosspostId:network` of the runs in this worker; any other `sending` row was interrupted. */
  private readonly running = new Set<string>();

  constructor(
    private readonly db: CrossfeedDB,
    private readonly deps: RunDeps,
    private readonly sendForMe: SendForMe = async () => false,
  ) {}

  /** Makes the cross-post's row; runs it now unless it is `scheduleAt` (then scheduler.ts arranges it). */
  async start(request: CrosspostRequest): Promise<{ row: CrosspostRow; done: Promise<void> }> {
    const now = this.deps.now();
    const scheduledAt =
      request.scheduleAt !== undefined && request.scheduleAt > now ? request.scheduleAt : undefined;
    const targets: CrosspostTarget[] = [];
    for (const { network, via, texts, media } of request.targets) {
      const files = await resolvePicks(this.db, request.draftId, media);
      const parts = prepareThread(texts, now).map((part, i): ThreadPart => {
        const partMedia = files[i];
        return partMedia?.length ? { ...part, media: partMedia } : part;
      });
      if (request.card && parts[0]) parts[0].card = request.card;
      // The page decided how to reach each network; a way this network does not have fails in words.
      const unreachable = cannotReach(network, via);
      const status: SendStatus = unreachable
        ? failedStatus(unreachable)
        : scheduledAt !== undefined
          ? { state: 'scheduled', at: scheduledAt }
          : { state: 'queued' };
      const results: PartResult[] = parts.map((p) => ({ key: p.key, status, notes: [] }));
      targets.push({ network, via, parts, results, status, attempts: 0, updatedAt: now });
    }
    const row: CrosspostRow = {
      id: this.deps.newId(),
      draftId: request.draftId,
      text: request.text,
      createdAt: now,
      updatedAt: now,
      targets,
      options: request.options ?? {},
      ...(scheduledAt !== undefined ? { scheduledAt } : {}),
    };
    await this.db.transaction('rw', this.db.crossposts, this.db.drafts, async () => {
      await this.db.crossposts.add(row);
      // The draft is kept, marked posted: it lives on in the history.
      await this.db.drafts.update(request.draftId, { postedAt: now, crosspostId: row.id });
    });
    if (scheduledAt !== undefined) return { row, done: Promise.resolve() };
    const queued = targets.filter((t) => t.status.state === 'queued').map((t) => t.network);
    return { row, done: this.runTargets(row.id, queued) };
  }

  /**
   * Runs these networks of a cross-post now: API networks side by side, intent tabs one after
   * another in the networks' order, the first of them brought to the front.
   */
  async runTargets(
    crosspostId: string,
    networks: readonly Platform[],
    serverScheduleAt?: number,
  ): Promise<void> {
    const row = await this.db.crossposts.get(crosspostId);
    const targets = row?.targets.filter((t) => networks.includes(t.network)) ?? [];
    let intents = Promise.resolve();
    let first = true;
    const runs = targets.map((t) => {
      if (t.via === 'api') return this.run(crosspostId, t.network, false, serverScheduleAt);
      const active = first;
      first = false;
      intents = intents.then(() => this.run(crosspostId, t.network, active));
      return intents;
    });
    await Promise.all(runs);
  }

  /** The retry button: resends what did not post, with the keys of the first try. */
  async retry(crosspostId: string, network: Platform): Promise<{ status: SendStatus; done: Promise<void> }> {
    const target = await readTarget(this.db, crosspostId, network);
    if (!target) throw new Error('no such cross-post');
    if (this.running.has(`${crosspostId}:${network}`))
      return { status: target.status, done: Promise.resolve() };
    // Shown at once, before the reply: the page never sees the old failure after pressing retry.
    const status: SendStatus = { state: 'sending' };
    await updateTarget(this.db, crosspostId, network, this.deps.now(), (t) => {
      t.status = status;
    });
    return { status, done: this.run(crosspostId, network, true) };
  }

  /** After a worker restart: a target still `sending` was cut off; say so, offer the retry. */
  async recoverInterrupted(): Promise<number> {
    let count = 0;
    for (const row of await recentCrossposts(this.db)) {
      for (const target of row.targets) {
        if (target.status.state !== 'sending' || this.running.has(`${row.id}:${target.network}`)) continue;
        count += 1;
        await updateTarget(this.db, row.id, target.network, this.deps.now(), (t) => {
          t.status = failedStatus(interruptedFailure(t.network));
          t.results = t.results.map((r) => (r.status.state === 'sending' ? { ...r, status: t.status } : r));
        });
      }
    }
    return count;
  }

  private async run(
    crosspostId: string,
    network: Platform,
    activeTab: boolean,
    scheduleAt?: number,
  ): Promise<void> {
    const key = `${crosspostId}:${network}`;
    if (this.running.has(key)) return;
    this.running.add(key);
    try {
      const target = await readTarget(this.db, crosspostId, network);
      if (!target) return;
      if (target.via === 'intent') await this.openIntents(crosspostId, target, activeTab);
      else await this.publish(crosspostId, network, scheduleAt);
    } finally {
      this.running.delete(key);
    }
  }

  private async openIntents(crosspostId: string, target: CrosspostTarget, activeTab: boolean): Promise<void> {
    const network = target.network;
    const intentUrl = networkOf(network).compose.intentUrl;
    if (!intentUrl) return;
    const tabIds: number[] = [];
    const results: PartResult[] = [];
    const sendForMe = await this.sendForMe();
    const notes = intentNotes(network, target.parts, sendForMe);
    for (const [i, part] of target.parts.entries()) {
      const url = intentUrl(part.text);
      const tabId = await this.deps.openTab(url, activeTab && i === 0);
      if (tabId !== undefined) tabIds.push(tabId);
      results.push({ key: part.key, status: { state: 'opened', url }, notes: [] });
    }
    await updateTarget(this.db, crosspostId, network, this.deps.now(), (t) => {
      t.attempts += 1;
      t.tabIds = tabIds;
      t.pressedTabIds = [];
      t.results = results;
      t.status = results[0]?.status ?? { state: 'queued' };
      if (notes.length) t.notes = notes;
      if (notes.length && !(sendForMe && networkOf(network).compose.intentPages?.length))
        t.filesByHand = true;
    });
  }

  private async publish(crosspostId: string, network: Platform, scheduleAt?: number): Promise<void> {
    for (let tries = 0; ; tries += 1) {
      const target = await updateTarget(this.db, crosspostId, network, this.deps.now(), (t) => {
        t.attempts += 1;
        t.status = { state: 'sending' };
        t.results = t.results.map((r) => (r.posted ? r : { ...r, status: { state: 'sending' } }));
      });
      if (!target) return;
      const row = await this.db.crossposts.get(crosspostId);
      const results = await this.send(network, target.parts, row, scheduleAt);
      const status = threadStatus(results);
      const again =
        status.state === 'failed' && AUTO_RETRY.has(status.failure.kind) && tries < this.deps.autoRetries;
      await updateTarget(this.db, crosspostId, network, this.deps.now(), (t) => {
        t.results = results;
        // Between automatic tries the network still reads "sending": the failure is not final yet.
        t.status = again ? { state: 'sending' } : status;
        t.parts = t.parts.map((part, i) => {
          const posted = results[i]?.posted;
          return posted ? { ...part, posted } : part;
        });
        const held = results.find((r) => r.scheduledId)?.scheduledId;
        if (held) t.scheduledId = held;
        const notes = results.flatMap((r) => r.notes);
        if (notes.length) t.notes = notes;
      });
      if (!again) return;
      await this.deps.sleep(1000 * 2 ** tries);
    }
  }

  private async send(
    network: Platform,
    parts: ThreadPart[],
    row: CrosspostRow | undefined,
    scheduleAt: number | undefined,
  ): Promise<PartResult[]> {
    const results = await publisherOf(network)?.publish(parts, {
      fetch: this.deps.fetch,
      now: this.deps.now,
      sleep: this.deps.sleep,
      media: mediaAccess(this.db, this.deps.codec),
      options: row?.options ?? {},
      ...(scheduleAt !== undefined ? { scheduleAt } : {}),
    });
    if (results !== undefined && results !== 'no-account') return results;
    const status = failedStatus(noAccountFailure(network));
    return parts.map((p) => ({ key: p.key, status, notes: [] }));
  }
}

/** Why `network` cannot be reached `via` that way, or undefined when it can (accounts are checked when sending). */
function cannotReach(network: Platform, via: CrosspostTarget['via']): Failure | undefined {
  const { label, compose } = networkOf(network);
  if (via === 'api' && !compose.account) {
    return { kind: 'rejected', message: `Crossfeed cannot post to ${label} directly.`, retryable: false };
  }
  if (via === 'intent' && !compose.intentUrl) {
    return compose.account
      ? noAccountFailure(network)
      : { kind: 'rejected', message: `${label} has no compose page to open.`, retryable: false };
  }
  return undefined;
}
