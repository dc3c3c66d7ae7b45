import { describe, expect, it } from 'vitest';
import { generatePosts } from '../../lib/dev/generate-posts';
import { normalizeText, normalizeWithMap } from '../../lib/search/normalize';
import { isWordAt, isWordBefore, tokenize } from '../../lib/search/tokens';

describe('normalizeText', () => {
  it.each([
    ['Crossfeed LAUNCH', 'crossfeed launch'],
    ['Café naïve résumé Dvořák Łódź', 'cafe naive resume dvorak lodz'],
    ['e\u0301', 'e'],
    ['Straße STRASSE ẞ', 'strasse strasse ss'],
    ['Æsir œuvre Øresund Ærø', 'aesir oeuvre oresund aero'],
    ['Đorđe Þór ðú ıstanbul İstanbul', 'dorde thor du istanbul istanbul'],
    ['ΟΔΥΣΣΕΥΣ Οδυσσεύς', 'οδυσσευσ οδυσσευσ'],
    ['ＡＢＣ ﬁnal x² ①', 'abc final x2 1'],
    ['Москва', 'москва'],
    ['東京 ラーメン', '東京 ラーメン'],
    // Hangul syllables decompose into their jamo (both sides alike); kana lose their voicing marks.
    ['서울 ガ', `${'서울'.normalize('NFD')} カ`],
    ['❤️ 👍🏽 🚀', '❤ 👍🏽 🚀'],
    ['a \n\t b\u00a0\u00a0c', 'a b c'],
    ['@Alice #Rust https://Example.com/Path', '@alice #rust https://example.com/path'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });
});

describe('normalizeWithMap', () => {
  it('gives the same text as normalizeText, code point by code point', () => {
    const samples = generatePosts(400, 3).flatMap((post) => [post.text, post.author.name]);
    samples.push('ΟΔΥΣΣΕΥΣ', 'e\u0301te\u0301', 'Straße  \n x', 'ＡＢＣ ﬁnal', '👨‍👩‍👧 İ');
    for (const sample of samples) expect(normalizeWithMap(sample).text).toBe(normalizeText(sample));
  });

  it('maps each normalised unit back to the original code point, marks and spaces included', () => {
    const text = 'Ca\u0301fe\u0301 Straße  😂x';
    const { text: normalized, start, end } = normalizeWithMap(text);
    expect(normalized).toBe('cafe strasse 😂x');
    const original = (from: number, to: number) => text.slice(start[from]!, end[to - 1]!);
    expect(original(0, 4)).toBe('Ca\u0301fe\u0301');
    expect(original(5, 12)).toBe('Straße');
    expect(original(10, 11)).toBe('ß');
    expect(original(12, 13)).toBe('  ');
    expect(original(13, 15)).toBe('😂');
    expect(original(15, 16)).toBe('x');
  });
});

describe('tokenize', () => {
  it.each([
    ['hello world', ['hello', 'world']],
    [
      '@john_doe #rust2025 example.com/a-b?c=1',
      ['john', 'doe', 'rust2025', 'example', 'com', 'a', 'b', 'c', '1'],
    ],
    ["don't stop-believing", ['don', 't', 'stop', 'believing']],
    ['東京タワー', ['東', '京', 'タ', 'ワ', 'ー']],
    ['hi🚀there 👍🏽', ['hi', '🚀', 'there', '👍']],
    ['москва σοφια', ['москва', 'σοφια']],
    ['สวัสดี', ['ส', 'ว', 'ส', 'ด']],
    ['...', []],
  ])('%j', (input, expected) => {
    expect(tokenize(input)).toEqual(expected);
  });

  it('knows where words start and end', () => {
    expect(isWordAt('ab', 0)).toBe(true);
    expect(isWordAt('#a', 0)).toBe(false);
    expect(isWordAt('東', 0)).toBe(false);
    expect(isWordBefore('a🚀', 3)).toBe(false);
    expect(isWordBefore('x𝐀', 3)).toBe(true);
    expect(isWordBefore('ab', 0)).toBe(false);
  });
});
