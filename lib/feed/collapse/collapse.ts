import type { Platform } from '../../platforms/registry';
import { CROSS_POST_WINDOW_MS } from './cross-post-text';
import { accountKey, bareHandle, bridgedTwin, Identities, type IdentityLink } from './identity';

/**
 * One post shown once. The feed's rows (in feed order) become cards:
 * - a repost never shows the post twice: the original and every repost of it are one card, placed
 *   at the latest repost (or, by the setting, at the original's time), saying who reposted, newest first;
 * - cross-posted copies (one person, the same words on several networks, within half an hour) are
 *   one card with a badge and link per network.
 * No row is lost: every row's id is in exactly one card (`copies` and `reposts`), so search, save
 * and export still see each copy, and "show all copies" can list them.
 */
export interface CollapseRow {
  id: string;
  platform: Platform;
  sortAt: number;
  createdAt: number;
  authorHandle: string;
  /** Set on a repost row: the id of the post it reposts. */
  repostOf?: string;
  reposter?: { handle: string; name?: string };
  /** The cross-post key of its text (crossPostKey); undefined: never matched across networks. */
  textKey?: string;
}

export interface FeedCard {
  /** The post the card shows (for a repost group: the original). */
  id: string;
  /** The copies of that post on other networks, the shown one first (one per network). */
  copies: string[];
  /** The repost rows folded into the card, newest first. */
  reposts: Array<{ id: string; by: { handle: string; name?: string }; at: number }>;
  /** Where the card stands in the feed. */
  sortAt: number;
}

export interface CollapseOptions {
  /** Place a reposted post at its latest repost (default) or at its own time. */
  repostPlacement?: 'latest-repost' | 'original-time';
  /** Links and unlinks the user made between accounts. */
  links?: readonly IdentityLink[];
  /** Leave reposts out altogether ("hide reposts"), or those of these reposter handles. */
  hideReposts?: boolean | ReadonlySet<string>;
}

export function collapseFeed(rows: readonly CollapseRow[], options: CollapseOptions = {}): FeedCard[] {
  const byOriginal = groupReposts(rows, options);
  const cards = mergeCrossPosts([...byOriginal.values()], rows, options.links ?? []);
  return cards.sort((a, b) => b.sortAt - a.sortAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
}

interface Group {
  card: FeedCard;
  original?: CollapseRow;
  /** When the post was written (every row of a group carries it). */
  createdAt: number;
}

function hidden(row: CollapseRow, hide: CollapseOptions['hideReposts']): boolean {
  if (!row.repostOf || !hide) return false;
  return hide === true || (row.reposter !== undefined && hide.has(row.reposter.handle.toLowerCase()));
}

function groupReposts(rows: readonly CollapseRow[], options: CollapseOptions): Map<string, Group> {
  const groups = new Map<string, Group>();
  const byId = new Map(rows.map((row) => [row.id, row]));
  for (const row of rows) {
    if (hidden(row, options.hideReposts)) continue;
    const key = row.repostOf ?? row.id;
    let group = groups.get(key);
    if (!group) {
      group = {
        card: { id: key, copies: [key], reposts: [], sortAt: row.sortAt },
        original: byId.get(key),
        createdAt: row.createdAt,
      };
      groups.set(key, group);
    }
    if (row.repostOf) {
      group.card.reposts.push({ id: row.id, by: row.reposter ?? { handle: '?' }, at: row.sortAt });
    }
  }
  for (const group of groups.values()) {
    group.card.reposts.sort((a, b) => b.at - a.at);
    const latestRepost = group.card.reposts[0]?.at;
    const own = group.original?.sortAt;
    // A repost row carries its original's createdAt, so the original's time is known even while
    // the original's own row is not among the rows (further down, not loaded yet, or never seen).
    group.card.sortAt =
      options.repostPlacement === 'original-time'
        ? (own ?? group.createdAt)
        : Math.max(latestRepost ?? -Infinity, own ?? -Infinity);
  }
  return groups;
}

/** Joins cards whose originals are one person's same words on different networks. */
function mergeCrossPosts(
  groups: Group[],
  rows: readonly CollapseRow[],
  links: readonly IdentityLink[],
): FeedCard[] {
  const identities = new Identities(links);
  for (const row of rows) {
    const twin = bridgedTwin(row.platform, row.authorHandle);
    if (twin) identities.join(accountKey(row.platform, row.authorHandle), twin);
  }
  const sameAuthor = (a: CollapseRow, b: CollapseRow) =>
    identities.find(accountKey(a.platform, a.authorHandle)) ===
      identities.find(accountKey(b.platform, b.authorHandle)) ||
    (!identities.apart(accountKey(a.platform, a.authorHandle), accountKey(b.platform, b.authorHandle)) &&
      bareHandle(a.platform, a.authorHandle) === bareHandle(b.platform, b.authorHandle));

  const byText = new Map<string, Group[]>();
  const cards: FeedCard[] = [];
  for (const group of groups) {
    const original = group.original;
    if (!original?.textKey || original.repostOf) {
      cards.push(group.card);
      continue;
    }
    const candidates = byText.get(original.textKey) ?? [];
    const home = candidates.find(
      (other) =>
        !other.card.copies.some((id) => platformOf(id) === original.platform) &&
        Math.abs(other.original!.createdAt - original.createdAt) <= CROSS_POST_WINDOW_MS &&
        sameAuthor(other.original!, original),
    );
    if (home) {
      home.card.copies.push(original.id);
      home.card.reposts.push(...group.card.reposts);
      home.card.reposts.sort((a, b) => b.at - a.at);
      home.card.sortAt = Math.max(home.card.sortAt, group.card.sortAt);
      continue;
    }
    candidates.push(group);
    byText.set(original.textKey, candidates);
    cards.push(group.card);
  }
  return cards;
}

function platformOf(id: string): string {
  return id.slice(0, id.indexOf(':'));
}
