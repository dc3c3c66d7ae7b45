import { useState } from 'react';
import { browser } from 'wxt/browser';
import { NOT_HTTPS } from '@/lib/compose/server-schema';
import { serverOrigin } from '@/lib/kit/server-url';
import type { AccountForm, NetworkAdapter } from '@/lib/platforms/adapter';
import type { Platform } from '@/lib/platforms/registry';
import { addAccount } from './add-account';
import { button, input, type Busy } from './styles';

/**
 * Asks for access to this one server, from the click (browsers allow the request only then).
 * Mastodon's API also answers extensions through CORS; the permission keeps posting working on
 * servers whose proxies do not.
 */
async function requestServerAccess(server: string): Promise<string | undefined> {
  let origin: string;
  try {
    origin = serverOrigin(server);
  } catch {
    return NOT_HTTPS;
  }
  const granted = await browser.permissions.request({ origins: [`${origin}/*`] });
  return granted ? undefined : `Crossfeed needs your permission to reach ${origin} to post there.`;
}

/** The user's server, then its own sign-in window (OAuth) or a pasted access token. */
export function OAuthForm({
  network,
  form,
  run,
}: {
  network: NetworkAdapter<Platform>;
  form: Extract<AccountForm, { kind: 'oauth' }>;
  run: Busy;
}) {
  const [instance, setInstance] = useState('');
  const [token, setToken] = useState('');
  const add = (accessToken?: string) => {
    // Started before any other await: the permission request must come from the click itself.
    const access = requestServerAccess(instance);
    run(async () => {
      const refused = await access;
      if (refused) return refused;
      const error = await addAccount(network.id, { instance, ...(accessToken ? { accessToken } : {}) });
      setToken('');
      return error;
    });
  };
  return (
    <div className="space-y-2" aria-label={`Add a ${network.label} account`}>
      <input
        className={input}
        placeholder={form.serverHint}
        value={instance}
        onChange={(e) => setInstance(e.target.value)}
      />
      <button type="button" className={button} disabled={!instance} onClick={() => add()}>
        Sign in with {network.label}
      </button>
      <details className="text-sm">
        <summary>Or paste an access token</summary>
        <input
          className={`${input} mt-1`}
          type="password"
          placeholder={form.tokenHint}
          value={token}
          onChange={(e) => setToken(e.target.value)}
        />
        <button
          type="button"
          className={`${button} mt-1`}
          disabled={!instance || !token}
          onClick={() => add(token)}
        >
          Use this token
        </button>
      </details>
    </div>
  );
}
