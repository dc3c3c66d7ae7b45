import { createLogger } from '@/lib/kit/log';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { getDb } from '@/lib/db';
import { FeedStore, type FeedStatus } from '@/lib/feed/feed-store';

const log = createLogger('feed');

/** The side panel's one FeedStore: started on mount, following the store until unmount. */
export function useFeedStore(): { store: FeedStore; status: FeedStatus; error: unknown } {
  const [store] = useState(() => new FeedStore(getDb()));
  const [error, setError] = useState<unknown>(undefined);
  useEffect(() => {
    store.start().catch((failure: unknown) => {
      log.error('could not load the store', failure);
      setError(failure);
    });
    return () => store.stop();
  }, [store]);
  const status = useSyncExternalStore(store.subscribe, store.getStatus);
  return { store, status, error };
}
