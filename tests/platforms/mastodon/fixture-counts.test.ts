import { describe, expect, it } from 'vitest';
import { listCaptures, needsCaptures } from '../../helpers/captures';
import { HANDMADE, parseFixture, REAL, reasonCounts } from './fixtures';

/**
 * Posts and skips per fixture, derived by reading each file with jq, independently of the parser
 * (run in ../shared/fixtures/mastodon and in tests/fixtures/mastodon):
 *
 *   jq -c -f count.jq <file>   where count.jq is
 *
 *   def top: if type == "array" then .[] | (if has("type") and (has("content") | not)
 *                                           then (.status // empty) else . end)
 *     elif has("ancestors") then (.ancestors[], .descendants[])
 *     elif has("statuses") then .statuses[] else . end;
 *   def uris: .uri, (.reblog // empty | uris), (.quote.quoted_status // empty | uris);
 *   { posts: ([ top | uris ] | unique | length),
 *     "unknown-media": ([ top | .. | objects | select(has("media_attachments"))
 *                         | .media_attachments[] | select(.type == "unknown") ] | length) }
 *
 * i.e. posts = distinct `uri`s of every status the response holds (a timeline's items, a v1
 * notification's status, a context's ancestors and descendants, the `statuses` of search and
 * grouped notifications, one status), of each boosted original (a boost is two rows: the boost
 * under its own uri, and the original) and of each fully quoted status; a shallow quote adds none.
 * No real file has a skip: every status is stored (goucher.edu's damaged HTML included).
 */
const EXPECTED_REAL: Record<string, { posts: number; skipped: Record<string, number> }> = {
  // 20 statuses, 10 of them boosts of 10 distinct originals.
  'api-v1-accounts-statuses-mastodon.goucher.edu-2021-03-20statuses-10reblogs-ENTITY-DAMAGED.json': {
    posts: 30,
    skipped: {},
  },
  'api-v1-statuses-context-mastodon.social-2023-05-1ancestor-1descendant.json': { posts: 2, skipped: {} },
  'api-v1-statuses-mastodon.social-2023-05-remote-gifv-cw-emoji-edited-filtered.json': {
    posts: 1,
    skipped: {},
  },
  // The reply and the status it quotes; that one's own quote is shallow (an id only).
  'api-v1-statuses-mastodon.social-2025-08-quote-nested-bridged-bsky.json': { posts: 2, skipped: {} },
  'api-v1-timelines-home-fosstodon-2025-07-5statuses.json': { posts: 5, skipped: {} },
  // 37 statuses; the one quoted (101256876982565163) is also among them.
  'api-v2-notifications-grouped-icosahedron.website-2026-04-40groups-37statuses-quote-poll-cw.json': {
    posts: 37,
    skipped: {},
  },
  'api-v2-search-mastodon.social-2026-04-q-halcy-18accounts-2statuses.json': { posts: 2, skipped: {} },
};

const EXPECTED_HANDMADE: Record<string, { posts: number; skipped: Record<string, number> }> = {
  // Markup, script and javascript: links in every field: one status, stored as text.
  'handmade-hostile-status.json': { posts: 1, skipped: {} },
  // 5 notifications: the follow has no status, the favourite's status is the quoted one again.
  'handmade-notifications-v1.json': { posts: 4, skipped: {} },
  'handmade-status-video-audio.json': { posts: 1, skipped: {} },
  // One attachment the server had not fetched (`type: unknown`): the post is kept without it.
  'handmade-timelines-tag.json': { posts: 6, skipped: { 'unknown-media': 1 } },
};

describe('Mastodon parser: every real capture', needsCaptures, () => {
  it('has an expectation (and a context) for every file in the fixtures folder', () => {
    expect(listCaptures('mastodon')).toEqual(Object.keys(EXPECTED_REAL).sort());
    expect(Object.keys(REAL).sort()).toEqual(Object.keys(EXPECTED_REAL).sort());
  });

  for (const [file, expected] of Object.entries(EXPECTED_REAL)) {
    it(`${file}: ${expected.posts} posts, skips ${JSON.stringify(expected.skipped)}`, () => {
      const result = parseFixture(file);
      expect(result.posts).toHaveLength(expected.posts);
      expect(reasonCounts(result)).toEqual(expected.skipped);
    });
  }
});

describe('Mastodon parser: every hand-made fixture', () => {
  it('covers every hand-made response file', () => {
    expect(Object.keys(HANDMADE).sort()).toEqual(Object.keys(EXPECTED_HANDMADE).sort());
  });

  for (const [file, expected] of Object.entries(EXPECTED_HANDMADE)) {
    it(`${file}: ${expected.posts} posts, skips ${JSON.stringify(expected.skipped)}`, () => {
      const result = parseFixture(file);
      expect(result.posts).toHaveLength(expected.posts);
      expect(reasonCounts(result)).toEqual(expected.skipped);
    });
  }
});
