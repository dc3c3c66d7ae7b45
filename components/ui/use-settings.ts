import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useState } from 'react';
import { getDb } from '@/lib/db';
import { createLogger } from '@/lib/kit/log';
import { sendMessage } from '@/lib/send-message';
import { readSettings, type Settings, type SettingsChange } from '@/lib/settings';

/*
 * The one settings hook of every page. Pages read the settings live from the store and never write
 * Dexie: a change goes to the background, the store's only writer.
 */

const log = createLogger('settings');

/**
 * The settings, live. Without an argument: undefined while loading (a form waits for the real
 * values); with one: that value while loading (a feed renders at once with the defaults).
 */
export function useSettings(): Settings | undefined;
export function useSettings(whileLoading: Settings): Settings;
export function useSettings(whileLoading?: Settings): Settings | undefined {
  return useLiveQuery(() => readSettings(getDb()), [], whileLoading);
}

/** A change made in passing (a view toggle): a refusal is logged, the live value stays the truth. */
export async function updateSettings(change: SettingsChange): Promise<void> {
  const reply = await sendMessage('updateSettings', change);
  if (!reply?.ok) log.error('settings not saved', reply);
}

/**
 * Saves a settings change from a form: says when it is busy and what went wrong, never failing
 * silently.
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
