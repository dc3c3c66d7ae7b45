import { useState, type FormEvent } from 'react';
import { browser } from 'wxt/browser';
import { useAccounts } from '@/components/composer/use-accounts';
import type { AccountsView } from '@/lib/compose/accounts-view';
import { normalizeInstanceUrl } from '@/lib/compose/mastodon/api';
import { sendMessage } from '@/lib/messaging-client';

const input =
  'w-full rounded border border-neutral-300 bg-transparent px-2 py-1 text-sm dark:border-neutral-700';
const button = 'rounded bg-sky-600 px-3 py-1 text-sm text-white hover:bg-sky-700 disabled:opacity-50';
const quiet = 'rounded border border-neutral-300 px-2 py-1 text-sm dark:border-neutral-700';

type Busy = (work: () => Promise<string | undefined>) => void;

function BlueskyAccount({ accounts, run }: { accounts: AccountsView; run: Busy }) {
  const [identifier, setIdentifier] = useState('');
  const [appPassword, setAppPassword] = useState('');
  const [service, setService] = useState('https://bsky.social');
  if (accounts.bluesky) {
    return (
      <p className="flex items-center gap-2 text-sm">
        Signed in as <strong>@{accounts.bluesky.handle}</strong>
        <button type="button" className={quiet} onClick={() => run(() => remove('bluesky'))}>
          Remove
        </button>
      </p>
    );
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    run(async () => {
      const reply = await sendMessage('addBlueskyAccount', { identifier, appPassword, service });
      setAppPassword('');
      return reply?.ok ? reply.data.error : (reply?.error ?? 'Crossfeed did not answer.');
    });
  };
  return (
    <form onSubmit={submit} className="space-y-2" aria-label="Add a Bluesky account">
      <input
        className={input}
        placeholder="Handle (you.bsky.social)"
        value={identifier}
        onChange={(e) => setIdentifier(e.target.value)}
      />
      <input
        className={input}
        type="password"
        placeholder="App password (Settings → Privacy and security → App passwords)"
        value={appPassword}
        onChange={(e) => setAppPassword(e.target.value)}
      />
      <input
        className={input}
        aria-label="Bluesky server"
        value={service}
        onChange={(e) => setService(e.target.value)}
      />
      <button type="submit" className={button} disabled={!identifier || !appPassword}>
        Sign in to Bluesky
      </button>
    </form>
  );
}

/**
 * Asks for access to this one server, from the click (browsers allow the request only then).
 * Mastodon's API also answers extensions through CORS; the permission keeps posting working on
 * servers whose proxies do not.
 */
async function requestInstanceAccess(instance: string): Promise<string | undefined> {
  let origin: string;
  try {
    origin = normalizeInstanceUrl(instance);
  } catch {
    return 'That is not an address of a Mastodon server.';
  }
  const granted = await browser.permissions.request({ origins: [`${origin}/*`] });
  return granted ? undefined : `Crossfeed needs your permission to reach ${origin} to post there.`;
}

function MastodonAccount({ accounts, run }: { accounts: AccountsView; run: Busy }) {
  const [instance, setInstance] = useState('');
  const [token, setToken] = useState('');
  const mastodon = accounts.mastodon;
  if (mastodon) {
    return (
      <p className="flex items-center gap-2 text-sm">
        Signed in as <strong>@{mastodon.username ?? '?'}</strong> on {new URL(mastodon.instanceUrl).host} (
        {mastodon.maxCharacters} characters)
        <button type="button" className={quiet} onClick={() => run(() => remove('mastodon'))}>
          Remove
        </button>
      </p>
    );
  }
  const add = (accessToken?: string) => {
    // Started before any other await: the permission request must come from the click itself.
    const access = requestInstanceAccess(instance);
    run(async () => {
      const refused = await access;
      if (refused) return refused;
      const reply = await sendMessage('addMastodonAccount', {
        instance,
        ...(accessToken ? { accessToken } : {}),
      });
      setToken('');
      return reply?.ok ? reply.data.error : (reply?.error ?? 'Crossfeed did not answer.');
    });
  };
  return (
    <div className="space-y-2" aria-label="Add a Mastodon account">
      <input
        className={input}
        placeholder="Your server (mastodon.social)"
        value={instance}
        onChange={(e) => setInstance(e.target.value)}
      />
      <button type="button" className={button} disabled={!instance} onClick={() => add()}>
        Sign in with Mastodon
      </button>
      <details className="text-sm">
        <summary>Or paste an access token</summary>
        <input
          className={`${input} mt-1`}
          type="password"
          placeholder="Access token (Preferences → Development)"
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

async function remove(network: 'bluesky' | 'mastodon'): Promise<string | undefined> {
  const reply = await sendMessage('removeAccount', { network });
  return reply?.ok ? undefined : (reply?.error ?? 'Crossfeed did not answer.');
}

/**
 * Options → Accounts: the Bluesky and Mastodon accounts the composer posts with. Tokens stay in
 * the extension's local storage: never synced, never exported; removing an account deletes them.
 */
export function AccountsSection() {
  const [accounts] = useAccounts();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  const run: Busy = (work) => {
    setBusy(true);
    setError(undefined);
    work()
      .then(setError, (failure: unknown) => setError(String(failure)))
      .finally(() => setBusy(false));
  };
  return (
    <section aria-labelledby="accounts" className="mt-6 space-y-4" aria-busy={busy}>
      <h2 id="accounts" className="font-semibold">
        Accounts for cross-posting
      </h2>
      <p className="text-sm text-neutral-600 dark:text-neutral-400">
        X and Threads open their own compose pages and need no account here. Sign-ins are kept only in this
        browser profile, never synced or exported.
      </p>
      {accounts && (
        <>
          <div>
            <h3 className="text-sm font-semibold">Bluesky</h3>
            <BlueskyAccount accounts={accounts} run={run} />
          </div>
          <div>
            <h3 className="text-sm font-semibold">Mastodon</h3>
            <MastodonAccount accounts={accounts} run={run} />
          </div>
        </>
      )}
      {error && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
    </section>
  );
}
