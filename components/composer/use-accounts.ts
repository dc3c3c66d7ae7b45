import { createLogger } from '@/lib/kit/log';
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { ACCOUNTS_CHANGED_KEY, type AccountsView } from '@/lib/compose/accounts-view';
import { sendMessage } from '@/lib/send-message';

const log = createLogger('composer');

/**
 * The accounts as the background describes them (never a token), refreshed when the options page
 * adds or removes one. `undefined` until the first answer.
 */
export function useAccounts(): [AccountsView | undefined, (next: AccountsView) => void] {
  const [accounts, setAccounts] = useState<AccountsView | undefined>(undefined);
  useEffect(() => {
    let live = true;
    const load = () => {
      sendMessage('getAccounts', {})
        .then((reply) => {
          if (live && reply?.ok) setAccounts(reply.data);
        })
        .catch((error: unknown) => log.error('could not read accounts', error));
    };
    load();
    // The background marks every added or removed account in storage.local (no secret there).
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && ACCOUNTS_CHANGED_KEY in changes) load();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      live = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, []);
  return [accounts, setAccounts];
}
