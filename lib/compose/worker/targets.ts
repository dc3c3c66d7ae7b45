import type { CrossfeedDB } from '../../db';
import { network as networkOf, type Platform } from '../../platforms/registry';
import type { CrosspostRow, CrosspostTarget } from '../records';
import type { Failure, SendStatus } from '../status';

/*
 * Reading and changing one network's target inside a cross-post row. Every network runs on its
 * own, so each change is a read-modify-write in one transaction: two networks finishing at the
 * same moment never overwrite each other's result.
 */

export async function updateTarget(
  db: CrossfeedDB,
  crosspostId: string,
  network: Platform,
  now: number,
  change: (target: CrosspostTarget, row: CrosspostRow) => void,
): Promise<CrosspostTarget | undefined> {
  return db.transaction('rw', db.crossposts, async () => {
    const row = await db.crossposts.get(crosspostId);
    const target = row?.targets.find((t) => t.network === network);
    if (!row || !target) return undefined;
    change(target, row);
    target.updatedAt = now;
    row.updatedAt = now;
    await db.crossposts.put(row);
    return target;
  });
}

export async function readTarget(
  db: CrossfeedDB,
  crosspostId: string,
  network: Platform,
): Promise<CrosspostTarget | undefined> {
  const row = await db.crossposts.get(crosspostId);
  return row?.targets.find((t) => t.network === network);
}

export function failedStatus(failure: Failure): SendStatus {
  return { state: 'failed', failure };
}

export function noAccountFailure(network: Platform): Failure {
  return {
    kind: 'invalid-credentials',
    message: `No ${networkOf(network).label} account is set up: add one in Options, then retry.`,
    retryable: false,
  };
}

export function interruptedFailure(network: Platform): Failure {
  return {
    kind: 'network',
    message: `Crossfeed was stopped while posting to ${networkOf(network).label}; retry (it will not post twice).`,
    retryable: true,
  };
}

/** The most recent cross-posts, newest first (intent tabs and interrupted runs are looked up here). */
export function recentCrossposts(db: CrossfeedDB, limit = 30): Promise<CrosspostRow[]> {
  return db.crossposts.orderBy('createdAt').reverse().limit(limit).toArray();
}
