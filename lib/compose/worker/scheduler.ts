import type { CrossfeedDB } from '../../db';
import { newTid } from '../../kit/tid';
import { featuresOf } from '../features';
import type { CrosspostRow, CrosspostTarget } from '../records';
import type { Failure } from '../status';
import { publisherOf } from './publishers';
import type { CrosspostRunner, RunDeps } from './run';
import { updateTarget } from './targets';

/*
 * Scheduled cross-posts. A network whose server holds posts for later (Mastodon: scheduled_at,
 * single posts at least five minutes ahead) gets the post at once with its time; the server
 * publishes it even with the browser closed. Every other network waits for a browser alarm
 * (`crosspost:<id>`), which only fires while the browser runs. An alarm that fires late (the
 * browser was closed at the time: Chrome fires missed alarms at the next start) never posts: the
 * targets become `missed` and the composer asks the user.
 */

/** The browser's alarms, as the scheduler uses them (tests pass a controllable one). */
export interface Alarms {
  set(name: string, when: number): Promise<void>;
  clear(name: string): Promise<void>;
}

/** Later than this after its time, a post is missed, not posted. */
export const MISSED_AFTER_MS = 5 * 60_000;
/** A server is asked to hold a post only this much beyond its own minimum lead. */
const SERVER_MARGIN_MS = 60_000;
const ALARM_PREFIX = 'crosspost:';

export const alarmName = (crosspostId: string) => `${ALARM_PREFIX}${crosspostId}`;
export const crosspostOfAlarm = (name: string) =>
  name.startsWith(ALARM_PREFIX) ? name.slice(ALARM_PREFIX.length) : undefined;

const waiting = (t: CrosspostTarget) => t.status.state === 'scheduled' && !t.status.onServer;

/** Can this target's server hold the post until `at` (seen from `now`)? */
function serverCanHold(target: CrosspostTarget, at: number, now: number): boolean {
  const lead = featuresOf(target.network).serverSchedule?.minLeadMs;
  return (
    target.via === 'api' &&
    lead !== undefined &&
    target.parts.length === 1 &&
    at - now >= lead + SERVER_MARGIN_MS &&
    publisherOf(target.network)?.cancelScheduled !== undefined
  );
}

export class Scheduler {
  constructor(
    private readonly db: CrossfeedDB,
    private readonly runner: CrosspostRunner,
    private readonly alarms: Alarms,
    private readonly deps: Pick<RunDeps, 'now' | 'fetch'>,
  ) {}

  /** A new scheduled cross-post: hand single posts to servers that hold them, arm the alarm for the rest. */
  async arrange(row: CrosspostRow): Promise<void> {
    const at = row.scheduledAt;
    if (at === undefined) return;
    const now = this.deps.now();
    const held = row.targets.filter((t) => waiting(t) && serverCanHold(t, at, now)).map((t) => t.network);
    if (row.targets.some((t) => waiting(t) && !held.includes(t.network)))
      await this.alarms.set(alarmName(row.id), at);
    if (held.length) await this.runner.runTargets(row.id, held, at);
  }

  /** The alarm of a cross-post fired: post what waits for it, unless its time is long past. */
  async fire(crosspostId: string): Promise<void> {
    const row = await this.db.crossposts.get(crosspostId);
    const at = row?.scheduledAt;
    if (!row || at === undefined) return;
    const now = this.deps.now();
    // An alarm may come early after a clock change: arm it again for the real time.
    if (now < at) return this.alarms.set(alarmName(row.id), at);
    const due = row.targets.filter(waiting).map((t) => t.network);
    if (now - at > MISSED_AFTER_MS) return this.markMissed(row, due);
    await this.runner.runTargets(row.id, due);
  }

  /** At the worker's start: re-arm future alarms (browsers may drop them), mark what was missed. */
  async recover(): Promise<void> {
    const now = this.deps.now();
    for (const row of await this.db.crossposts.where('scheduledAt').above(0).toArray()) {
      const due = row.targets.filter(waiting).map((t) => t.network);
      if (!due.length || row.scheduledAt === undefined) continue;
      if (now - row.scheduledAt > MISSED_AFTER_MS) await this.markMissed(row, due);
      else await this.alarms.set(alarmName(row.id), row.scheduledAt);
    }
  }

  private async markMissed(
    row: CrosspostRow,
    networks: readonly CrosspostTarget['network'][],
  ): Promise<void> {
    for (const network of networks) {
      await updateTarget(this.db, row.id, network, this.deps.now(), (t) => {
        if (!waiting(t) || t.status.state !== 'scheduled') return;
        t.status = { state: 'missed', at: t.status.at };
        t.results = t.results.map((r) => ({ ...r, status: t.status }));
      });
    }
  }

  /** Takes back everything that waits: the alarm, and each post a server holds. The first failure, if any. */
  private async withdraw(row: CrosspostRow): Promise<Failure | undefined> {
    await this.alarms.clear(alarmName(row.id));
    for (const target of row.targets) {
      if (target.status.state !== 'scheduled' || !target.status.onServer || !target.scheduledId) continue;
      const failure = await publisherOf(target.network)?.cancelScheduled?.(target.scheduledId, this.deps);
      if (failure) return failure;
      await updateTarget(this.db, row.id, target.network, this.deps.now(), (t) => {
        if (t.status.state === 'scheduled') t.status = { state: 'scheduled', at: t.status.at };
        t.results = t.results.map((r) => ({ ...r, status: t.status }));
        delete t.scheduledId;
      });
    }
    return undefined;
  }

  /** Cancel: nothing of it is posted; the cross-post, its draft and its files are deleted. */
  async cancel(crosspostId: string): Promise<Failure | undefined> {
    const row = await this.db.crossposts.get(crosspostId);
    if (!row) return undefined;
    const failure = await this.withdraw(row);
    if (failure) return failure;
    await this.db.transaction('rw', this.db.crossposts, this.db.drafts, this.db.media, async () => {
      await this.db.crossposts.delete(row.id);
      await this.db.drafts.delete(row.draftId);
      await this.db.media.where('draftId').equals(row.draftId).delete();
    });
    return undefined;
  }

  /** Edit: withdrawn and deleted, its draft editable again in the composer (time and files kept). */
  async edit(crosspostId: string): Promise<{ draftId?: string; failure?: Failure }> {
    const row = await this.db.crossposts.get(crosspostId);
    if (!row) return {};
    const failure = await this.withdraw(row);
    if (failure) return { failure };
    const now = this.deps.now();
    await this.db.transaction('rw', this.db.crossposts, this.db.drafts, async () => {
      await this.db.crossposts.delete(row.id);
      await this.db.drafts
        .where('id')
        .equals(row.draftId)
        .modify((draft) => {
          delete draft.postedAt;
          delete draft.crosspostId;
          draft.updatedAt = now;
          if (row.scheduledAt !== undefined) draft.scheduleAt = row.scheduledAt;
        });
    });
    return { draftId: row.draftId };
  }

  /** Post now: whatever waits (in the browser, held by a server, or missed) is posted at once. */
  async postNow(crosspostId: string): Promise<{ started: boolean; done: Promise<void> }> {
    const row = await this.db.crossposts.get(crosspostId);
    if (!row) return { started: false, done: Promise.resolve() };
    const failure = await this.withdraw(row);
    if (failure) return { started: false, done: Promise.resolve() };
    const due = row.targets
      .filter((t) => t.status.state === 'scheduled' || t.status.state === 'missed')
      .map((t) => t.network);
    const now = this.deps.now();
    for (const network of due) {
      await updateTarget(this.db, row.id, network, now, (t) => {
        // A post a server held and gave back needs new keys: Mastodon would answer a known
        // Idempotency-Key with the withdrawn scheduled post instead of posting.
        const wasHeld = row.targets.find((r) => r.network === network)?.status;
        if (wasHeld?.state === 'scheduled' && wasHeld.onServer)
          t.parts = t.parts.map((p) => ({ ...p, key: newTid(now) }));
        t.status = { state: 'queued' };
        t.results = t.parts.map((p) => ({ key: p.key, status: t.status, notes: [] }));
      });
    }
    return { started: due.length > 0, done: this.runner.runTargets(row.id, due) };
  }
}
