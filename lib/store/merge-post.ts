import type { Post } from '../post';

/**
 * How a re-captured post updates its stored row:
 * - first seen is kept, last seen moves forward;
 * - a network capture replaces content (text, media, counts: the platform's own data is richest);
 * - a DOM capture never replaces a network-derived row's fields: it only says the post was seen
 *   again (the DOM hides long texts, full media and exact ids the network gave);
 * - a DOM capture over a DOM row updates it, keeping fields the new reading lacks;
 * - counts only move to a newer reading.
 * User state lives in another table and is never touched here.
 */
export function mergePost(existing: Post | undefined, incoming: Post): Post {
  if (!existing) return incoming;
  const capture = {
    ...incoming.capture,
    firstSeenAt: Math.min(existing.capture.firstSeenAt, incoming.capture.firstSeenAt),
    lastSeenAt: Math.max(existing.capture.lastSeenAt, incoming.capture.lastSeenAt),
  };
  if (existing.capture.source === 'network' && incoming.capture.source === 'dom') {
    return {
      ...existing,
      capture: { ...existing.capture, lastSeenAt: capture.lastSeenAt, firstSeenAt: capture.firstSeenAt },
    };
  }
  const base: Post = incoming.capture.source === 'dom' ? fillMissing(incoming, existing) : incoming;
  return { ...base, counts: newerCounts(existing.counts, incoming.counts), capture };
}

function newerCounts(older: Post['counts'], newer: Post['counts']): Post['counts'] {
  if (!older) return newer;
  if (!newer) return older;
  return newer.readAt >= older.readAt ? newer : older;
}

/** A DOM reading over a DOM row: the optional fields the new reading could not see are kept. */
function fillMissing(incoming: Post, existing: Post): Post {
  const merged: Post = { ...existing, ...stripUndefined(incoming) };
  if (incoming.media.length === 0) merged.media = existing.media;
  if (incoming.entities.length === 0) merged.entities = existing.entities;
  if (!incoming.author.avatarUrl && existing.author.avatarUrl) {
    merged.author = { ...incoming.author, avatarUrl: existing.author.avatarUrl };
  }
  return merged;
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as Partial<T>;
}
