/**
 * Builds a segment's texts: UTF-8 runs back to back with their offsets, and the few texts UTF-8
 * cannot carry exactly (lone surrogates) kept aside as strings.
 */
export class SegmentTexts {
  private bytes: Uint8Array;
  private length = 0;
  readonly starts: Uint32Array;
  readonly oddOrdinals: number[] = [];
  readonly oddTexts: string[] = [];
  private readonly encoder = new TextEncoder();

  constructor(
    private readonly size: number,
    expectedBytes: number,
  ) {
    this.bytes = new Uint8Array(Math.max(expectedBytes, 1024));
    this.starts = new Uint32Array(size + 1);
  }

  private reserve(extra: number): void {
    if (this.length + extra <= this.bytes.length) return;
    const grown = new Uint8Array(Math.max(this.bytes.length * 2, this.length + extra));
    grown.set(this.bytes.subarray(0, this.length));
    this.bytes = grown;
  }

  /** Ordinal `ordinal`'s text from bytes already encoded (another segment's). */
  copy(ordinal: number, utf8: Uint8Array): void {
    this.reserve(utf8.length);
    this.bytes.set(utf8, this.length);
    this.length += utf8.length;
    this.starts[ordinal + 1] = this.length;
  }

  /** Ordinal `ordinal`'s text from a string. */
  encode(ordinal: number, text: string): void {
    if (!text.isWellFormed()) {
      this.oddOrdinals.push(ordinal);
      this.oddTexts.push(text);
    } else {
      this.reserve(text.length * 3);
      this.length += this.encoder.encodeInto(text, this.bytes.subarray(this.length)).written;
    }
    this.starts[ordinal + 1] = this.length;
  }

  /** Ordinals must have been given in order, each once. */
  result(): { texts: Uint8Array; textStarts: Uint32Array; oddOrdinals: number[]; oddTexts: string[] } {
    if (this.starts.length !== this.size + 1) throw new Error('segment texts: wrong size');
    return {
      texts: this.bytes.slice(0, this.length),
      textStarts: this.starts,
      oddOrdinals: this.oddOrdinals,
      oddTexts: this.oddTexts,
    };
  }
}
