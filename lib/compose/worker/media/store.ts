import type { CrossfeedDB } from '../../../db';
import type { PartMedia } from '../../media';
import type { MediaAccess } from '../../publisher';
import type { MediaPick } from '../../records';
import { fitImage, type ImageCodec } from './fit-image';

/** The cross-post's files for a publisher: the bytes from the media table, pictures fitted by the codec. */
export function mediaAccess(db: CrossfeedDB, codec: ImageCodec): MediaAccess {
  return {
    read: async (id) => (await db.media.get(id))?.blob,
    fit: (blob, media, limits) => fitImage(blob, media.mimeType, media, limits, codec),
  };
}

/**
 * The files of each part, as the page chose them (`picks[i]` for part i), described from the
 * background's own rows. A file that is not this draft's is refused: a post carries only what
 * the user attached to it.
 */
export async function resolvePicks(
  db: CrossfeedDB,
  draftId: string,
  picks: readonly MediaPick[][] | undefined,
): Promise<PartMedia[][]> {
  if (!picks?.length) return [];
  const rows = await db.media.bulkGet(picks.flat().map((pick) => pick.id));
  const byId = new Map(rows.filter((row) => row !== undefined).map((row) => [row.id, row]));
  return picks.map((part) =>
    part.map((pick) => {
      const row = byId.get(pick.id);
      if (!row || row.draftId !== draftId)
        throw new Error('a file of this post is no longer kept; attach it again');
      const { blob: _bytes, draftId: _draft, createdAt: _at, ...info } = row;
      return { ...info, alt: pick.alt, ...(pick.focus ? { focus: pick.focus } : {}) };
    }),
  );
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * Deletes files nothing needs any more: of drafts that are gone (or never saved), attached to a
 * draft and then removed (an hour's grace for both: a save may lag behind an attach), or of cross-posts done a day ago
 * (every network posted) or older than 30 days and not waiting for a time.
 */
export async function pruneMedia(db: CrossfeedDB, now: number): Promise<number> {
  const rows = await db.media.toArray();
  const drafts = new Map(
    (await db.drafts.bulkGet([...new Set(rows.map((r) => r.draftId))])).flatMap((d) =>
      d ? [[d.id, d]] : [],
    ),
  );
  const doomed: string[] = [];
  for (const row of rows) {
    const draft = drafts.get(row.draftId);
    // A file may come before its draft's first save: an hour's grace for both cases below.
    if (!draft) {
      if (row.createdAt < now - HOUR) doomed.push(row.id);
      continue;
    }
    if (draft.postedAt === undefined) {
      if (!draft.media.some((m) => m.id === row.id) && row.createdAt < now - HOUR) doomed.push(row.id);
      continue;
    }
    const crosspost = draft.crosspostId ? await db.crossposts.get(draft.crosspostId) : undefined;
    const waiting = crosspost?.targets.some(
      (t) => t.status.state === 'scheduled' || t.status.state === 'missed',
    );
    const done = crosspost?.targets.every((t) => t.status.state === 'posted');
    if (
      !crosspost ||
      (done && crosspost.updatedAt < now - DAY) ||
      (!waiting && crosspost.updatedAt < now - 30 * DAY)
    )
      doomed.push(row.id);
  }
  await db.media.bulkDelete(doomed);
  return doomed.length;
}
