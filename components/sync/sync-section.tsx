import { useState } from 'react';
import { formatBytes } from '@/lib/feed/storage-usage';
import { exactTime } from '@/lib/feed/format-time';
import { sendMessage } from '@/lib/send-message';
import type { SyncOptions, SyncStatus } from '@/lib/sync/status';
import { syncedSettingsInWords } from '@/lib/sync/synced-settings';
import { BUTTON, ERROR_BOX, HINT } from '../options/styles';
import { useSync } from './use-sync';

/**
 * Options → Sync: the switches (per browser), what is synced, and the status the background keeps
 * (last sync, bytes used of the browser's quota, what did not fit, what was ignored, a failure).
 */
export function SyncSection() {
  const { options, status, loaded } = useSync();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  if (!loaded || !options) return null;

  const ask = async (send: () => Promise<{ ok: boolean; error?: string } | undefined>) => {
    setBusy(true);
    setError(undefined);
    try {
      const reply = await send();
      if (!reply) setError('The background did not answer. Try again.');
      else if (!reply.ok) setError(reply.error);
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    } finally {
      setBusy(false);
    }
  };
  const toggle = (change: Partial<SyncOptions>) => void ask(() => sendMessage('setSyncOptions', change));

  return (
    <div className="space-y-3">
      <p className={HINT} data-testid="sync-what">
        Through your browser&apos;s own sync (Chrome Sync, Firefox Sync; no Crossfeed server): your settings (
        {syncedSettingsInWords().join(', ')}) and your saved posts with their tags and notes and a short copy
        of each, so they show in your other browsers. Never synced: account sign-ins and tokens, drafts,
        captured posts you did not save.
      </p>
      <div className="space-y-1">
        <label className="flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            checked={options.settings}
            disabled={busy}
            onChange={(event) => toggle({ settings: event.target.checked })}
          />
          Sync settings
        </label>
        <label className="flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            checked={options.savedPosts}
            disabled={busy}
            onChange={(event) => toggle({ savedPosts: event.target.checked })}
          />
          Sync saved posts
        </label>
        <p className={HINT}>
          For this browser only: turning sync off here leaves what your other browsers synced alone.
        </p>
      </div>
      {status ? <SyncStatusView status={status} /> : <p className={HINT}>Not synced yet.</p>}
      <button
        type="button"
        className={BUTTON}
        disabled={busy || (!options.settings && !options.savedPosts)}
        onClick={() => void ask(() => sendMessage('syncNow', {}))}
      >
        Sync now
      </button>
      {error && (
        <p role="alert" className={ERROR_BOX}>
          {error}
        </p>
      )}
    </div>
  );
}

function SyncStatusView({ status }: { status: SyncStatus }) {
  const n = (value: number) => value.toLocaleString();
  const ignored = Object.entries(status.ignored).filter(([, count]) => (count ?? 0) > 0);
  const notSynced = status.savedNotFitting + status.savedTooLarge;
  return (
    <div className="space-y-1 text-sm" data-testid="sync-status">
      <p>
        Last synced: {status.lastPullAt ? exactTime(status.lastPullAt) : 'never'}
        {status.lastPushAt ? ` (last written ${exactTime(status.lastPushAt)})` : ''}.
      </p>
      <p data-testid="sync-bytes">
        Space used: {formatBytes(status.bytesUsed)} of {formatBytes(status.quotaBytes)} ({n(status.items)}{' '}
        items).
      </p>
      <p>
        {n(status.settingsSynced)} settings and {n(status.savedSynced)} saved posts synced
        {status.tombstones > 0 ? `, ${n(status.tombstones)} recent unsaves` : ''}.
      </p>
      {notSynced > 0 && (
        <p data-testid="sync-not-fitting">
          {n(notSynced)} older saved posts are only in this browser: the sync space is full. Export and import
          carries them.
        </p>
      )}
      {status.settingsNotFitting > 0 && <p>{n(status.settingsNotFitting)} settings are too large to sync.</p>}
      {status.pendingPushAt !== undefined && !status.lastError && (
        <p className={HINT}>
          Waiting to write until {exactTime(status.pendingPushAt)} (the browser limits writes).
        </p>
      )}
      {ignored.length > 0 && (
        <p className={HINT} data-testid="sync-ignored">
          Ignored from other browsers (not valid for this version):{' '}
          {ignored.map(([why, count]) => `${why} ${count}`).join(', ')}.
        </p>
      )}
      {status.lastError && (
        <p role="alert" className={ERROR_BOX}>
          Sync could not write: {status.lastError}. It tries again by itself.
        </p>
      )}
    </div>
  );
}
