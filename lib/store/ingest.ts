import type { CrossfeedDB } from '../db';
import { expandRepostRows } from '../capture/posts-wire';
import { applyBatchToHealth, emptyHealth, healthKey } from '../health';
import type { IngestAck, CaptureBatch } from '../capture/protocol';
import { postSchema, type Post } from '../post';
import { network, type Platform } from '../platforms/registry';
import { admitPost } from './admit-post';
import { domRepostId } from '../parse-result';
import { mergePost } from './merge-post';
import { logSearchChanges } from '../search/store/log';
import { scheduleSearchCompaction } from './compact-search';

export interface IngestOptions {
  /** How many of `wanted` admitted posts may be stored now (the sending tab's budget). */
  allow?: (wanted: number) => number;
}

/** How long batch ids are remembered for duplicate detection (a sender retries for far less). */
export const INGEST_LOG_TTL_MS = 24 * 60 * 60 * 1000;

/**
 * Writes one capture batch: every post validated on its own and admitted against the sending
 * page's network (admit-post.ts; a refused one is reported, the others stored), merged with its stored row, and written in ONE transaction together with the
 * capture-health counters and the batch id. Either all of it lands or none of it; a batch that
 * was already written (its ack was lost) is acknowledged again without writing or counting twice.
 */
export async function ingestBatch(
  db: CrossfeedDB,
  request: CaptureBatch,
  senderPlatform: Platform,
  now: number,
  options: IngestOptions = {},
): Promise<IngestAck> {
  const rejected: IngestAck['rejected'] = [];
  const valid: Post[] = [];
  /** Each valid post's place in the batch, for the ack. */
  const places: number[] = [];
  const notes: Record<string, number> = {};
  const sender = network(senderPlatform);
  candidatesOf(request, rejected).forEach((candidate, index) => {
    if (candidate === UNREADABLE) return;
    const result = postSchema.safeParse(candidate);
    if (!result.success) {
      const issue = result.error.issues[0];
      rejected.push({
        index,
        reason: issue ? `${issue.path.join('.') || 'post'}: ${issue.message}` : 'invalid',
      });
      return;
    }
    // The batch's own claim must agree with the page that sent it, and so must each post. A page
    // never writes a row marked as synced from another browser (only lib/sync does).
    const admitted =
      request.platform !== senderPlatform
        ? { refused: 'id-network' }
        : result.data.capture.source === 'sync'
          ? { refused: 'source-sync' }
          : admitPost(result.data, sender, now);
    if ('refused' in admitted) {
      rejected.push({ index, reason: admitted.refused });
      return;
    }
    for (const note of admitted.notes) notes[note] = (notes[note] ?? 0) + 1;
    valid.push(admitted.post);
    places.push(index);
  });
  // Past the sending tab's budget, the rest is refused (counted, never retried).
  const allowed = options.allow ? options.allow(valid.length) : valid.length;
  valid.splice(allowed);
  for (const index of places.splice(allowed)) rejected.push({ index, reason: 'rate-limit' });
  const rejectedByReason: Record<string, number> = { ...notes };
  for (const { reason } of rejected) {
    const key = reason.split(':')[0] ?? reason;
    rejectedByReason[key] = (rejectedByReason[key] ?? 0) + 1;
  }

  const ack = await db.transaction('rw', [db.posts, db.health, db.ingestLog, db.searchLog], async () => {
    if (await db.ingestLog.get(request.batchId)) {
      return { batchId: request.batchId, stored: 0, created: 0, duplicate: true, rejected };
    }
    const existing = await db.posts.bulkGet(valid.map((post) => post.id));
    const merged = valid.map((post, index) => mergePost(existing[index], post));
    if (merged.length > 0) await db.posts.bulkPut(merged);
    const created = existing.filter((row) => row === undefined).length;
    const dropped = await dropDomRepostStandIns(db, valid);
    await logSearchChanges(db, { written: merged, removed: dropped });

    const key = healthKey(senderPlatform, request.source);
    const health = (await db.health.get(key)) ?? emptyHealth(senderPlatform, request.source);
    await db.health.put(
      applyBatchToHealth(health, {
        stats: request.stats,
        stored: merged.length,
        created,
        rejected: rejectedByReason,
        now,
      }),
    );
    await db.ingestLog.put({ batchId: request.batchId, at: now });
    return { batchId: request.batchId, stored: merged.length, created, duplicate: false, rejected };
  });
  // Folding the search log into its base runs once captures pause, never delaying an ack.
  if (!ack.duplicate) scheduleSearchCompaction(db);
  return ack;
}

const UNREADABLE = Symbol('unreadable');
/** More posts than one batch may carry once its JSON chunks are read (the sender sends ~25). */
const MAX_CANDIDATES = 1000;

/**
 * The batch's posts: the objects first, then each JSON chunk's (an unreadable chunk or one that is
 * not an array is one rejection, counted as `postsJson`). Indexes in the ack follow this order.
 */
function candidatesOf(request: CaptureBatch, rejected: IngestAck['rejected']): unknown[] {
  const candidates: unknown[] = [...request.posts];
  for (const json of request.postsJson) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(json);
    } catch {
      parsed = undefined;
    }
    if (!Array.isArray(parsed)) {
      rejected.push({ index: candidates.length, reason: 'postsJson: not a JSON array of posts' });
      candidates.push(UNREADABLE);
      continue;
    }
    candidates.push(...expandRepostRows(parsed));
  }
  if (candidates.length > MAX_CANDIDATES) {
    rejected.push({ index: MAX_CANDIDATES, reason: `posts: more than ${MAX_CANDIDATES} in one batch` });
    candidates.length = MAX_CANDIDATES;
  }
  return candidates;
}

/** A network repost replaces the DOM's stand-in row for the same repost (see domRepostId). Returns the ids deleted. */
async function dropDomRepostStandIns(db: CrossfeedDB, posts: readonly Post[]): Promise<string[]> {
  const twins = posts
    .filter((post) => post.capture.source === 'network' && post.repost)
    .map((post) => domRepostId(post.repost!.originalId, post.repost!.by.handle));
  if (twins.length === 0) return [];
  const rows = await db.posts.bulkGet(twins);
  const stale = rows.filter((row) => row?.capture.source === 'dom').map((row) => row!.id);
  if (stale.length > 0) await db.posts.bulkDelete(stale);
  return stale;
}

/** Forgets batch ids older than the TTL (run now and then by the background). */
export async function pruneIngestLog(db: CrossfeedDB, now: number): Promise<number> {
  return db.ingestLog
    .where('at')
    .below(now - INGEST_LOG_TTL_MS)
    .delete();
}
