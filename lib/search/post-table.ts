import type { SearchRow } from './search-row';
import { emptySegment, ordinalOfId, textOf, type Segment } from './segment';

/**
 * The index's per-post storage, one typed column per field, addressed by ordinal: ~5x less memory
 * than an object per post, a tight loop when a query filters 100,000 rows, and a loaded segment's
 * columns are used as they are (nothing copied or converted at open). Handles are interned
 * (5,000 authors write 100,000 posts).
 *
 * The first `baseSize` ordinals are a loaded segment's, whose postings cannot change: such an
 * ordinal is never reused after its post goes (a new post in its slot would inherit its words).
 * Later ordinals (posts added since) are reused after removal.
 */
export class PostTable {
  readonly ids: (string | undefined)[];
  /** Index into PLATFORMS. */
  platform: Uint8Array;
  /** FLAGS of the captured post and (FLAGS.saved) of its user state. */
  flags: Uint16Array;
  sortAt: Float64Array;
  /** Interned lowercased author handle. */
  author: Int32Array;
  /** Interned lowercased reposter handle, -1 when not a repost. */
  reposter: Int32Array;
  readonly baseSize: number;
  private readonly base: Segment;
  /**
   * Normalised searchable text (captured fields, then the user's) of every post added since the
   * segment and of a segment's post once its user state is set; the others' is the segment's.
   */
  private readonly haystacks = new Map<number, string>();
  /** How much of `haystacks`' text is captured (the rest is the user's tags and note). */
  private readonly capturedLength = new Map<number, number>();
  /** Ordinals of the posts added since the segment (the segment's are found in it by id). */
  private readonly ordinalOf = new Map<string, number>();
  /** The segment's posts that went (removed, or moved to a new ordinal): 1 each. */
  private readonly baseGone: Uint8Array;
  private baseLive: number;
  private readonly free: number[] = [];
  private readonly handleIds = new Map<string, number>();
  private readonly handles: string[];

  /** An empty table, or one holding a segment's posts as ordinals 0..n-1 (it takes the segment over). */
  constructor(base?: Segment) {
    this.base = base ?? emptySegment();
    const { ids } = this.base;
    this.baseSize = ids.length;
    this.ids = ids;
    this.baseGone = new Uint8Array(ids.length);
    this.baseLive = ids.length;
    this.platform = this.base.platform;
    this.flags = this.base.flags;
    this.sortAt = this.base.sortAt;
    this.author = this.base.author;
    this.reposter = this.base.reposter;
    this.handles = this.base.handles;
    this.handles.forEach((handle, id) => this.handleIds.set(handle, id));
  }

  get size(): number {
    return this.ordinalOf.size + this.baseLive;
  }

  /** One past the highest ordinal ever used (the length stamp arrays need). */
  get capacity(): number {
    return this.ids.length;
  }

  ordinal(id: string): number | undefined {
    const added = this.ordinalOf.get(id);
    if (added !== undefined || this.baseLive === 0) return added;
    const ordinal = ordinalOfId(this.base, id);
    return ordinal >= 0 && this.baseGone[ordinal] === 0 ? ordinal : undefined;
  }

  /** The interned number of a lowercased handle, or -2 (matches nothing) when no post has it. */
  handleId(handle: string): number {
    return this.handleIds.get(handle) ?? -2;
  }

  /** A post's searchable text (captured fields, then its user's). */
  haystack(ordinal: number): string {
    return this.haystacks.get(ordinal) ?? (ordinal < this.baseSize ? textOf(this.base, ordinal) : '');
  }

  /** A post's captured searchable text (SearchRow.text). */
  captured(ordinal: number): string {
    const length = this.capturedLength.get(ordinal);
    const haystack = this.haystack(ordinal);
    return length === undefined ? haystack : haystack.slice(0, length);
  }

  /** Sets a post's whole searchable text, of which the first `capturedLength` units are captured. */
  setHaystack(ordinal: number, haystack: string, capturedLength: number): void {
    this.haystacks.set(ordinal, haystack);
    this.capturedLength.set(ordinal, capturedLength);
  }

  /** Stores a post's row; returns its ordinal (the existing one for a known id). */
  set(row: SearchRow, haystack: string, flags: number): number {
    const ordinal = this.ordinal(row.id) ?? this.free.pop() ?? this.ids.length;
    if (ordinal >= this.platform.length) this.grow(ordinal + 1);
    if (ordinal >= this.baseSize) this.ordinalOf.set(row.id, ordinal);
    this.ids[ordinal] = row.id;
    this.setHaystack(ordinal, haystack, row.text.length);
    this.platform[ordinal] = row.platform;
    this.flags[ordinal] = flags;
    this.sortAt[ordinal] = row.sortAt;
    this.author[ordinal] = this.intern(row.author);
    this.reposter[ordinal] = row.reposter === undefined ? -1 : this.intern(row.reposter);
    return ordinal;
  }

  /**
   * Frees a row; an ordinal past the base will be reused. A segment's post keeps its id in `ids`
   * (the segment's id lookup reads them) and is marked gone instead.
   */
  delete(ordinal: number): void {
    if (ordinal < this.baseSize) {
      if (this.baseGone[ordinal] === 1) return;
      this.baseGone[ordinal] = 1;
      this.baseLive -= 1;
      this.setHaystack(ordinal, '', 0);
      return;
    }
    const id = this.ids[ordinal];
    if (id === undefined) return;
    this.ordinalOf.delete(id);
    this.ids[ordinal] = undefined;
    this.setHaystack(ordinal, '', 0);
    this.free.push(ordinal);
  }

  /** Room for at least `size` ordinals in every column (doubling, so appends stay cheap). */
  private grow(size: number): void {
    const capacity = Math.max(size, this.platform.length * 2, 256);
    const grown = <T extends Uint8Array | Uint16Array | Int32Array | Float64Array>(
      column: T,
      make: (n: number) => T,
    ) => {
      const next = make(capacity);
      next.set(column);
      return next;
    };
    this.platform = grown(this.platform, (n) => new Uint8Array(n));
    this.flags = grown(this.flags, (n) => new Uint16Array(n));
    this.sortAt = grown(this.sortAt, (n) => new Float64Array(n));
    this.author = grown(this.author, (n) => new Int32Array(n));
    this.reposter = grown(this.reposter, (n) => new Int32Array(n));
  }

  private intern(handle: string): number {
    let id = this.handleIds.get(handle);
    if (id === undefined) {
      id = this.handles.length;
      this.handles.push(handle);
      this.handleIds.set(handle, id);
    }
    return id;
  }
}
