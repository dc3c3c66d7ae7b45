import { useLiveQuery } from 'dexie-react-hooks';
import { crosspostById } from '@/lib/compose/page/draft-query';
import { getDb } from '@/lib/db';
import type { CrosspostRow } from '@/lib/compose/records';
import { StatusLine } from './status-line';

/** Every network of one cross-post, live from the store while the background works. */
export function CrosspostStatus({ row }: { row: CrosspostRow }) {
  return (
    <ul data-testid="crosspost-status" data-crosspost-id={row.id}>
      {row.targets.map((target) => (
        <StatusLine key={target.network} crosspostId={row.id} target={target} />
      ))}
    </ul>
  );
}

/** The status of a cross-post by id, as it changes. */
export function LiveCrosspostStatus({ crosspostId }: { crosspostId: string }) {
  const row = useLiveQuery(() => crosspostById(getDb(), crosspostId), [crosspostId]);
  return row ? <CrosspostStatus row={row} /> : null;
}
