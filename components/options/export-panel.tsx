import { useState } from 'react';
import { getDb } from '@/lib/db';
import { downloadBlob } from '@/lib/export/download';
import { exportStore, type ExportProgress } from '@/lib/export/export-json';
import { exportFileName } from '@/lib/export/format';
import { describeError } from '@/lib/kit/log';
import { formatBytes } from '@/lib/feed/storage-usage';
import { BUTTON_PRIMARY, ERROR_BOX, HINT, OK_BOX } from './styles';

/** "Export everything": reads the store from this page (reads from pages are fine) and downloads it. */
export function ExportPanel() {
  const [progress, setProgress] = useState<ExportProgress>();
  const [done, setDone] = useState<string>();
  const [error, setError] = useState<string>();

  const run = async () => {
    setDone(undefined);
    setError(undefined);
    setProgress({ done: 0, total: 0 });
    try {
      const now = Date.now();
      const blob = await exportStore(getDb(), { now, onProgress: setProgress });
      downloadBlob(blob, exportFileName(now, 'json'));
      setDone(`Exported to ${exportFileName(now, 'json')} (${formatBytes(blob.size)}).`);
    } catch (caught) {
      setError(`Export failed: ${describeError(caught)}`);
    } finally {
      setProgress(undefined);
    }
  };

  return (
    <div className="space-y-2">
      <h3 className="font-medium">Export</h3>
      <p className={HINT}>
        One JSON file with every captured post and your saved posts, tags and notes, to keep as a backup or to
        move to another browser.
      </p>
      <button
        type="button"
        className={BUTTON_PRIMARY}
        disabled={progress !== undefined}
        onClick={() => void run()}
      >
        {progress ? 'Exporting…' : 'Export everything'}
      </button>
      {progress && progress.total > 0 && (
        <progress
          aria-label="Export progress"
          className="block w-full max-w-md"
          value={progress.done}
          max={progress.total}
        />
      )}
      {error && (
        <p role="alert" className={ERROR_BOX}>
          {error}
        </p>
      )}
      <div role="status">{done && <p className={OK_BOX}>{done}</p>}</div>
    </div>
  );
}
