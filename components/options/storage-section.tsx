import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { getDb } from '@/lib/db';
import { formatBytes, storageCounts, type StorageUsage } from '@/lib/feed/storage-usage';
import { DeleteEverything } from './delete-everything';
import { HINT } from './styles';

const ROWS: Array<{ key: keyof StorageUsage['tables'] | 'saved'; label: string }> = [
  { key: 'posts', label: 'Posts' },
  { key: 'saved', label: 'Saved posts' },
  { key: 'userState', label: 'Posts with saved state, tags or notes' },
  { key: 'health', label: 'Capture health records' },
  { key: 'ingestLog', label: 'Recent capture batches' },
];

/** Storage used (browser estimate + rows per table, live) and "delete everything". */
export function StorageSection() {
  // Counts are live queries (they follow captures and imports); the byte estimate is not a Dexie
  // read, so it is refreshed whenever the counts change.
  const usage = useLiveQuery(() => storageCounts(getDb()), []);
  const [bytes, setBytes] = useState<{ usage?: number; quota?: number }>();
  useEffect(() => {
    let live = true;
    navigator.storage
      ?.estimate?.()
      .then((estimate) => live && setBytes(estimate))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [usage]);

  return (
    <div className="space-y-4">
      <p className="text-sm" data-testid="storage-estimate">
        {bytes?.usage === undefined
          ? 'Storage used: not reported by this browser.'
          : `Storage used: ${formatBytes(bytes.usage)}${bytes.quota ? ` of ${formatBytes(bytes.quota)} available to Crossfeed` : ''}.`}
      </p>
      {usage && (
        <dl aria-label="Stored rows" className="grid max-w-md grid-cols-[1fr_auto] gap-x-4 gap-y-1 text-sm">
          {ROWS.map(({ key, label }) => (
            <div key={key} className="contents">
              <dt className={HINT}>{label}</dt>
              <dd data-testid={`rows-${key}`} className="text-right font-semibold tabular-nums">
                {(key === 'saved' ? usage.saved : usage.tables[key]).toLocaleString()}
              </dd>
            </div>
          ))}
        </dl>
      )}
      <DeleteEverything />
    </div>
  );
}
