import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@/lib/db';
import { readSettings, type Settings } from '@/lib/settings';

/**
 * The settings, live, and undefined until first read: the deck waits for its stored columns
 * rather than drawing the starter set and then replacing it.
 */
export function useDeckSettings(): Settings | undefined {
  return useLiveQuery(() => readSettings(getDb()), []);
}
