/**
 * An immutable, compact search index over a set of posts, queried as it is: typed arrays and a few
 * string lists, no Maps, nothing built at load. Stored in IndexedDB as one binary blob
 * (segment-codec.ts), read by the side panel in one request.
 *
 * Ordinals are feed positions: ordinal 0 is the newest post (compareFeedOrder), so the segment's
 * own order needs no array. Words are a sorted dictionary over CSR postings: the ordinals of
 * term t are `postings[starts[t]]` up to `postings[starts[t + 1]]`, ascending; a prefix is a
 * contiguous range of terms found by binary search.
 */
export interface Segment {
  /** Post ids by ordinal. */
  ids: string[];
  /** The ordinals sorted by id (UTF-16 code units): an id's ordinal by binary search, no Map to build. */
  byId: Uint32Array;
  /**
   * The captured searchable texts (SearchRow.text: normalised fields, "\n" between) as UTF-8, back
   * to back: ordinal o's is `texts[textStarts[o]]` up to `texts[textStarts[o + 1]]`. Bytes, decoded
   * only for the posts a query must check on their text: 100k texts as strings cost the JS heap
   * ~30 MB and the open ~100 ms to make.
   */
  texts: Uint8Array;
  /** `ids.length + 1` byte offsets into `texts`. */
  textStarts: Uint32Array;
  /** Texts UTF-8 cannot carry exactly (lone surrogates): their ordinals (with an empty byte range). */
  oddOrdinals: number[];
  /** ...and the texts themselves. */
  oddTexts: string[];
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
  /** Every word of `texts` once, sorted by UTF-16 code units (JavaScript's `<`), back to back. */
  terms: string;
  /** Term t is `terms.slice(termStarts[t], termStarts[t + 1])`: one string, not 100k to make at open. */
  termStarts: Uint32Array;
  /** `termCount + 1` offsets into `postings`. */
  starts: Uint32Array;
  postings: Uint32Array;
}

export function emptySegment(): Segment {
  return {
    ids: [],
    byId: new Uint32Array(0),
    texts: new Uint8Array(0),
    textStarts: Uint32Array.of(0),
    oddOrdinals: [],
    oddTexts: [],
    platform: new Uint8Array(0),
    flags: new Uint16Array(0),
    sortAt: new Float64Array(0),
    author: new Int32Array(0),
    reposter: new Int32Array(0),
    handles: [],
    terms: '',
    termStarts: Uint32Array.of(0),
    starts: Uint32Array.of(0),
    postings: new Uint32Array(0),
  };
}

const decoder = new TextDecoder();

/** The captured text of a segment's post. */
export function textOf(segment: Segment, ordinal: number): string {
  const start = segment.textStarts[ordinal]!;
  const end = segment.textStarts[ordinal + 1]!;
  if (start === end && segment.oddOrdinals.length > 0) {
    const odd = segment.oddOrdinals.indexOf(ordinal);
    if (odd >= 0) return segment.oddTexts[odd]!;
  }
  return decoder.decode(segment.texts.subarray(start, end));
}

/** The ordinal of a post id in the segment, or -1. */
export function ordinalOfId(segment: Segment, id: string): number {
  const { ids, byId } = segment;
  let low = 0;
  let high = byId.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (ids[byId[mid]!]! < id) low = mid + 1;
    else high = mid;
  }
  const ordinal = byId[low];
  return ordinal !== undefined && ids[ordinal] === id ? ordinal : -1;
}

export function termCount(segment: Segment): number {
  return segment.termStarts.length - 1;
}

export function termAt(segment: Segment, term: number): string {
  return segment.terms.slice(segment.termStarts[term], segment.termStarts[term + 1]);
}

/** The first term not below `token` (termCount when none). */
export function lowerBound(segment: Segment, token: string): number {
  let low = 0;
  let high = termCount(segment);
  while (low < high) {
    const mid = (low + high) >> 1;
    if (termAt(segment, mid) < token) low = mid + 1;
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
  const { starts, postings } = segment;
  const first = lowerBound(segment, token);
  // Words never contain U+FFFF (not a letter or number): every term starting with `token` sorts
  // between `token` and `token` + U+FFFF, and their postings are adjacent: one loop covers them.
  const end = prefix
    ? lowerBound(segment, `${token}\uffff`)
    : first < termCount(segment) && termAt(segment, first) === token
      ? first + 1
      : first;
  const last = starts[end]!;
  for (let at = starts[first]!; at < last; at += 1) {
    const ordinal = postings[at]!;
    if (stamps[ordinal] === from) stamps[ordinal] = to;
  }
}
