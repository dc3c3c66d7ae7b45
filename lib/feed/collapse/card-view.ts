import type { Platform } from '../../platforms/registry';
import { collapseFeed, type CollapseOptions, type CollapseRow, type FeedCard } from './collapse';
import { repostedByLine } from './reposted-by';

/**
 * What the feed draws for one card: the row whose content it shows, a badge per network copy, and
 * the "↻ reposted by" line. `key` is the card's identity in the list (the original's id, stable
 * while more of its rows load); `show` is a row that is in the store: the original when it is
 * among the rows, else the newest repost (a repost row carries the original's content).
 */
export interface CardView {
  key: string;
  show: string;
  /** The copies present, the shown one first: one per network, with its author's handle. */
  copies: Array<{ id: string; platform: Platform; handle: string }>;
  reposts: FeedCard['reposts'];
  /** "↻ reposted by A, B and 3 others", newest first; absent when nobody reposted. */
  repostedBy?: string;
  sortAt: number;
}

export function cardViews(rows: readonly CollapseRow[], options: CollapseOptions = {}): CardView[] {
  const byId = new Map(rows.map((row) => [row.id, row]));
  return collapseFeed(rows, options).map((card) => toView(card, byId));
}

function toView(card: FeedCard, byId: ReadonlyMap<string, CollapseRow>): CardView {
  const copies = card.copies.flatMap((id) => {
    const row = byId.get(id);
    return row ? [{ id, platform: row.platform, handle: row.authorHandle }] : [];
  });
  const view: CardView = {
    key: card.id,
    show: copies[0]?.id ?? card.reposts[0]?.id ?? card.id,
    copies,
    reposts: card.reposts,
    sortAt: card.sortAt,
  };
  const line = repostedByLine(card.reposts.map((repost) => repost.by));
  if (line !== undefined) view.repostedBy = line;
  return view;
}

/** Every row a card stands for (its copies and its reposts): what "show all copies" lists. */
export function rowsOf(card: CardView): string[] {
  return [...card.copies.map((copy) => copy.id), ...card.reposts.map((repost) => repost.id)];
}
