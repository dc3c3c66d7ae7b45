/**
 * Token → post ordinals (an inverted index), with prefix lookup.
 *
 * Lists are unsorted: queries mark ordinals in a stamp array rather than merging lists, so order
 * is not needed, and appends stay O(1). A token found in one post (most of the vocabulary: names,
 * numbers, typos) is stored as a bare number instead of an array, which roughly halves the memory
 * of the vocabulary's long tail. Prefix lookup scans a bucket of the tokens that share the first
 * two UTF-16 units (or one, for a one-character prefix), rebuilt lazily after removals.
 */
export class Postings {
  private lists = new Map<string, number | number[]>();
  private byFirst = new Map<string, string[]>();
  private byFirstTwo = new Map<string, string[]>();
  private bucketsStale = false;

  get vocabularySize(): number {
    return this.lists.size;
  }

  /** Adds `ordinal` to the list of `token`; adding the same pair twice in a row is a no-op. */
  add(token: string, ordinal: number): void {
    const list = this.lists.get(token);
    if (list === undefined) {
      this.lists.set(token, ordinal);
      if (!this.bucketsStale) this.addToBuckets(token);
    } else if (typeof list === 'number') {
      if (list !== ordinal) this.lists.set(token, [list, ordinal]);
    } else if (list[list.length - 1] !== ordinal) list.push(ordinal);
  }

  /** Drops the given ordinals from the lists of `tokens` (one pass per token, however many go). */
  removeOrdinals(tokens: Iterable<string>, dead: (ordinal: number) => boolean): void {
    for (const token of tokens) {
      const list = this.lists.get(token);
      if (list === undefined) continue;
      const kept = typeof list === 'number' ? (dead(list) ? [] : [list]) : list.filter((o) => !dead(o));
      if (kept.length === 0) {
        this.lists.delete(token);
        this.bucketsStale = true;
      } else this.lists.set(token, kept.length === 1 ? kept[0]! : kept);
    }
  }

  /** Calls `visit` for each ordinal of `token` exactly. */
  forExact(token: string, visit: (ordinal: number) => void): void {
    const list = this.lists.get(token);
    if (typeof list === 'number') visit(list);
    else if (list) for (const ordinal of list) visit(ordinal);
  }

  /** Calls `visit` for each ordinal of every token starting with `prefix` (an ordinal may repeat). */
  forPrefix(prefix: string, visit: (ordinal: number) => void): void {
    if (this.bucketsStale) this.rebuildBuckets();
    const bucket = prefix.length === 1 ? this.byFirst.get(prefix) : this.byFirstTwo.get(prefix.slice(0, 2));
    if (!bucket) return;
    const all = prefix.length <= 2;
    for (const token of bucket) if (all || token.startsWith(prefix)) this.forExact(token, visit);
  }

  private addToBuckets(token: string): void {
    const push = (map: Map<string, string[]>, key: string) => {
      const bucket = map.get(key);
      if (bucket) bucket.push(token);
      else map.set(key, [token]);
    };
    push(this.byFirst, token.slice(0, 1));
    if (token.length >= 2) push(this.byFirstTwo, token.slice(0, 2));
  }

  private rebuildBuckets(): void {
    this.byFirst = new Map();
    this.byFirstTwo = new Map();
    for (const token of this.lists.keys()) this.addToBuckets(token);
    this.bucketsStale = false;
  }
}
