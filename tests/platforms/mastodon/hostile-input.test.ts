import { describe, expect, it } from 'vitest';
import { parseMastodonApi } from '../../../lib/platforms/mastodon/parse-api';
import { captureFor, contextFor, readOwnJson } from './fixtures';

/*
 * A status whose every field is hostile markup (hand-made): what is stored is text, links are the
 * https one only, and nothing of the markup survives as markup (the feed renders text as text).
 */
describe('Mastodon parser: hostile input', () => {
  it('keeps markup as its characters, drops scripts, frames, images and non-http(s) URLs', () => {
    const file = 'handmade-hostile-status.json';
    const { posts, skipped } = parseMastodonApi(readOwnJson(file), contextFor(file));
    expect(skipped).toEqual([]);
    expect(posts).toEqual([
      {
        id: 'mastodon:https://hostile.example/users/mallory/statuses/1',
        platform: 'mastodon',
        nativeId: 'https://hostile.example/users/mallory/statuses/1',
        url: 'https://hostile.example/@mallory/1',
        author: {
          id: 'https://hostile.example/users/mallory',
          handle: 'mallory@hostile.example',
          name: '<img src=x onerror=alert(6)>Mallory',
          verified: false,
        },
        text: 'Hello  click me safe.example/page <b onmouseover=alert(4)>not bold</b>\ndata link',
        entities: [{ kind: 'link', start: 16, end: 33, url: 'https://safe.example/page' }],
        lang: 'en',
        createdAt: Date.parse('2026-05-03T12:00:00.000Z'),
        sortAt: Date.parse('2026-05-03T12:00:00.000Z'),
        media: [],
        counts: { replies: 0, reposts: 0, quotes: 0, likes: 0, readAt: contextFor(file).now },
        edited: false,
        sensitive: false,
        local: {
          id: '116600000000000001',
          url: 'https://mastodon.example/@mallory@hostile.example/116600000000000001',
        },
        capture: captureFor(file),
      },
    ]);
  });
});
