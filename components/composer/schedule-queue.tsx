import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { cancelScheduled, editScheduled, postScheduledNow } from '@/lib/compose/page/scheduled-actions';
import { missedCrossposts, scheduledCrossposts } from '@/lib/compose/page/scheduled-query';
import type { CrosspostRow } from '@/lib/compose/records';
import { getDb } from '@/lib/db';
import { CrosspostStatus } from './crosspost-status';

const button = 'rounded border border-neutral-300 px-2 text-xs dark:border-neutral-700';

function QueueItem({ row, onError }: { row: CrosspostRow; onError: (error: string | undefined) => void }) {
  const run = (action: (id: string) => Promise<string | undefined>) => () => {
    void action(row.id).then(onError);
  };
  return (
    <li data-testid="scheduled-post" data-crosspost-id={row.id} className="py-2">
      <p className="text-xs font-medium">
        {row.scheduledAt !== undefined && new Date(row.scheduledAt).toLocaleString()}
      </p>
      <p className="line-clamp-2 text-sm whitespace-pre-wrap">{row.text}</p>
      <CrosspostStatus row={row} />
      <div className="flex gap-2">
        <button type="button" className={button} onClick={run(editScheduled)}>
          Edit
        </button>
        <button type="button" className={button} onClick={run(cancelScheduled)}>
          Cancel
        </button>
        <button type="button" className={button} onClick={run(postScheduledNow)}>
          Post now
        </button>
      </div>
    </li>
  );
}

/**
 * Scheduled cross-posts, soonest first, each with edit / cancel / post now. `missedOnly`: just the
 * ones whose time passed while the browser was closed (the question the composer asks on start).
 */
export function ScheduleQueue({ missedOnly = false }: { missedOnly?: boolean }) {
  const rows = useLiveQuery(() => scheduledCrossposts(getDb()), []);
  const [error, setError] = useState<string | undefined>(undefined);
  const shown = missedOnly ? missedCrossposts(rows ?? []) : (rows ?? []);
  if (!shown.length) return null;
  return (
    <section
      aria-label={missedOnly ? 'Missed scheduled posts' : 'Scheduled posts'}
      className={missedOnly ? 'rounded border border-amber-400 p-2' : 'mt-4'}
    >
      <h2 className="text-sm font-semibold">
        {missedOnly ? 'Not posted: the browser was closed at their time. Post them now?' : 'Scheduled'}
      </h2>
      <ol className="divide-y divide-neutral-200 dark:divide-neutral-800">
        {shown.map((row) => (
          <QueueItem key={row.id} row={row} onError={setError} />
        ))}
      </ol>
      {error && (
        <p role="alert" className="text-xs text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
    </section>
  );
}
