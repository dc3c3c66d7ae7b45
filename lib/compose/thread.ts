import { newTid } from '../kit/tid';
import type { PartMedia } from './media';
import type { SendStatus } from './status';

/** A link card to attach to a part (sharing a captured post whose card is at hand). */
export interface LinkCardInput {
  url: string;
  title?: string;
  description?: string;
  /** The card image; fetched and uploaded as the thumbnail when it is at most 1 MB. */
  imageUrl?: string;
}

/** Where a part landed: enough to link to it and to reply to it. */
export interface PostedRef {
  /** Bluesky: the record's at:// URI; Mastodon: the status id. */
  id: string;
  /** The web page of the post. */
  url: string;
  /** Bluesky: the record's CID (a reply needs it). */
  cid?: string;
}

/**
 * One part of a thread as the caller keeps it between attempts. `key` is chosen once when the
 * thread is prepared and stored with the draft: it is the Bluesky record key and the Mastodon
 * Idempotency-Key, so resending a part after a lost answer finds the first copy instead of
 * making a second. `posted` is filled from a previous attempt's result, so a retry skips it.
 */
export interface ThreadPart {
  text: string;
  key: string;
  posted?: PostedRef;
  card?: LinkCardInput;
  /** Pictures or a video for this part, in order. */
  media?: PartMedia[];
}

export interface PartResult {
  key: string;
  status: SendStatus;
  /** Set when posted (now or before). */
  posted?: PostedRef;
  /** Things the user should know that did not stop the post (a skipped thumbnail). */
  notes: string[];
  /** The network's id of the post its server holds to publish later (a Mastodon scheduled status). */
  scheduledId?: string;
}

/**
 * Keys for a new thread. A TID (the AT Protocol's timestamp id) is a valid record key and a
 * fine Idempotency-Key, so one generator serves both clients.
 */
export function prepareThread(texts: readonly string[], now: number = Date.now()): ThreadPart[] {
  return texts.map((text) => ({ text, key: newTid(now) }));
}

/** Results for the parts a failure stopped before they were tried. */
export function queuedResults(parts: readonly ThreadPart[]): PartResult[] {
  return parts.map((part) => ({ key: part.key, status: { state: 'queued' }, notes: [] }));
}

/**
 * One status for a whole thread on one network, for the per-network line in the UI: failed
 * when a part failed (its reason), posted (or held by its server for later) when every part is
 * (linking the first), else queued.
 */
export function threadStatus(results: readonly PartResult[]): SendStatus {
  const failed = results.find((r) => r.status.state === 'failed');
  if (failed) return failed.status;
  const first = results[0];
  for (const done of ['posted', 'scheduled'] as const) {
    if (first?.status.state === done && results.every((r) => r.status.state === done)) return first.status;
  }
  return { state: 'queued' };
}
