import { describe, expect, it } from 'vitest';
import type { Skipped } from '../../../lib/parse-result';
import { readText } from '../../../lib/platforms/bluesky/facets';
import {
  INSIDE_A_CHARACTER,
  PAST_THE_END,
  seekByte,
  utf8Cursor,
} from '../../../lib/platforms/bluesky/utf8-cursor';
import { seededRandom } from '../../helpers/mutate';

const encoder = new TextEncoder();

/** A facet over `sub` (its `occurrence`-th appearance), with byte offsets from TextEncoder. */
function facetOver(text: string, sub: string, feature: Record<string, unknown>) {
  const before = text.slice(0, text.indexOf(sub));
  const byteStart = encoder.encode(before).length;
  return { index: { byteStart, byteEnd: byteStart + encoder.encode(sub).length }, features: [feature] };
}

const tag = (value: string) => ({ $type: 'app.bsky.richtext.facet#tag', tag: value });

function read(text: string, facets: unknown[]) {
  const skipped: Skipped[] = [];
  const { entities } = readText({ text, facets }, skipped);
  return {
    entities,
    texts: entities.map((e) => text.slice(e.start, e.end)),
    dropped: skipped.map((s) => s.detail),
  };
}

/** Every byte offset of `text` (0 to its UTF-8 length + 2) through one cursor, in order. */
function mapAll(text: string): number[] {
  const cursor = utf8Cursor(text);
  const bytes = encoder.encode(text).length;
  return Array.from({ length: bytes + 3 }, (_, byte) => seekByte(cursor, byte));
}

describe('UTF-8 byte offsets → UTF-16 offsets', () => {
  it('maps every character start, marks bytes inside a character, the end, and past it', () => {
    // a (1 byte) é (2) 東 (3) 🗼 (4 bytes, 2 UTF-16 units)
    expect(mapAll('aé東🗼')).toEqual([0, 1, -1, 2, -1, -1, 3, -1, -1, -1, 5, PAST_THE_END, PAST_THE_END]);
    expect(mapAll('')).toEqual([0, PAST_THE_END, PAST_THE_END]);
    expect(INSIDE_A_CHARACTER).toBe(-1);
  });

  it('counts a lone surrogate as 3 bytes, as TextEncoder writes it (U+FFFD)', () => {
    const text = 'a\ud800b';
    expect(encoder.encode(text).length).toBe(5);
    expect(mapAll(text).slice(0, 6)).toEqual([0, 1, -1, -1, 2, 3]);
  });

  it('agrees with TextEncoder on 2,000 random strings of mixed scripts', () => {
    const random = seededRandom(13);
    const pieces = ['a', ' ', 'é', 'ß', '東', 'の', '한', '🗼', '👋🏽', '👨‍👩‍👧', 'ا', '\n', '\ud83d'];
    const wrong: string[] = [];
    for (let round = 0; round < 2000; round += 1) {
      let text = '';
      const length = Math.floor(random() * 30);
      for (let i = 0; i < length; i += 1) text += pieces[Math.floor(random() * pieces.length)];
      const map = mapAll(text);
      // Every code point starts where TextEncoder says its bytes start, and maps to its UTF-16 index.
      const starts = new Set<number>();
      for (let i = 0; i <= text.length; i += 1) {
        const byte = encoder.encode(text.slice(0, i)).length;
        starts.add(byte);
        if (map[byte] !== i) wrong.push(`${JSON.stringify(text)} at ${i}`);
        if ((text.codePointAt(i) ?? 0) > 0xffff) i += 1;
      }
      map.forEach((unit, byte) => {
        const expected = starts.has(byte)
          ? unit
          : byte > encoder.encode(text).length
            ? PAST_THE_END
            : INSIDE_A_CHARACTER;
        if (unit !== expected) wrong.push(`${JSON.stringify(text)} byte ${byte}`);
      });
    }
    expect(wrong).toEqual([]);
  });
});

describe('facets → entities', () => {
  it('places mention, link and tag facets after CJK, emoji and a skin-tone sequence', () => {
    const text = '👋🏽 東京 @ada.example.com see example.com/x… #夜景';
    const result = read(text, [
      facetOver(text, '#夜景', tag('夜景')),
      facetOver(text, '@ada.example.com', { $type: 'app.bsky.richtext.facet#mention', did: 'did:plc:ada' }),
      facetOver(text, 'example.com/x…', {
        $type: 'app.bsky.richtext.facet#link',
        uri: 'https://example.com/x/y',
      }),
    ]);
    expect(result.texts).toEqual(['@ada.example.com', 'example.com/x…', '#夜景']);
    expect(result.entities[0]).toEqual({
      kind: 'mention',
      start: 8,
      end: 24,
      handle: 'ada.example.com',
      userId: 'did:plc:ada',
    });
    expect(result.dropped).toEqual([]);
  });

  it('drops and counts facets outside the text, empty, reversed or with negative / fractional bytes', () => {
    const text = 'hello';
    const at = (byteStart: unknown, byteEnd: unknown) => ({
      index: { byteStart, byteEnd },
      features: [tag('x')],
    });
    const result = read(text, [at(0, 6), at(3, 3), at(4, 2), at(-1, 2), at(0.5, 2), at('0', 2), {}, null]);
    expect(result.entities).toEqual([]);
    expect(result.dropped).toEqual(Array(8).fill('out-of-range'));
  });

  it('drops and counts a facet that starts or ends inside a multi-byte character', () => {
    const text = 'a🗼b東c';
    const result = read(text, [
      { index: { byteStart: 2, byteEnd: 6 }, features: [tag('x')] }, // starts inside 🗼
      { index: { byteStart: 6, byteEnd: 8 }, features: [tag('y')] }, // ends inside 東
      { index: { byteStart: 6, byteEnd: 9 }, features: [tag('z')] }, // exactly 東
    ]);
    expect(result.texts).toEqual(['東']);
    expect(result.dropped).toEqual(['inside-a-character', 'inside-a-character']);
  });

  it('keeps the first of overlapping facets, drops an exact repeat silently', () => {
    const text = 'one two three';
    const link = { $type: 'app.bsky.richtext.facet#link', uri: 'https://example.com/' };
    const result = read(text, [
      { index: { byteStart: 4, byteEnd: 13 }, features: [link] },
      { index: { byteStart: 0, byteEnd: 7 }, features: [tag('a')] },
      { index: { byteStart: 4, byteEnd: 13 }, features: [link] },
      { index: { byteStart: 0, byteEnd: 7 }, features: [tag('a')] },
    ]);
    // In byte order: tag, its repeat (silent), then both links, each overlapping the tag.
    expect(result.texts).toEqual(['one two']);
    expect(result.dropped).toEqual(['overlap', 'overlap']);
  });

  it('reads the first usable feature; non-http links, unknown features and bad mentions are dropped and counted', () => {
    const text = 'abc def ghi jkl';
    const result = read(text, [
      {
        index: { byteStart: 0, byteEnd: 3 },
        features: [{ $type: 'app.bsky.richtext.facet#bold' }, tag('abc')],
      },
      { index: { byteStart: 4, byteEnd: 7 }, features: [{ uri: 'javascript:alert(1)' }] },
      { index: { byteStart: 8, byteEnd: 11 }, features: [{ did: 'not a did' }] },
      { index: { byteStart: 12, byteEnd: 15 }, features: [{ $type: 'app.bsky.richtext.facet#bold' }] },
    ]);
    expect(result.entities).toEqual([{ kind: 'hashtag', start: 0, end: 3, tag: 'abc' }]);
    expect(result.dropped).toEqual(['no-readable-feature', 'no-readable-feature', 'no-readable-feature']);
  });

  it('a dropped facet does not hide the next one starting inside it', () => {
    const text = '東京 and more';
    const result = read(text, [
      { index: { byteStart: 0, byteEnd: 10 }, features: [{ $type: 'app.bsky.richtext.facet#bold' }] },
      { index: { byteStart: 3, byteEnd: 6 }, features: [tag('京')] },
    ]);
    expect(result.texts).toEqual(['京']);
    expect(result.dropped).toEqual(['no-readable-feature']);
  });

  it('names a mention whose text is not a handle by its DID', () => {
    const text = 'hi @someone';
    expect(read(text, [facetOver(text, '@someone', { did: 'did:plc:someone' })]).entities).toEqual([
      { kind: 'mention', start: 3, end: 11, handle: 'did:plc:someone', userId: 'did:plc:someone' },
    ]);
  });

  it('reads no facets from a record without text or facets', () => {
    const skipped: Skipped[] = [];
    expect(readText({}, skipped)).toEqual({ text: '', entities: [] });
    expect(readText({ text: 'x', facets: 'nope' }, skipped)).toEqual({ text: 'x', entities: [] });
    expect(skipped).toEqual([]);
  });
});
