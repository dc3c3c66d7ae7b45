import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useState } from 'react';
import { getDb } from '@/lib/db';
import { sendMessage } from '@/lib/send-message';
import type { SettingsChange } from '@/lib/settings';
import { readSettings, type Settings } from '@/lib/settings';

/** The settings, live (undefined while loading). */
export function useSettings(): Settings | undefined {
  return useLiveQuery(() => readSettings(getDb()), []);
}

/**
 * Saves a settings change through the background (the store's writer); says when it is busy and
 * what went wrong, never failing silently.
 */
export function useSaveSettings() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const save = useCallback(async (change: SettingsChange): Promise<boolean> => {
    setBusy(true);
    setError(undefined);
    try {
      const reply = await sendMessage('updateSettings', change);
      if (!reply) setError('The background did not answer. Try again.');
      else if (!reply.ok) setError(reply.error);
      return reply?.ok === true;
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
      return false;
    } finally {
      setBusy(false);
    }
  }, []);
  return { save, busy, error };
}
