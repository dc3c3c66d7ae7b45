import { useLiveQuery } from 'dexie-react-hooks';
import { crosspostHistory } from '@/lib/compose/page/draft-query';
import { getDb } from '@/lib/db';
import { CrosspostStatus } from './crosspost-status';

/** Past cross-posts, newest first, each with what happened on every network. */
export function CrosspostHistory({ limit = 20 }: { limit?: number }) {
  const rows = useLiveQuery(() => crosspostHistory(getDb(), limit), [limit]);
  if (!rows?.length) return null;
  return (
    <section aria-labelledby="crosspost-history" className="mt-4">
      <h2 id="crosspost-history" className="text-sm font-semibold">
        Cross-post history
      </h2>
      <ol className="divide-y divide-neutral-200 dark:divide-neutral-800">
        {rows.map((row) => (
          <li key={row.id} className="py-2">
            <p className="line-clamp-2 text-sm whitespace-pre-wrap">{row.text}</p>
            <p className="text-xs text-neutral-500">{new Date(row.createdAt).toLocaleString()}</p>
            <CrosspostStatus row={row} />
          </li>
        ))}
      </ol>
    </section>
  );
}
