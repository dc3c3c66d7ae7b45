import { useId, useState } from 'react';
import { getDb } from '@/lib/db';
import { importFile, type ImportProgress, type ImportResult } from '@/lib/export/import-file';
import { describeError } from '@/lib/kit/log';
import { sendMessage } from '@/lib/send-message';
import { ImportReport } from './import-report';
import { ERROR_BOX, HINT } from './styles';

const PHASES: Record<ImportProgress['phase'], string> = {
  reading: 'Reading the file',
  checking: 'Checking every row',
  writing: 'Writing',
};

/**
 * The import file picker. The import writes from this page, in one transaction (why: see
 * lib/export/import-write.ts), so a broken file or a failed write changes nothing.
 */
export function ImportPanel() {
  const inputId = useId();
  const [progress, setProgress] = useState<ImportProgress>();
  const [result, setResult] = useState<ImportResult>();

  const run = async (file: File) => {
    setResult(undefined);
    setProgress({ phase: 'reading', done: 0, total: file.size });
    try {
      setResult(await importFile(getDb(), file, setProgress));
      // The import wrote the store from this page: sync learns of it now, not at its next pass.
      void sendMessage('syncNow', {}).catch(() => undefined);
    } catch (caught) {
      setResult({ ok: false, error: `Import failed: ${describeError(caught)}. Nothing was imported.` });
    } finally {
      setProgress(undefined);
    }
  };

  return (
    <div className="space-y-2">
      <h3 className="font-medium">Import</h3>
      <p className={HINT}>
        Adds the posts and your saved posts, tags and notes from a Crossfeed export. Nothing is deleted: posts
        you already have are updated the way a new capture would, and the file&apos;s saved state, tags and
        notes win where it has them.
      </p>
      <label htmlFor={inputId} className="block text-sm font-medium">
        Choose a Crossfeed export (.json)
      </label>
      <input
        id={inputId}
        type="file"
        accept=".json,application/json"
        disabled={progress !== undefined}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void run(file);
        }}
        className="block text-sm file:mr-3 file:rounded file:border file:border-neutral-300 file:bg-white file:px-3 file:py-1.5 file:text-sm dark:file:border-neutral-600 dark:file:bg-neutral-900 dark:file:text-neutral-100"
      />
      {progress && (
        <div className="max-w-md space-y-1 text-sm">
          <p>
            {PHASES[progress.phase]}…
            {progress.phase !== 'reading' &&
              ` ${progress.done.toLocaleString()} of ${progress.total.toLocaleString()} rows`}
          </p>
          <progress
            aria-label={`Import progress: ${PHASES[progress.phase]}`}
            className="block w-full"
            value={progress.done}
            max={Math.max(progress.total, 1)}
          />
        </div>
      )}
      {result && !result.ok && (
        <p role="alert" className={ERROR_BOX} data-testid="import-error">
          {result.error}
        </p>
      )}
      <div role="status">{result?.ok && <ImportReport result={result} />}</div>
    </div>
  );
}
