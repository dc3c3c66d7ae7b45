import { describe, expect, it } from 'vitest';
import type { Skipped } from '../../../lib/post';
import { readText } from '../../../lib/platforms/bluesky/facets';
import { utf8Offsets } from '../../../lib/platforms/bluesky/utf8-offsets';
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

describe('UTF-8 byte offsets → UTF-16 offsets', () => {
  it('maps every character start, marks bytes inside a character, and the end', () => {
    // a (1 byte) é (2) 東 (3) 🗼 (4 bytes, 2 UTF-16 units)
    expect([...utf8Offsets('aé東🗼')!]).toEqual([0, 1, -1, 2, -1, -1, 3, -1, -1, -1, 5]);
    expect([...utf8Offsets('a🗼')!]).toEqual([0, 1, -1, -1, -1, 3]);
  });

  it('needs no map for all-ASCII text: every byte offset is its own UTF-16 offset', () => {
    expect(utf8Offsets('')).toBeUndefined();
    expect(utf8Offsets('plain ascii, #tags and @handles')).toBeUndefined();
  });

  it('counts a lone surrogate as 3 bytes, as TextEncoder writes it (U+FFFD)', () => {
    const text = 'a\ud800b';
    expect(encoder.encode(text).length).toBe(5);
    expect([...utf8Offsets(text)!]).toEqual([0, 1, -1, -1, 2, 3]);
  });

  it('agrees with TextEncoder on 2,000 random strings of mixed scripts', () => {
    const random = seededRandom(13);
    const pieces = ['a', ' ', 'é', 'ß', '東', 'の', '한', '🗼', '👋🏽', '👨‍👩‍👧', 'ا', '\n', '\ud83d'];
    const wrong: string[] = [];
    for (let round = 0; round < 2000; round += 1) {
      let text = '';
      const length = Math.floor(random() * 30);
      for (let i = 0; i < length; i += 1) text += pieces[Math.floor(random() * pieces.length)];
      const bytes = encoder.encode(text).length;
      const map = utf8Offsets(text) ?? Int32Array.from({ length: text.length + 1 }, (_, i) => i);
      if (bytes === text.length && utf8Offsets(text) !== undefined)
        wrong.push(`ASCII ${JSON.stringify(text)}`);
      if (map.length !== bytes + 1) wrong.push(`length of ${JSON.stringify(text)}`);
      // Every code point starts where TextEncoder says its bytes start, and maps to its UTF-16 index.
      for (let i = 0; i < text.length; i += 1) {
        const byte = encoder.encode(text.slice(0, i)).length;
        if (map[byte] !== i) wrong.push(`${JSON.stringify(text)} at ${i}`);
        if ((text.codePointAt(i) ?? 0) > 0xffff) i += 1;
      }
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
    // Sorted by start: tag, its repeat (silent), then both links, each overlapping the tag.
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
