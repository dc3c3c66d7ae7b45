import { useState } from 'react';
import { useCaptureServers } from '@/components/capture/use-capture-servers';
import { turnOffCaptureServer, turnOnCaptureServer } from '@/components/capture/turn-on-server';
import { useAccounts } from '@/components/composer/use-accounts';
import type { CaptureServer } from '@/lib/capture/servers';
import { userServerNetworks } from '@/lib/capture/servers';
import type { Network } from '@/lib/platforms/registry';
import { BUTTON, ERROR_BOX, HINT, INPUT } from './styles';

/** "Mastodon": the networks whose capture runs on servers the user adds (the options' section title says it). */
export const USER_SERVER_LABELS = new Intl.ListFormat('en', { type: 'conjunction' }).format(
  userServerNetworks().map((network) => network.label),
);

/**
 * Options → Capture on Mastodon servers: the servers Crossfeed reads, each added by the user (the
 * browser asks for access to that one server) and removable. The server of the account the composer
 * posts with is offered at once.
 */
export function CaptureServersSection() {
  const servers = useCaptureServers();
  const [accounts] = useAccounts();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const run = (work: Promise<string | undefined>) => {
    setBusy(true);
    setError(undefined);
    work.then(setError, (failure: unknown) => setError(String(failure))).finally(() => setBusy(false));
  };
  if (!servers) return null;
  return (
    <div className="space-y-4" aria-busy={busy}>
      {userServerNetworks().map((network) => (
        <NetworkServers
          key={network.id}
          network={network}
          servers={servers.filter((server) => server.network === network.id)}
          accountServer={accounts?.[network.id]?.server}
          busy={busy}
          run={run}
        />
      ))}
      {error && (
        <p role="alert" className={ERROR_BOX}>
          {error}
        </p>
      )}
    </div>
  );
}

function NetworkServers({
  network,
  servers,
  accountServer,
  busy,
  run,
}: {
  network: Network;
  servers: CaptureServer[];
  accountServer?: string;
  busy: boolean;
  run: (work: Promise<string | undefined>) => void;
}) {
  const [typed, setTyped] = useState('');
  const accountOrigin = originOf(accountServer);
  const offer = accountOrigin && !servers.some((server) => server.origin === accountOrigin);
  return (
    <div className="space-y-2" aria-label={`${network.label} servers`} role="group">
      <p className={HINT}>
        {network.label} runs on many servers, so Crossfeed reads one only after you add it here; your browser
        asks you to allow that one server. What you then scroll there joins your feed, new posts included as
        they stream in. Reload a tab of the server that was already open.
      </p>
      {servers.length === 0 ? (
        <p className="text-sm">No {network.label} server yet.</p>
      ) : (
        <ul className="space-y-1" aria-label={`${network.label} servers captured`}>
          {servers.map((server) => (
            <li key={server.origin} className="flex items-center gap-2 text-sm">
              <span className="font-mono">{new URL(server.origin).host}</span>
              <button
                type="button"
                className={BUTTON}
                disabled={busy}
                onClick={() => run(turnOffCaptureServer(server.origin))}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      {offer && (
        <button
          type="button"
          className={BUTTON}
          disabled={busy}
          onClick={() => run(turnOnCaptureServer(network.id, accountOrigin))}
        >
          Capture on {new URL(accountOrigin).host} (your posting account’s server)
        </button>
      )}
      <form
        className="flex flex-wrap items-center gap-2"
        onSubmit={(event) => {
          event.preventDefault();
          // Nothing awaited before: the permission request must come from this submit.
          const added = turnOnCaptureServer(network.id, typed).then((failed) => {
            if (!failed) setTyped('');
            return failed;
          });
          run(added);
        }}
      >
        <label className="text-sm" htmlFor={`capture-server-${network.id}`}>
          Add a server
        </label>
        <input
          id={`capture-server-${network.id}`}
          className={INPUT}
          placeholder="mastodon.social"
          value={typed}
          onChange={(event) => setTyped(event.target.value)}
        />
        <button type="submit" className={BUTTON} disabled={busy || typed.trim() === ''}>
          Add server
        </button>
      </form>
    </div>
  );
}

function originOf(server: string | undefined): string | undefined {
  try {
    return server ? new URL(server).origin : undefined;
  } catch {
    return undefined;
  }
}
