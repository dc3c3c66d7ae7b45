import { useState } from 'react';
import { useAccounts } from '@/components/composer/use-accounts';
import type { AccountView } from '@/lib/compose/accounts-view';
import { NETWORKS, type Network } from '@/lib/platforms/registry';
import { removeAccount } from './add-account';
import { AppPasswordForm } from './app-password-form';
import { OAuthForm } from './oauth-form';
import { quiet, type Busy } from './styles';

function SignedIn({ network, account, run }: { network: Network; account: AccountView; run: Busy }) {
  const limit = account.limits?.maxCharacters;
  return (
    <p className="flex items-center gap-2 text-sm">
      Signed in as <strong>@{account.handle}</strong> on {new URL(account.server).host}
      {limit !== undefined && ` (${limit} characters)`}
      <button type="button" className={quiet} onClick={() => run(() => removeAccount(network.id))}>
        Remove
      </button>
    </p>
  );
}

function NetworkAccount({ network, account, run }: { network: Network; account?: AccountView; run: Busy }) {
  const form = network.compose.account;
  if (!form) return null;
  if (account) return <SignedIn network={network} account={account} run={run} />;
  return form.kind === 'app-password' ? (
    <AppPasswordForm network={network} form={form} run={run} />
  ) : (
    <OAuthForm network={network} form={form} run={run} />
  );
}

/**
 * Options → Accounts: the accounts the composer posts with, one per network that posts through
 * its API. Tokens stay where only the background reads them: never synced, never exported;
 * removing an account deletes them.
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
  const intentOnly = NETWORKS.filter((n) => n.compose.intentUrl && !n.compose.account).map((n) => n.label);
  return (
    <section aria-labelledby="accounts" className="mt-6 space-y-4" aria-busy={busy}>
      <h2 id="accounts" className="font-semibold">
        Accounts for cross-posting
      </h2>
      <p className="text-sm text-neutral-600 dark:text-neutral-400">
        {intentOnly.join(' and ')} open their own compose pages and need no account here. Sign-ins are kept
        only in this browser profile, never synced or exported.
      </p>
      {accounts &&
        NETWORKS.filter((network) => network.compose.account).map((network) => (
          <div key={network.id}>
            <h3 className="text-sm font-semibold">{network.label}</h3>
            <NetworkAccount network={network} account={accounts[network.id]} run={run} />
          </div>
        ))}
      {error && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
    </section>
  );
}
