import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { getDb } from '@/lib/db';
import { healthWarnings, type HealthRecord } from '@/lib/health';
import { summarizeHealth } from '@/lib/feed/health-summary';
import { healthRecords } from '@/lib/feed/store-reads';
import { exactTime, relativeTime } from '@/lib/feed/format-time';
import { network as networkOf } from '@/lib/platforms/registry';

/** The health records, live. */
export function useHealthRecords(): HealthRecord[] | undefined {
  return useLiveQuery(() => healthRecords(getDb()), []);
}

/** Warnings first and always visible; the details (per source) folded unless opened. */
export function HealthView({ now, startOpen = false }: { now: number; startOpen?: boolean }) {
  const records = useHealthRecords();
  const [open, setOpen] = useState(startOpen);
  if (!records) return null;
  const warnings = healthWarnings(records, now);
  const summary = summarizeHealth(records);
  return (
    <section aria-label="Capture health" className="text-xs">
      {warnings.length > 0 && (
        <ul
          role="alert"
          className="m-2 space-y-1 rounded border border-amber-500 bg-amber-50 p-2 text-amber-950 dark:bg-amber-950 dark:text-amber-100"
        >
          {warnings.map((warning, index) => (
            <li key={index}>⚠ {warning.message}</li>
          ))}
        </ul>
      )}
      <div className="flex items-center gap-2 px-3 py-1 text-neutral-600 dark:text-neutral-400">
        <span>
          Last capture:{' '}
          {summary.lastCaptureAt === undefined ? (
            'none yet'
          ) : (
            <time title={exactTime(summary.lastCaptureAt)}>{relativeTime(summary.lastCaptureAt, now)}</time>
          )}
        </span>
        <button
          type="button"
          aria-expanded={open}
          aria-controls="health-details"
          onClick={() => setOpen(!open)}
          className="focus-ring ml-auto rounded px-1 hover:underline"
        >
          {open ? 'Hide capture health' : 'Capture health'}
        </button>
      </div>
      {open && (
        <div id="health-details" className="space-y-2 px-3 pb-2">
          {summary.sources.length === 0 && <p>Nothing captured yet.</p>}
          {summary.sources.map((source) => (
            <div key={source.key} className="rounded bg-neutral-100 p-2 dark:bg-neutral-900">
              <p className="font-semibold">
                {networkOf(source.platform).label} · {source.source === 'network' ? 'network' : 'page (DOM)'}
              </p>
              <p>
                {source.postsStored.toLocaleString()} stored ({source.postsNew.toLocaleString()} new)
                {source.lastSuccessAt !== undefined && <> · last {relativeTime(source.lastSuccessAt, now)}</>}
              </p>
              <Counted title="Skipped" entries={source.skipped} />
              <Counted title="Refused" entries={source.rejected} />
              <Counted title="Unknown operations" entries={source.unknownOperations} />
              <Counted title="Capture failures" entries={source.failures} />
            </div>
          ))}
        </div>
      )}
    </section>
  );
}

function Counted({ title, entries }: { title: string; entries: Array<[string, number]> }) {
  if (entries.length === 0) return null;
  return (
    <p>
      {title}:{' '}
      {entries.map(([name, count], index) => (
        <span key={name}>
          {index > 0 && ', '}
          <span className="font-mono">{name}</span> {count.toLocaleString()}
        </span>
      ))}
    </p>
  );
}
