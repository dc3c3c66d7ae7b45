import { compareFeedOrder } from './feed-order';
import type { SearchRow } from './search-row';
import { emptySegment, termAt, termCount, type Segment } from './segment';
import { SegmentTexts } from './segment-texts';
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
  // sources[ordinal]: the old ordinal (>= 0) or -(row index + 1).
  const baseLive = new Int32Array(base.ids.length).fill(-1);
  const sources: number[] = [];
  fresh.sort(compareFeedOrder);
  let next = 0;
  for (let ordinal = 0; ordinal < base.ids.length; ordinal += 1) {
    const id = base.ids[ordinal]!;
    if (gone.has(id)) continue;
    const sortAt = base.sortAt[ordinal]!;
    while (next < fresh.length && compareFeedOrder(fresh[next]!, { sortAt, id }) < 0) sources.push(-++next);
    baseLive[ordinal] = sources.length;
    sources.push(ordinal);
  }
  while (next < fresh.length) sources.push(-++next);

  const size = sources.length;
  const texts = new SegmentTexts(size, base.texts.length);
  const out: Segment = {
    ...emptySegment(),
    ids: new Array<string>(size),
    platform: new Uint8Array(size),
    flags: new Uint16Array(size),
    sortAt: new Float64Array(size),
    author: new Int32Array(size),
    reposter: new Int32Array(size),
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
  for (let ordinal = 0; ordinal < size; ordinal += 1) {
    const source = sources[ordinal]!;
    if (source >= 0) {
      out.ids[ordinal] = base.ids[source]!;
      const odd = base.oddOrdinals.length > 0 ? base.oddOrdinals.indexOf(source) : -1;
      if (odd >= 0) texts.encode(ordinal, base.oddTexts[odd]!);
      else texts.copy(ordinal, base.texts.subarray(base.textStarts[source], base.textStarts[source + 1]));
      out.platform[ordinal] = base.platform[source]!;
      out.flags[ordinal] = base.flags[source]!;
      out.sortAt[ordinal] = base.sortAt[source]!;
      out.author[ordinal] = intern(base.handles[base.author[source]!]!);
      const reposter = base.reposter[source]!;
      out.reposter[ordinal] = reposter < 0 ? -1 : intern(base.handles[reposter]!);
      continue;
    }
    const row = fresh[-source - 1]!;
    out.ids[ordinal] = row.id;
    texts.encode(ordinal, row.text);
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
  }
  Object.assign(out, texts.result());
  out.byId = mergeById(out.ids, base, baseLive, fresh.length);
  mergePostings(out, base, baseLive, rowWords);
  return out;
}

/**
 * The new segment's ordinals sorted by id: the old segment's order renumbered (gone ones dropped),
 * merged with the new rows' ordinals sorted on their own. No sort of the whole list.
 */
function mergeById(
  ids: readonly string[],
  base: Segment,
  baseLive: Int32Array,
  rowCount: number,
): Uint32Array {
  const fromRows: number[] = [];
  const isRow = new Uint8Array(ids.length).fill(1);
  for (const ordinal of baseLive) if (ordinal >= 0) isRow[ordinal] = 0;
  for (let ordinal = 0; ordinal < ids.length; ordinal += 1) if (isRow[ordinal]) fromRows.push(ordinal);
  if (fromRows.length !== rowCount) throw new Error('segment: rows and ordinals disagree');
  fromRows.sort((a, b) => (ids[a]! < ids[b]! ? -1 : 1));
  const byId = new Uint32Array(ids.length);
  let out = 0;
  let r = 0;
  for (const old of base.byId) {
    const ordinal = baseLive[old]!;
    if (ordinal < 0) continue;
    while (r < fromRows.length && ids[fromRows[r]!]! < ids[ordinal]!) byId[out++] = fromRows[r++]!;
    byId[out++] = ordinal;
  }
  while (r < fromRows.length) byId[out++] = fromRows[r++]!;
  return byId;
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
  // The default sort compares UTF-16 code units, the order `terms` keeps.
  const rowTerms = [...rowWords.keys()].sort();
  let capacity = base.postings.length;
  for (const list of rowWords.values()) capacity += list.length;
  const postings = new Uint32Array(capacity);
  const starts: number[] = [0];
  const terms: string[] = [];
  const baseTerms = termCount(base);
  let length = 0;
  let b = 0;
  let r = 0;
  while (b < baseTerms || r < rowTerms.length) {
    const baseTerm = b < baseTerms ? termAt(base, b) : undefined;
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
  out.terms = terms.join('');
  out.termStarts = new Uint32Array(terms.length + 1);
  terms.forEach((term, index) => (out.termStarts[index + 1] = out.termStarts[index]! + term.length));
  out.starts = Uint32Array.from(starts);
  out.postings = length === capacity ? postings : postings.slice(0, length);
}
