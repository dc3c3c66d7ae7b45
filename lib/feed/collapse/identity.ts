import { isPlatform, network, type Platform } from '../../platforms/registry';

/**
 * Who is the same person across networks. An account is `<platform>:<handle, lowercased>`. Accounts
 * are joined when a known bridge names them (below), when the user linked them by hand, or when the
 * same handle posted the same text on two networks (crossPostGroups finds those); an unlink by hand
 * wins over every automatic join.
 */
export type AccountKey = string;

export function accountKey(platform: Platform, handle: string): AccountKey {
  return `${platform}:${handle.toLowerCase()}`;
}

/** A link or unlink the user made from a card's menu (stored in the settings, exported, synced). */
export interface IdentityLink {
  a: AccountKey;
  b: AccountKey;
  /** false: the user said these are NOT the same person (undoes an automatic join). */
  same: boolean;
  at: number;
}

/** The account a bridge says this one mirrors (the network's adapter knows its bridges). */
export function bridgedTwin(platform: Platform, handle: string): AccountKey | undefined {
  const twin = network(platform).identity?.bridgedTwin?.(handle);
  return twin && isPlatform(twin.platform) ? accountKey(twin.platform, twin.handle) : undefined;
}

/**
 * The handle without its network's domain (`alice.bsky.social`, `alice@mastodon.social` → `alice`):
 * two networks' accounts with the same bare handle are candidates for one person, joined only when
 * they also posted the same text.
 */
export function bareHandle(platform: Platform, handle: string): string {
  return network(platform).identity?.bareHandle?.(handle) ?? handle.toLowerCase();
}

/** Union-find over account keys: the identity each account belongs to. */
export class Identities {
  private readonly parent = new Map<AccountKey, AccountKey>();
  private readonly separated = new Set<string>();

  constructor(links: readonly IdentityLink[] = []) {
    // The newest word on a pair wins; unlinks are remembered so no automatic join undoes them.
    const latest = new Map<string, IdentityLink>();
    for (const link of links) {
      const pair = pairKey(link.a, link.b);
      const before = latest.get(pair);
      if (!before || before.at <= link.at) latest.set(pair, link);
    }
    for (const [pair, link] of latest) {
      if (link.same) this.join(link.a, link.b);
      else this.separated.add(pair);
    }
  }

  /** Joins two accounts unless the user said they are different people. */
  join(a: AccountKey, b: AccountKey): void {
    if (this.separated.has(pairKey(a, b))) return;
    const rootA = this.find(a);
    const rootB = this.find(b);
    if (rootA !== rootB) this.parent.set(rootA, rootB);
  }

  /** The user said these two are different people. */
  apart(a: AccountKey, b: AccountKey): boolean {
    return this.separated.has(pairKey(a, b));
  }

  find(account: AccountKey): AccountKey {
    let root = account;
    while (this.parent.has(root)) root = this.parent.get(root)!;
    // Path compression keeps later finds short.
    for (let node = account; node !== root;) {
      const next = this.parent.get(node)!;
      this.parent.set(node, root);
      node = next;
    }
    return root;
  }
}

function pairKey(a: AccountKey, b: AccountKey): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}
