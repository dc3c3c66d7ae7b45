import type { PostTable } from './post-table';

/** The feed order: newest sortAt first, ties by id descending (as a reversed [sortAt+id] index reads). */
export function compareFeedOrder(
  a: { sortAt: number; id: string },
  b: { sortAt: number; id: string },
): number {
  return b.sortAt - a.sortAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
}

/**
 * The index's ordinals in feed order. A capture batch (tens of posts) is inserted in place by
 * binary search; a bulk load is appended and sorted once, lazily, before the next read, so
 * loading 100k posts in chunks costs one sort, not one per chunk.
 */
export class FeedOrder {
  private ordinals: number[] = [];
  private stale = false;

  constructor(private readonly table: PostTable) {}

  private readonly compare = (a: number, b: number): number => {
    const { sortAt, ids } = this.table;
    return sortAt[b]! - sortAt[a]! || (ids[a]! < ids[b]! ? 1 : ids[a]! > ids[b]! ? -1 : 0);
  };

  /** Adds a new ordinal: in place, or (bulk) appended for the next sort. */
  add(ordinal: number, inPlace: boolean): void {
    if (inPlace && !this.stale) this.insert(ordinal);
    else {
      this.ordinals.push(ordinal);
      this.stale = true;
    }
  }

  /** Re-places an ordinal whose sortAt changed. */
  move(ordinal: number): void {
    if (this.stale) return; // the pending sort places it
    this.ordinals.splice(this.ordinals.indexOf(ordinal), 1);
    this.insert(ordinal);
  }

  /** Drops the ordinals `dead` marks (one pass). */
  removeWhere(dead: (ordinal: number) => boolean): void {
    this.ordinals = this.ordinals.filter((ordinal) => !dead(ordinal));
  }

  /** The ordinals in order; true as second value when this call had to sort (a bulk load ended). */
  read(): { ordinals: readonly number[]; sorted: boolean } {
    if (!this.stale) return { ordinals: this.ordinals, sorted: false };
    this.ordinals.sort(this.compare);
    this.stale = false;
    return { ordinals: this.ordinals, sorted: true };
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
