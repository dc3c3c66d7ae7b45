import { NETWORKS, type Platform } from '../../platforms/registry';
import type { AccountsView } from '../accounts-view';
import { publisherOf } from './publishers';

/** The accounts of every network that posts through an API, as pages may see them: no token. */
export async function readAccountsView(): Promise<AccountsView> {
  const view: AccountsView = {};
  for (const { id } of NETWORKS) {
    const account = await publisherOf(id)?.readAccount();
    if (account) view[id] = account;
  }
  return view;
}

export async function removeAccount(network: Platform): Promise<void> {
  await publisherOf(network)?.removeAccount();
}
