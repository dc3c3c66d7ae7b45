import type { PostTable } from './post-table';

/** The feed order: newest sortAt first, ties by id descending (as a reversed [sortAt+id] index reads). */
export function compareFeedOrder(
  a: { sortAt: number; id: string },
  b: { sortAt: number; id: string },
): number {
  return b.sortAt - a.sortAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
}

/** Up to this many new ordinals are inserted one by one; more are sorted and merged in one pass. */
const INSERT_ONE_BY_ONE_MAX = 16;

/**
 * The index's ordinals in feed order. A loaded segment's ordinals are already in feed order
 * (0..n-1); a capture batch (tens of posts) is inserted by binary search, anything larger (a
 * chunk of a bulk load, an import) is sorted on its own and merged in, so loading 100k posts in
 * chunks never sorts the whole list.
 */
export class FeedOrder {
  private ordinals: number[];

  constructor(
    private readonly table: PostTable,
    size = 0,
  ) {
    this.ordinals = new Array<number>(size);
    for (let ordinal = 0; ordinal < size; ordinal += 1) this.ordinals[ordinal] = ordinal;
  }

  private readonly compare = (a: number, b: number): number => {
    const { sortAt, ids } = this.table;
    return sortAt[b]! - sortAt[a]! || (ids[a]! < ids[b]! ? 1 : ids[a]! > ids[b]! ? -1 : 0);
  };

  /** Adds ordinals that are not in the order yet. */
  add(added: readonly number[]): void {
    if (added.length <= INSERT_ONE_BY_ONE_MAX) {
      for (const ordinal of added) this.insert(ordinal);
      return;
    }
    const fresh = [...added].sort(this.compare);
    const old = this.ordinals;
    const merged = new Array<number>(old.length + fresh.length);
    let o = 0;
    let f = 0;
    let out = 0;
    while (o < old.length && f < fresh.length)
      merged[out++] = this.compare(fresh[f]!, old[o]!) < 0 ? fresh[f++]! : old[o++]!;
    while (o < old.length) merged[out++] = old[o++]!;
    while (f < fresh.length) merged[out++] = fresh[f++]!;
    this.ordinals = merged;
  }

  /** Drops the ordinals `dead` marks (one pass). */
  removeWhere(dead: (ordinal: number) => boolean): void {
    this.ordinals = this.ordinals.filter((ordinal) => !dead(ordinal));
  }

  /** The ordinals in feed order. */
  read(): readonly number[] {
    return this.ordinals;
  }

  private insert(ordinal: number): void {
    let low = 0;
    let high = this.ordinals.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.compare(this.ordinals[mid]!, ordinal) < 0) low = mid + 1;
      else high = mid;
    }
    this.ordinals.splice(low, 0, ordinal);
  }
}
