import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { CAPTURE_SERVERS_KEY, readCaptureServers, type CaptureServer } from '@/lib/capture/servers';

/** The servers capture runs on, live (the background writes the list; undefined while loading). */
export function useCaptureServers(): CaptureServer[] | undefined {
  const [servers, setServers] = useState<CaptureServer[] | undefined>(undefined);
  useEffect(() => {
    let live = true;
    const load = () => {
      readCaptureServers()
        .then((list) => {
          if (live) setServers(list);
        })
        .catch((error: unknown) => console.error('[crossfeed:capture] could not read the servers', error));
    };
    load();
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && CAPTURE_SERVERS_KEY in changes) load();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, []);
  return servers;
}
