import { compareFeedOrder } from './feed-order';
import type { SearchRow } from './search-row';
import { emptySegment, type Segment } from './segment';
import { tokenize } from './tokens';

/**
 * Builds a new segment from an old one and what changed since: `rows` are upserts (a later row of
 * the same id wins, and replaces the old segment's post of that id), `removed` ids are dropped.
 * The old segment's words are never tokenised again: its postings are carried over, renumbered,
 * so the cost is one pass over the old postings plus tokenising only the new rows.
 */
export function mergeSegment(
  base: Segment,
  rows: readonly SearchRow[],
  removed: Iterable<string> = [],
): Segment {
  const fresh = latestById(rows);
  const gone = new Set(removed);
  for (const row of fresh) gone.add(row.id);
  if (base.ids.length === 0 && fresh.length === 0) return emptySegment();

  // Surviving old posts keep their relative (feed) order; new rows are sorted and merged in.
  const baseLive = new Int32Array(base.ids.length).fill(-1);
  const order: Array<{ base: number } | { row: number }> = [];
  fresh.sort(compareFeedOrder);
  let next = 0;
  for (let ordinal = 0; ordinal < base.ids.length; ordinal += 1) {
    const id = base.ids[ordinal]!;
    if (gone.has(id)) continue;
    const sortAt = base.sortAt[ordinal]!;
    while (next < fresh.length && compareFeedOrder(fresh[next]!, { sortAt, id }) < 0)
      order.push({ row: next++ });
    baseLive[ordinal] = order.length;
    order.push({ base: ordinal });
  }
  while (next < fresh.length) order.push({ row: next++ });

  const size = order.length;
  const out: Segment = {
    ids: new Array<string>(size),
    texts: new Array<string>(size),
    platform: new Uint8Array(size),
    flags: new Uint16Array(size),
    sortAt: new Float64Array(size),
    author: new Int32Array(size),
    reposter: new Int32Array(size),
    handles: [],
    terms: [],
    starts: Uint32Array.of(0),
    postings: new Uint32Array(0),
  };
  const handles = new Map<string, number>();
  const intern = (handle: string): number => {
    let id = handles.get(handle);
    if (id === undefined) {
      id = handles.size;
      handles.set(handle, id);
      out.handles.push(handle);
    }
    return id;
  };
  const rowWords = new Map<string, number[]>();
  order.forEach((source, ordinal) => {
    if ('base' in source) {
      const from = source.base;
      out.ids[ordinal] = base.ids[from]!;
      out.texts[ordinal] = base.texts[from]!;
      out.platform[ordinal] = base.platform[from]!;
      out.flags[ordinal] = base.flags[from]!;
      out.sortAt[ordinal] = base.sortAt[from]!;
      out.author[ordinal] = intern(base.handles[base.author[from]!]!);
      const reposter = base.reposter[from]!;
      out.reposter[ordinal] = reposter < 0 ? -1 : intern(base.handles[reposter]!);
      return;
    }
    const row = fresh[source.row]!;
    out.ids[ordinal] = row.id;
    out.texts[ordinal] = row.text;
    out.platform[ordinal] = row.platform;
    out.flags[ordinal] = row.flags;
    out.sortAt[ordinal] = row.sortAt;
    out.author[ordinal] = intern(row.author);
    out.reposter[ordinal] = row.reposter === undefined ? -1 : intern(row.reposter);
    for (const token of new Set(tokenize(row.text))) {
      const list = rowWords.get(token);
      if (list) list.push(ordinal);
      else rowWords.set(token, [ordinal]);
    }
  });
  mergePostings(out, base, baseLive, rowWords);
  return out;
}

/** One row per id, the last given; a fresh array (the caller sorts it). */
function latestById(rows: readonly SearchRow[]): SearchRow[] {
  const byId = new Map<string, SearchRow>();
  for (const row of rows) byId.set(row.id, row);
  return [...byId.values()];
}

/**
 * The union of two sorted dictionaries: the old segment's postings renumbered through `baseLive`
 * (-1: gone), and the new rows' lists. Both lists of a term are ascending, so is their merge.
 */
function mergePostings(
  out: Segment,
  base: Segment,
  baseLive: Int32Array,
  rowWords: ReadonlyMap<string, number[]>,
): void {
  const rowTerms = [...rowWords.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  let capacity = base.postings.length;
  for (const list of rowWords.values()) capacity += list.length;
  const postings = new Uint32Array(capacity);
  const starts: number[] = [0];
  const terms: string[] = [];
  let length = 0;
  let b = 0;
  let r = 0;
  while (b < base.terms.length || r < rowTerms.length) {
    const baseTerm = base.terms[b];
    const rowTerm = rowTerms[r];
    const takeBase = rowTerm === undefined || (baseTerm !== undefined && baseTerm <= rowTerm);
    const takeRow = baseTerm === undefined || (rowTerm !== undefined && rowTerm <= baseTerm);
    const term = (takeBase ? baseTerm : rowTerm)!;
    const fromRows = takeRow ? rowWords.get(rowTerm!)! : [];
    let at = 0;
    const end = takeBase ? base.starts[b + 1]! : 0;
    for (let read = takeBase ? base.starts[b]! : 0; read < end; read += 1) {
      const ordinal = baseLive[base.postings[read]!]!;
      if (ordinal < 0) continue;
      while (at < fromRows.length && fromRows[at]! < ordinal) postings[length++] = fromRows[at++]!;
      postings[length++] = ordinal;
    }
    while (at < fromRows.length) postings[length++] = fromRows[at++]!;
    if (length > starts[starts.length - 1]!) {
      terms.push(term);
      starts.push(length);
    }
    if (takeBase) b += 1;
    if (takeRow) r += 1;
  }
  out.terms = terms;
  out.starts = Uint32Array.from(starts);
  out.postings = length === capacity ? postings : postings.slice(0, length);
}
