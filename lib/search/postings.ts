/**
 * Token → post ordinals (an inverted index), with prefix lookup.
 *
 * Lists are unsorted: queries mark ordinals in a stamp array rather than merging lists, so order
 * is not needed, and appends stay O(1). A token found in one post (most of the vocabulary: names,
 * numbers, typos) is stored as a bare number; longer lists are growable Uint32Arrays (4 bytes an
 * entry; a JS number array costs 8 in Node and keeps more slack). Prefix lookup scans a bucket of
 * the tokens sharing the first two UTF-16 units (or one, for a one-character prefix), rebuilt
 * lazily after removals.
 */

interface GrowList {
  ordinals: Uint32Array;
  length: number;
}

export class Postings {
  private lists = new Map<string, number | GrowList>();
  private byFirst = new Map<string, string[]>();
  private byFirstTwo = new Map<string, string[]>();
  private bucketsStale = false;

  /** Adds `ordinal` to the list of `token`; adding the same pair twice in a row is a no-op. */
  add(token: string, ordinal: number): void {
    const list = this.lists.get(token);
    if (list === undefined) {
      this.lists.set(token, ordinal);
      if (!this.bucketsStale) this.addToBuckets(token);
    } else if (typeof list === 'number') {
      if (list !== ordinal)
        this.lists.set(token, { ordinals: Uint32Array.of(list, ordinal, 0, 0), length: 2 });
    } else if (list.ordinals[list.length - 1] !== ordinal) {
      if (list.length === list.ordinals.length) {
        const grown = new Uint32Array(list.length * 2);
        grown.set(list.ordinals);
        list.ordinals = grown;
      }
      list.ordinals[list.length] = ordinal;
      list.length += 1;
    }
  }

  /** Drops the given ordinals from the lists of `tokens` (one pass per token, however many go). */
  removeOrdinals(tokens: Iterable<string>, dead: (ordinal: number) => boolean): void {
    for (const token of tokens) {
      const list = this.lists.get(token);
      if (list === undefined) continue;
      if (typeof list === 'number') {
        if (dead(list)) this.drop(token);
        continue;
      }
      let kept = 0;
      for (let read = 0; read < list.length; read += 1) {
        const ordinal = list.ordinals[read]!;
        if (!dead(ordinal)) list.ordinals[kept++] = ordinal;
      }
      list.length = kept;
      if (kept === 0) this.drop(token);
      else if (kept === 1) this.lists.set(token, list.ordinals[0]!);
      else if (kept * 4 < list.ordinals.length) list.ordinals = list.ordinals.slice(0, kept * 2);
    }
  }

  /**
   * For each ordinal of `token` (exactly, or every token it starts when `prefix`), sets
   * `stamps[ordinal]` to `to` where it is `from`. A tight loop over typed arrays, no callback: this
   * runs over hundreds of thousands of entries for a one-letter first keystroke.
   */
  stamp(token: string, prefix: boolean, stamps: Uint32Array, from: number, to: number): void {
    if (!prefix) {
      this.stampList(this.lists.get(token), stamps, from, to);
      return;
    }
    if (this.bucketsStale) this.rebuildBuckets();
    const bucket = token.length === 1 ? this.byFirst.get(token) : this.byFirstTwo.get(token.slice(0, 2));
    if (!bucket) return;
    const all = token.length <= 2;
    for (const candidate of bucket) {
      if (all || candidate.startsWith(token)) this.stampList(this.lists.get(candidate), stamps, from, to);
    }
  }

  private stampList(
    list: number | GrowList | undefined,
    stamps: Uint32Array,
    from: number,
    to: number,
  ): void {
    if (list === undefined) return;
    if (typeof list === 'number') {
      if (stamps[list] === from) stamps[list] = to;
      return;
    }
    const { ordinals, length } = list;
    for (let index = 0; index < length; index += 1) {
      const ordinal = ordinals[index]!;
      if (stamps[ordinal] === from) stamps[ordinal] = to;
    }
  }

  /** Trims every list to its length (after a bulk build, the doubling slack is ~1/4 of the lists). */
  trim(): void {
    for (const list of this.lists.values()) {
      if (typeof list !== 'number' && list.length < list.ordinals.length)
        list.ordinals = list.ordinals.slice(0, list.length);
    }
  }

  private drop(token: string): void {
    this.lists.delete(token);
    this.bucketsStale = true;
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
