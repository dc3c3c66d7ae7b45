import { postIdOfKey, savedPostKey, type PostWire, type SavedPostEntry } from './records';

/**
 * A saved post between the ledger's form and the wire's. An unsave travels as its tombstone alone
 * (post id and time): tags, note and copy of a post nobody keeps are not worth sync bytes.
 */
export function toWire(entry: SavedPostEntry): PostWire {
  const wire: PostWire = { i: postIdOfKey(entry.key), s: entry.saved.v };
  if (entry.saved.v === null || entry.saved.t !== entry.saved.v) wire.st = entry.saved.t;
  if (entry.saved.v === null) return wire;
  if (entry.tags) {
    wire.g = entry.tags.v;
    wire.gt = entry.tags.t;
  }
  if (entry.note) {
    wire.n = entry.note.v;
    wire.nt = entry.note.t;
  }
  if (entry.copy) wire.c = entry.copy;
  return wire;
}

/** The wire record (already checked by postWireSchema) as a ledger entry. */
export function fromWire(wire: PostWire): SavedPostEntry {
  const entry: SavedPostEntry = {
    kind: 'savedPost',
    key: savedPostKey(wire.i),
    saved: { v: wire.s, t: wire.st ?? wire.s ?? 0 },
  };
  if (wire.g !== undefined && wire.gt !== undefined) entry.tags = { v: wire.g, t: wire.gt };
  if (wire.n !== undefined && wire.nt !== undefined) entry.note = { v: wire.n, t: wire.nt };
  if (wire.c) entry.copy = wire.c;
  return entry;
}

/** A tombstone: the post is unsaved. */
export const isTombstone = (entry: SavedPostEntry) => entry.saved.v === null;
