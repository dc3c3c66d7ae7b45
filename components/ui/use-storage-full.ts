import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { STORAGE_FULL_KEY, type StorageFullState } from '@/lib/capture/storage-full';
import { createLogger } from '@/lib/kit/log';

const log = createLogger('storage');

/** The background's "store is full" state (lib/capture/storage-full.ts), live; undefined while space is fine. */
export function useStorageFull(): StorageFullState | undefined {
  const [state, setState] = useState<StorageFullState | undefined>(undefined);
  useEffect(() => {
    let live = true;
    const area = browser.storage.session;
    const read = () => {
      area
        .get(STORAGE_FULL_KEY)
        .then((stored) => {
          if (live) setState(stored[STORAGE_FULL_KEY] as StorageFullState | undefined);
        })
        .catch((error: unknown) => log.error('could not read the storage state', error));
    };
    read();
    const onChanged = (changes: Record<string, unknown>, areaName: string) => {
      if (areaName === 'session' && STORAGE_FULL_KEY in changes) read();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, []);
  return state;
}
