import { ByteReader, ByteWriter } from './bytes';
import { emptySegment, type Segment } from './segment';

/**
 * A segment as bytes, for IndexedDB. Measured in Chromium here, 100k posts: the same segment
 * structured-cloned as typed arrays and string arrays took 4.4–8 s to read back (under load);
 * as bytes in a Blob a third of the time of the same bytes as a typed-array value (IndexedDB
 * wraps large values in blobs itself, and unwraps them slowly). Numbers are varints, postings
 * and feed times as gaps, so the 100k-post index is ~12 MB instead of ~45.
 */
const FORMAT = 1;

export function encodeSegment(segment: Segment): Uint8Array<ArrayBuffer> {
  const out = new ByteWriter();
  out.varint(FORMAT);
  out.varint(segment.ids.length);
  out.strings(segment.ids);
  out.typed(segment.byId);
  // Fixed-width columns as they are: a copy on reading, where varints cost a decode per post.
  out.typed(segment.platform);
  out.typed(segment.flags);
  out.typed(segment.sortAt);
  out.strings(segment.handles);
  out.typed(segment.author);
  out.typed(segment.reposter);
  out.typed(segment.textStarts);
  out.raw(segment.texts);
  out.varint(segment.oddOrdinals.length);
  for (const ordinal of segment.oddOrdinals) out.varint(ordinal);
  out.strings(segment.oddTexts);
  out.strings([segment.terms]);
  out.typed(segment.termStarts);
  // Postings as 32-bit words: read as a view with no decoding (varint gaps made them a third the
  // size, but decoding 3.35M of them cost more at open than reading the extra 9 MB).
  out.typed(segment.starts);
  out.typed(segment.postings);
  return out.result();
}

/** The segment in `bytes` (the empty segment for no bytes: a store without a base yet). */
export function decodeSegment(bytes: Uint8Array): Segment {
  if (bytes.length === 0) return emptySegment();
  const input = new ByteReader(bytes);
  if (input.varint() !== FORMAT) throw new Error('search segment: unknown format');
  input.varint(); // the size: every column says it again
  const ids = input.strings();
  const byId = input.typed((buffer, at, length) => new Uint32Array(buffer, at, length / 4));
  const platform = input.typed((buffer, at, length) => new Uint8Array(buffer, at, length / 1));
  const flags = input.typed((buffer, at, length) => new Uint16Array(buffer, at, length / 2));
  const sortAt = input.typed((buffer, at, length) => new Float64Array(buffer, at, length / 8));
  const handles = input.strings();
  const author = input.typed((buffer, at, length) => new Int32Array(buffer, at, length / 4));
  const reposter = input.typed((buffer, at, length) => new Int32Array(buffer, at, length / 4));
  const textStarts = input.typed((buffer, at, length) => new Uint32Array(buffer, at, length / 4));
  const texts = input.raw();
  const oddOrdinals = Array.from(input.varints(new Uint32Array(input.varint())));
  const oddTexts = input.strings();
  const terms = input.strings()[0]!;
  const termStarts = input.typed((buffer, at, length) => new Uint32Array(buffer, at, length / 4));
  const starts = input.typed((buffer, at, length) => new Uint32Array(buffer, at, length / 4));
  const postings = input.typed((buffer, at, length) => new Uint32Array(buffer, at, length / 4));
  return {
    ids,
    byId,
    texts,
    textStarts,
    oddOrdinals,
    oddTexts,
    platform,
    flags,
    sortAt,
    author,
    reposter,
    handles,
    terms,
    termStarts,
    starts,
    postings,
  };
}
