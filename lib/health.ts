import { z } from 'zod';
import type { CaptureSource } from './platforms/adapter';
import { NETWORKS, type Platform } from './platforms/registry';

export { captureSourceSchema } from './post';
export type { CaptureSource };

/**
 * Capture health: per platform and source, what was seen and what became of it. Written by the
 * background in the same transaction as the posts, so the counts and the store never disagree.
 */

const countMap = z.record(z.string().max(100), z.number().int().nonnegative());

/** What one content-script batch reports about the responses or scans behind it. */
export const captureStatsSchema = z.object({
  /** Per operation (network) or page kind (dom): responses/scans read and posts they yielded. */
  operations: z
    .record(
      z.string().max(100),
      z.object({ responses: z.number().int().nonnegative(), posts: z.number().int().nonnegative() }),
    )
    .default({}),
  /** Posts the parser could not read, by reason. */
  skipped: countMap.default({}),
  /** API operations the tap saw but does not read, by name. */
  unknownOperations: countMap.default({}),
  /** Failures of Crossfeed's own capture code (swallowed so the page never sees them), by where. */
  failures: countMap.optional(),
});
export type CaptureStats = z.infer<typeof captureStatsSchema>;

/** The DOM source's periodic whole-page read (see content-capture): the one that tells a markup change. */
export const DOM_CHECK_OPERATION = 'page-check';

export interface OperationHealth {
  responses: number;
  posts: number;
  /** Responses in a row that yielded no post: a known operation that keeps yielding zero means the format changed. */
  zeroStreak: number;
  lastPostsAt?: number;
}

export interface HealthRecord {
  /** `<platform>:<source>` */
  key: string;
  platform: Platform;
  source: CaptureSource;
  operations: Record<string, OperationHealth>;
  /** Posts written to the store (new or updated). */
  postsStored: number;
  /** Of those, posts the store had never seen. */
  postsNew: number;
  skipped: Record<string, number>;
  /** Posts the background refused (failed validation), by reason. */
  rejected: Record<string, number>;
  unknownOperations: Record<string, number>;
  /** Failures of Crossfeed's own capture code, by where (absent in records older than the field). */
  failures?: Record<string, number>;
  lastSuccessAt?: number;
  lastSeenAt?: number;
}

export function healthKey(platform: Platform, source: CaptureSource): string {
  return `${platform}:${source}`;
}

export function emptyHealth(platform: Platform, source: CaptureSource): HealthRecord {
  return {
    key: healthKey(platform, source),
    platform,
    source,
    operations: {},
    postsStored: 0,
    postsNew: 0,
    skipped: {},
    rejected: {},
    unknownOperations: {},
    failures: {},
  };
}

/**
 * The names in health records come from the page (operation names, skip reasons): a forged flood
 * must not grow a record without end (108,000 keys froze the health view once). A name of an odd
 * shape, or a new name once a map holds HEALTH_KEY_CAP names, is counted under OTHER_KEY.
 */
export const HEALTH_KEY_CAP = 64;
export const OTHER_KEY = 'other';
const HEALTH_NAME = /^[A-Za-z0-9][A-Za-z0-9_.:/-]{0,79}$/;

function boundedKey(map: Record<string, unknown>, key: string): string {
  if (!HEALTH_NAME.test(key)) return OTHER_KEY;
  const named = Object.keys(map).length - (OTHER_KEY in map ? 1 : 0);
  if (key in map || named < HEALTH_KEY_CAP) return key;
  return OTHER_KEY;
}

function addCounts(target: Record<string, number>, add: Record<string, number>): Record<string, number> {
  const result = { ...target };
  for (const [name, value] of Object.entries(add)) {
    const key = boundedKey(result, name);
    result[key] = (result[key] ?? 0) + value;
  }
  return result;
}

/** The record after one batch: pure, so the ingest transaction and the tests share it. */
export function applyBatchToHealth(
  record: HealthRecord,
  batch: {
    stats: CaptureStats;
    stored: number;
    created: number;
    rejected: Record<string, number>;
    now: number;
  },
): HealthRecord {
  const operations = { ...record.operations };
  for (const [claimed, seen] of Object.entries(batch.stats.operations)) {
    const name = boundedKey(operations, claimed);
    const before = operations[name] ?? { responses: 0, posts: 0, zeroStreak: 0 };
    operations[name] = {
      responses: before.responses + seen.responses,
      posts: before.posts + seen.posts,
      zeroStreak: seen.posts > 0 ? 0 : before.zeroStreak + seen.responses,
      lastPostsAt: seen.posts > 0 ? batch.now : before.lastPostsAt,
    };
  }
  return {
    ...record,
    operations,
    postsStored: record.postsStored + batch.stored,
    postsNew: record.postsNew + batch.created,
    skipped: addCounts(record.skipped, batch.stats.skipped),
    rejected: addCounts(record.rejected, batch.rejected),
    unknownOperations: addCounts(record.unknownOperations, batch.stats.unknownOperations),
    failures: addCounts(record.failures ?? {}, batch.stats.failures ?? {}),
    lastSuccessAt: batch.stored > 0 ? batch.now : record.lastSuccessAt,
    lastSeenAt: batch.now,
  };
}

export interface HealthWarning {
  platform: Platform;
  kind: 'network-format-changed' | 'markup-changed' | 'posts-rejected';
  message: string;
}

/** Responses in a row with no post before a known operation is suspicious. */
export const ZERO_STREAK_WARNING = 3;
/** How recent the other source's success must be to compare the two. */
const RECENT_MS = 60 * 60 * 1000;

/**
 * Warnings a user and a maintainer should see first in the extension: a known operation that keeps
 * yielding nothing while the page's markup still shows posts (the JSON changed), or the reverse.
 */
export function healthWarnings(records: readonly HealthRecord[], now: number): HealthWarning[] {
  const warnings: HealthWarning[] = [];
  for (const { id: platform, label: name, capture } of NETWORKS) {
    // Operations that yield no posts by design (counted notifications, a stream's other events).
    const mayBeEmpty = new Set<string>(capture.zeroPostOperations ?? []);
    const network = records.find((record) => record.platform === platform && record.source === 'network');
    const dom = records.find((record) => record.platform === platform && record.source === 'dom');
    const recent = (at?: number) => at !== undefined && now - at < RECENT_MS;
    if (network && dom) {
      const stuck = Object.entries(network.operations).filter(
        ([name, op]) => op.zeroStreak >= ZERO_STREAK_WARNING && !mayBeEmpty.has(name),
      );
      const domFinds = recent(dom.operations[DOM_CHECK_OPERATION]?.lastPostsAt);
      if (stuck.length > 0 && domFinds) {
        warnings.push({
          platform,
          kind: 'network-format-changed',
          message: `${name}'s ${stuck.map(([op]) => op).join(', ')} responses yield no posts while the page shows posts: ${name} may have changed its data format. Capture continues from the page.`,
        });
      }
      const domStuck = (dom.operations[DOM_CHECK_OPERATION]?.zeroStreak ?? 0) >= ZERO_STREAK_WARNING;
      const networkFinds = Object.values(network.operations).some((op) => recent(op.lastPostsAt));
      if (domStuck && networkFinds) {
        warnings.push({
          platform,
          kind: 'markup-changed',
          message: `${name}'s page no longer yields posts while its data still does: ${name} may have changed its markup. Capture continues from the network.`,
        });
      }
    }
    for (const record of [network, dom]) {
      const rejected = Object.values(record?.rejected ?? {}).reduce((sum, value) => sum + value, 0);
      if (record && rejected > 0 && rejected >= record.postsStored) {
        warnings.push({
          platform,
          kind: 'posts-rejected',
          message: `${rejected} ${name} posts from the ${record.source} failed validation, as many as were stored.`,
        });
      }
    }
  }
  return warnings;
}
