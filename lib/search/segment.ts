/**
 * An immutable, compact search index over a set of posts, in the form it is stored in IndexedDB
 * (one value, structured-cloned: typed arrays and arrays of strings, no Maps), so the side panel
 * reads it in one request and queries it as it comes, without building anything.
 *
 * Ordinals are feed positions: ordinal 0 is the newest post (compareFeedOrder), so the segment's
 * own order needs no array. Words are a sorted dictionary over CSR postings: the ordinals of
 * `terms[t]` are `postings[starts[t]]` up to `postings[starts[t + 1]]`, ascending; a prefix is a
 * contiguous range of `terms` found by binary search.
 */
export interface Segment {
  /** Post ids by ordinal. */
  ids: string[];
  /** The captured searchable text by ordinal (SearchRow.text: normalised fields, "\n" between). */
  texts: string[];
  /** Index into PLATFORMS. */
  platform: Uint8Array;
  /** Captured flags (haystack.ts FLAGS, never `saved`). */
  flags: Uint16Array;
  sortAt: Float64Array;
  /** Index into `handles`. */
  author: Int32Array;
  /** Index into `handles`, -1 when not a repost. */
  reposter: Int32Array;
  /** Lowercased handles, each once. */
  handles: string[];
  /** Every word of `texts` once, sorted by UTF-16 code units (JavaScript's `<`). */
  terms: string[];
  /** `terms.length + 1` offsets into `postings`. */
  starts: Uint32Array;
  postings: Uint32Array;
}

export function emptySegment(): Segment {
  return {
    ids: [],
    texts: [],
    platform: new Uint8Array(0),
    flags: new Uint16Array(0),
    sortAt: new Float64Array(0),
    author: new Int32Array(0),
    reposter: new Int32Array(0),
    handles: [],
    terms: [],
    starts: Uint32Array.of(0),
    postings: new Uint32Array(0),
  };
}

/** The first index of `terms` whose term is not below `token` (terms.length when none). */
export function lowerBound(terms: readonly string[], token: string): number {
  let low = 0;
  let high = terms.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (terms[mid]! < token) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * Applies a lookup to `stamps` (see index.ts markTerms): every ordinal of the token (or, with
 * `prefix`, of every term starting with it) whose stamp is `from` gets `to`.
 */
export function stampSegment(
  segment: Segment,
  token: string,
  prefix: boolean,
  stamps: Uint32Array,
  from: number,
  to: number,
): void {
  const { terms, starts, postings } = segment;
  const first = lowerBound(terms, token);
  // Words never contain U+FFFF (not a letter or number): every term starting with `token` sorts
  // between `token` and `token` + U+FFFF, and their postings are adjacent: one loop covers them.
  const end = prefix ? lowerBound(terms, `${token}\uffff`) : terms[first] === token ? first + 1 : first;
  const last = starts[end]!;
  for (let at = starts[first]!; at < last; at += 1) {
    const ordinal = postings[at]!;
    if (stamps[ordinal] === from) stamps[ordinal] = to;
  }
}
