/**
 * Little binary writer and reader for the stored segment (segment-codec.ts): unsigned varints (7
 * bits a byte, any safe integer), raw byte runs and UTF-8 strings. Varints because a segment's
 * numbers are mostly small gaps (ascending postings, descending feed times): a third of the size
 * of 32-bit words, and the read from IndexedDB is what the side panel waits for at open.
 */
const STRINGS_LINES = 0;
const STRINGS_UTF8 = 1;
const STRINGS_UTF16 = 2;

export class ByteWriter {
  private bytes: Uint8Array<ArrayBuffer> = new Uint8Array(1 << 16);
  private length = 0;
  private readonly encoder = new TextEncoder();

  private reserve(extra: number): void {
    if (this.length + extra <= this.bytes.length) return;
    let size = this.bytes.length * 2;
    while (size < this.length + extra) size *= 2;
    const grown = new Uint8Array(size);
    grown.set(this.bytes.subarray(0, this.length));
    this.bytes = grown;
  }

  varint(value: number): void {
    this.reserve(8);
    let rest = value;
    while (rest >= 0x80) {
      this.bytes[this.length++] = (rest % 0x80) | 0x80;
      rest = Math.floor(rest / 0x80);
    }
    this.bytes[this.length++] = rest;
  }

  raw(bytes: Uint8Array): void {
    this.varint(bytes.length);
    this.reserve(bytes.length);
    this.bytes.set(bytes, this.length);
    this.length += bytes.length;
  }

  /**
   * A typed array's bytes as they are, 8-byte aligned: read back as a view of the read buffer (no
   * copy, no decoding).
   */
  typed(array: ArrayBufferView): void {
    this.varint(array.byteLength);
    this.reserve(array.byteLength + 8);
    while (this.length % 8 !== 0) this.bytes[this.length++] = 0;
    this.bytes.set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), this.length);
    this.length += array.byteLength;
  }

  /**
   * A list of strings as one UTF-8 run (one decode on reading): joined by newlines when none has
   * one (the reader splits, natively), else preceded by their UTF-16 lengths; as UTF-16 code units
   * when one is not well-formed (UTF-8 cannot carry a lone surrogate).
   */
  strings(list: readonly string[]): void {
    this.varint(list.length);
    const joined = list.join('\n');
    if (!joined.isWellFormed()) {
      this.varint(STRINGS_UTF16);
      for (const text of list) this.varint(text.length);
      const all = list.join('');
      const units = new Uint16Array(all.length);
      for (let index = 0; index < all.length; index += 1) units[index] = all.charCodeAt(index);
      this.typed(units);
    } else if (list.every((text) => !text.includes('\n'))) {
      this.varint(STRINGS_LINES);
      this.raw(this.encoder.encode(joined));
    } else {
      this.varint(STRINGS_UTF8);
      for (const text of list) this.varint(text.length);
      this.raw(this.encoder.encode(list.join('')));
    }
  }

  result(): Uint8Array<ArrayBuffer> {
    return this.bytes.subarray(0, this.length);
  }
}

export class ByteReader {
  private at = 0;
  private readonly decoder = new TextDecoder();

  constructor(private readonly bytes: Uint8Array) {}

  varint(): number {
    const { bytes } = this;
    let byte = bytes[this.at++]!;
    if (byte < 0x80) return byte;
    let value = byte & 0x7f;
    let scale = 0x80;
    do {
      byte = bytes[this.at++]!;
      value += (byte & 0x7f) * scale;
      scale *= 0x80;
    } while (byte >= 0x80);
    return value;
  }

  /** `count` varints into a Uint32Array. */
  varints(into: Uint32Array): Uint32Array {
    for (let index = 0; index < into.length; index += 1) into[index] = this.varint();
    return into;
  }

  /**
   * A typed array written by ByteWriter.typed: a view of the input's buffer (copied only when the
   * input itself does not start 8-byte aligned in its buffer).
   */
  typed<T>(make: (buffer: ArrayBufferLike, byteOffset: number, byteLength: number) => T): T {
    const length = this.varint();
    while (this.at % 8 !== 0) this.at += 1;
    const { buffer, byteOffset } = this.bytes;
    const start = byteOffset + this.at;
    this.at += length;
    if (start % 8 === 0) return make(buffer, start, length);
    return make(buffer.slice(start, start + length), 0, length);
  }

  /** A raw run, as a view of the input (no copy). */
  raw(): Uint8Array {
    const length = this.varint();
    const view = this.bytes.subarray(this.at, this.at + length);
    this.at += length;
    return view;
  }

  strings(): string[] {
    const count = this.varint();
    const kind = this.varint();
    if (kind === STRINGS_LINES) {
      const lines = this.decoder.decode(this.raw());
      return count === 0 ? [] : lines.split('\n');
    }
    const lengths = this.varints(new Uint32Array(count));
    const all =
      kind === STRINGS_UTF8
        ? this.decoder.decode(this.raw())
        : this.typed((buffer, offset, length) => {
            const units = new Uint16Array(buffer, offset, length / 2);
            let text = '';
            for (let at = 0; at < units.length; at += 4096)
              text += String.fromCharCode(...units.subarray(at, at + 4096));
            return text;
          });
    const list = new Array<string>(count);
    let offset = 0;
    for (let index = 0; index < count; index += 1) {
      list[index] = all.slice(offset, offset + lengths[index]!);
      offset += lengths[index]!;
    }
    return list;
  }

  get done(): boolean {
    return this.at >= this.bytes.length;
  }
}
