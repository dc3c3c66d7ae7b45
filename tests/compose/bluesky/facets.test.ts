import { RichText } from '@atproto/api';
import { describe, expect, it } from 'vitest';
import { detectBlueskyFacets, resolveMentionFacets } from '../../../lib/platforms/bluesky/compose/facets';
import { newTid, TID_PATTERN } from '../../../lib/kit/tid';

describe('Bluesky facets', () => {
  it('byte offsets count UTF-8 bytes of multi-byte text', () => {
    // "héllo " is 7 bytes (é is 2); "🎉" is 4.
    const text = 'héllo @alice.test 🎉 https://example.com #tag';
    expect(detectBlueskyFacets(text)).toEqual([
      {
        $type: 'app.bsky.richtext.facet',
        index: { byteStart: 7, byteEnd: 18 },
        features: [{ $type: 'app.bsky.richtext.facet#mention', did: 'alice.test' }],
      },
      {
        index: { byteStart: 24, byteEnd: 43 },
        features: [{ $type: 'app.bsky.richtext.facet#link', uri: 'https://example.com' }],
      },
      {
        index: { byteStart: 44, byteEnd: 48 },
        features: [{ $type: 'app.bsky.richtext.facet#tag', tag: 'tag' }],
      },
    ]);
  });

  it("finds exactly what @atproto/api's RichText finds", () => {
    const texts = [
      '日本語 @bob.bsky.social さん、 https://例え.jp/パス?q=1 を見て #日本語タグ',
      '👨‍👩‍👧‍👦 family @carol.example.com, see example.com/path. #one #two',
      'e\u0301 combining then https://a.b/c?d=e&f=g#h and @nobody',
    ];
    for (const text of texts) {
      const rt = new RichText({ text });
      rt.detectFacetsWithoutResolution();
      expect(detectBlueskyFacets(text)).toEqual(JSON.parse(JSON.stringify(rt.facets ?? [])));
    }
  });

  it('resolves mention handles to DIDs and drops the ones that do not resolve', async () => {
    const facets = detectBlueskyFacets('@alice.test and @ghost.test');
    const resolved = await resolveMentionFacets(facets, async (h) =>
      h === 'alice.test' ? 'did:plc:alice' : undefined,
    );
    expect(resolved).toEqual({
      facets: [
        {
          $type: 'app.bsky.richtext.facet',
          index: { byteStart: 0, byteEnd: 11 },
          features: [{ $type: 'app.bsky.richtext.facet#mention', did: 'did:plc:alice' }],
        },
      ],
      unresolved: ['ghost.test'],
    });
  });
});

describe('TIDs', () => {
  it('are 13 base32-sortable characters, unique and increasing within one millisecond', () => {
    const now = Date.UTC(2026, 0, 1);
    const tids = Array.from({ length: 50 }, () => newTid(now));
    for (const tid of tids) expect(tid).toMatch(TID_PATTERN);
    expect(new Set(tids).size).toBe(50);
    expect([...tids].sort()).toEqual(tids);
  });
});
