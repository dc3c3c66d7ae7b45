import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@/lib/db';
import { DEFAULT_SETTINGS, readSettings, type Settings } from '@/lib/settings';
import { sendMessage } from '@/lib/send-message';

/** The settings, live (defaults until read). Pages never write Dexie: changes go to the background. */
export function useSettings(): Settings {
  return useLiveQuery(() => readSettings(getDb()), [], DEFAULT_SETTINGS);
}

export async function updateSettings(change: Partial<Settings>): Promise<void> {
  const reply = await sendMessage('updateSettings', change);
  if (!reply?.ok) console.error('[crossfeed:feed] settings not saved', reply);
}
