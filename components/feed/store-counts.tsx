import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@/lib/db';
import { postCountsByNetwork } from '@/lib/feed/store-reads';

/** Posts stored per network (every network of the registry, empty ones too), live. */
export function StoreCounts() {
  const counts = useLiveQuery(() => postCountsByNetwork(getDb()), []);
  if (!counts) return null;
  return (
    <dl className="grid grid-cols-2 gap-1 text-sm" aria-label="Stored posts per platform">
      {counts.map(({ platform, label, count }) => (
        <div
          key={platform}
          className="flex justify-between rounded bg-neutral-100 px-2 py-1 dark:bg-neutral-800"
        >
          <dt>{label}</dt>
          <dd data-testid={`stored-${platform}`} className="font-semibold tabular-nums">
            {count.toLocaleString()}
          </dd>
        </div>
      ))}
    </dl>
  );
}
