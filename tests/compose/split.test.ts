import { describe, expect, it } from 'vitest';
import { countFor } from '../../lib/compose/page/count';
import { PLATFORMS as COMPOSE_NETWORKS, type Platform as ComposeNetwork } from '../../lib/platforms/registry';
import { splitIntoThread } from '../../lib/compose/page/split';
import { graphemes } from '../../lib/compose/unicode';

const NUMBERING = /^(\d+)\/(\d+) /;
const squash = (s: string) => s.replace(/\s+/g, '');

const sentences = Array.from(
  { length: 24 },
  (_, i) =>
    `Sentence ${i} links https://example.com/articles/${i}?ref=crossfeed and thanks @alice@mastodon.social for #idea${i} 🎉👨‍👩‍👧‍👦.`,
).join(' ');
const oneLongSentence = Array.from({ length: 200 }, (_, i) => `word${i}`).join(' ');
const cjk = '吾輩は猫である。名前はまだ無い。どこで生れたかとんと見当がつかぬ。'.repeat(20);
const noSpaces = '🇯🇵e\u0301'.repeat(400);

const texts: Record<string, string> = { sentences, oneLongSentence, cjk, noSpaces };

function check(text: string, network: ComposeNetwork): string[] {
  const parts = splitIntoThread(text, network);
  expect(parts.length).toBeGreaterThan(1);
  const bodies = parts.map((part, i) => {
    const numbering = NUMBERING.exec(part);
    expect(numbering?.slice(1)).toEqual([String(i + 1), String(parts.length)]);
    // Every part fits by the network's own count, numbering included.
    expect(countFor(network, part).overflowAt).toBeUndefined();
    return part.slice(numbering?.[0].length ?? 0);
  });
  // Nothing lost, nothing added, nothing reordered.
  expect(squash(bodies.join(''))).toBe(squash(text));
  // Every cut is on a grapheme boundary of the original.
  const boundaries = new Set(graphemes(squash(text)).map((g) => g.index));
  let at = 0;
  for (const body of bodies) {
    expect(boundaries.has(at)).toBe(true);
    at += squash(body).length;
  }
  return bodies;
}

describe('splitIntoThread', () => {
  for (const network of COMPOSE_NETWORKS) {
    for (const [name, text] of Object.entries(texts)) {
      it(`${network}: ${name} splits into parts that fit and rejoin to the original`, () => {
        check(text, network);
      });
    }
  }

  it('never cuts a URL, a mention or a hashtag', () => {
    for (const network of COMPOSE_NETWORKS) {
      const bodies = check(sentences, network);
      for (const whole of sentences.match(/https:\/\/\S+|@alice@mastodon\.social|#idea\d+/g) ?? []) {
        expect(bodies.filter((b) => b.includes(whole)).length).toBeGreaterThan(0);
      }
    }
  });

  it('cuts at sentence ends when a sentence fits', () => {
    const bodies = check(sentences, 'x');
    for (const body of bodies) expect(body.endsWith('.')).toBe(true);
  });

  it('falls back to word boundaries inside one long sentence', () => {
    const bodies = check(oneLongSentence, 'bluesky');
    for (const body of bodies) expect(body).toMatch(/^word\d+( word\d+)*$/);
  });

  it('keeps a text that fits as it is, without numbering', () => {
    expect(splitIntoThread('Short and sweet.', 'x')).toEqual(['Short and sweet.']);
    expect(splitIntoThread('   ', 'x')).toEqual([]);
  });

  it('splits Threads text by its link limit too', () => {
    const links = Array.from({ length: 8 }, (_, i) => `site${i}.com`).join(' ');
    const parts = splitIntoThread(links, 'threads');
    expect(parts).toEqual([
      '1/2 site0.com site1.com site2.com site3.com site4.com',
      '2/2 site5.com site6.com site7.com',
    ]);
  });

  it('widens the numbering when the thread reaches ten parts', () => {
    const parts = splitIntoThread('a'.repeat(2600).replace(/a{10}/g, '$& '), 'x');
    expect(parts.length).toBeGreaterThanOrEqual(10);
    expect(parts[9]).toMatch(new RegExp(`^10/${parts.length} `));
    for (const part of parts) expect(countFor('x', part).overflowAt).toBeUndefined();
  });

  it('uses the Mastodon instance limits it is given', () => {
    const parts = splitIntoThread(oneLongSentence, 'mastodon', { maxCharacters: 1000 });
    expect(parts.length).toBe(2);
    for (const part of parts)
      expect(countFor('mastodon', part, { maxCharacters: 1000 }).overflowAt).toBeUndefined();
  });
});
