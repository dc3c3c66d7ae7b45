import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { detectServerTab, type ServerTab } from './detect-server-tab';
import { turnOnCaptureServer } from './turn-on-server';
import { useCaptureServers } from './use-capture-servers';

/**
 * The popup's offer on a Mastodon web app (any server): "Capture this server". The click asks the
 * browser for that one server, then the page needs a reload for the capture scripts to start.
 */
export function CaptureThisServer() {
  const servers = useCaptureServers();
  const [tab, setTab] = useState<ServerTab>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  useEffect(() => {
    detectServerTab()
      .then(setTab)
      .catch(() => undefined);
  }, []);
  if (!tab || !servers) return null;
  const host = new URL(tab.origin).host;
  const on = servers.some((server) => server.origin === tab.origin);
  return (
    <section
      aria-label="Capture this server"
      className="space-y-1 border-b border-neutral-200 p-3 text-sm dark:border-neutral-800"
    >
      {on ? (
        <p>
          Crossfeed captures what you read on {host}.{' '}
          <button
            type="button"
            className="focus-ring rounded px-1 text-sky-700 hover:underline dark:text-sky-400"
            onClick={() => void browser.tabs.reload(tab.tabId)}
          >
            Reload the page
          </button>{' '}
          if it was open before.
        </p>
      ) : (
        <>
          <p>This is a {tab.network.label} server. Crossfeed reads it only if you turn it on.</p>
          <button
            type="button"
            disabled={busy}
            className="focus-ring rounded bg-sky-600 px-2 py-1 text-white hover:bg-sky-700 disabled:opacity-50"
            onClick={() => {
              setBusy(true);
              setError(undefined);
              // Called straight from the click: the permission request needs it.
              turnOnCaptureServer(tab.network.id, tab.origin)
                .then(setError, (failure: unknown) => setError(String(failure)))
                .finally(() => setBusy(false));
            }}
          >
            Capture this server
          </button>
        </>
      )}
      {error && (
        <p role="alert" className="text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
    </section>
  );
}
