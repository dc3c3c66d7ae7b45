import { accountKey, type AccountKey, type IdentityLink } from './identity';
import type { Platform } from '../../platforms/registry';

/** An account as a card's menu names it. */
export interface Account {
  platform: Platform;
  handle: string;
}

export function keyOf(account: Account): AccountKey {
  return accountKey(account.platform, account.handle);
}

function samePair(link: IdentityLink, a: AccountKey, b: AccountKey): boolean {
  return (link.a === a && link.b === b) || (link.a === b && link.b === a);
}

export interface LinkEdit {
  /** The links after the edit. */
  links: IdentityLink[];
  /** Takes the edit back out of a (possibly since changed) list: the undo. */
  undo: (links: readonly IdentityLink[]) => IdentityLink[];
}

/**
 * Says two accounts are (`same`) or are not one person. The pair's earlier word is replaced (the
 * list stays one entry per pair) and given back by the undo, which leaves other pairs, including
 * any changed since, as they are.
 */
export function editLink(
  links: readonly IdentityLink[],
  first: Account,
  second: Account,
  same: boolean,
  at: number,
): LinkEdit {
  const a = keyOf(first);
  const b = keyOf(second);
  const replaced = links.filter((link) => samePair(link, a, b));
  const entry: IdentityLink = { a, b, same, at };
  return {
    links: [...links.filter((link) => !samePair(link, a, b)), entry],
    undo: (current) => [
      ...current.filter((link) => !(samePair(link, a, b) && link.at === at && link.same === same)),
      ...replaced,
    ],
  };
}
