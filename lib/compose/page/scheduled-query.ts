import type { CrossfeedDB } from '../../db';
import type { CrosspostRow } from '../records';

const waiting = (row: CrosspostRow) =>
  row.targets.some((t) => t.status.state === 'scheduled' || t.status.state === 'missed');

/** Cross-posts that wait for their time (or missed it), soonest first: the queue view. */
export async function scheduledCrossposts(db: CrossfeedDB): Promise<CrosspostRow[]> {
  return (await db.crossposts.where('scheduledAt').above(0).sortBy('scheduledAt')).filter(waiting);
}

/** Cross-posts whose time passed while the browser was closed: the composer asks about these. */
export function missedCrossposts(rows: readonly CrosspostRow[]): CrosspostRow[] {
  return rows.filter((row) => row.targets.some((t) => t.status.state === 'missed'));
}
