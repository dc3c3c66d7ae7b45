import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@/lib/db';
import { readSyncOptions, readSyncStatus, type SyncOptions, type SyncStatus } from '@/lib/sync/status';

/** Sync's switches and status as the background keeps them (lib/sync/status.ts), live. */
export function useSync(): { options?: SyncOptions; status?: SyncStatus; loaded: boolean } {
  const read = useLiveQuery(async () => {
    const db = getDb();
    const [options, status] = await Promise.all([readSyncOptions(db), readSyncStatus(db)]);
    return { options, status };
  }, []);
  return { options: read?.options, status: read?.status, loaded: read !== undefined };
}
