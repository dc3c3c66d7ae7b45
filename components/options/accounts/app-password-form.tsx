import { useState, type FormEvent } from 'react';
import { NOT_HTTPS } from '@/lib/compose/server-schema';
import { isServerUrl } from '@/lib/kit/server-url';
import type { AccountForm, NetworkAdapter } from '@/lib/platforms/adapter';
import type { Platform } from '@/lib/platforms/registry';
import { addAccount } from './add-account';
import { button, input, type Busy } from './styles';

/** Handle + app password (+ server): the password is exchanged for a session and never kept. */
export function AppPasswordForm({
  network,
  form,
  run,
}: {
  network: NetworkAdapter<Platform>;
  form: Extract<AccountForm, { kind: 'app-password' }>;
  run: Busy;
}) {
  const [identifier, setIdentifier] = useState('');
  const [appPassword, setAppPassword] = useState('');
  const [service, setService] = useState(form.defaultServer);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    run(async () => {
      // Checked here for the words, and again by the background, which trusts no page.
      if (!isServerUrl(service)) return NOT_HTTPS;
      const error = await addAccount(network.id, { identifier, appPassword, service });
      setAppPassword('');
      return error;
    });
  };
  return (
    <form onSubmit={submit} className="space-y-2" aria-label={`Add a ${network.label} account`}>
      <input
        className={input}
        placeholder={form.handleHint}
        value={identifier}
        onChange={(e) => setIdentifier(e.target.value)}
      />
      <input
        className={input}
        type="password"
        placeholder={form.passwordHint}
        value={appPassword}
        onChange={(e) => setAppPassword(e.target.value)}
      />
      <input
        className={input}
        aria-label={`${network.label} server`}
        value={service}
        onChange={(e) => setService(e.target.value)}
      />
      <button type="submit" className={button} disabled={!identifier || !appPassword}>
        Sign in to {network.label}
      </button>
    </form>
  );
}
