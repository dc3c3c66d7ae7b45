import { validatePost } from '../../../lib/post';
import { readFileSync } from 'node:fs';
import type { Capture, Post } from '../../../lib/post';
import type { ParseResult } from '../../../lib/parse-result';
import type { MastodonCaptureContext } from '../../../lib/platforms/mastodon/context';
import { parseMastodonApi } from '../../../lib/platforms/mastodon/parse-api';
import { ownFixturePath, readCaptureJson } from '../../helpers/captures';

/** A fixed capture time: every counts.readAt / firstSeenAt / lastSeenAt below equals it. */
export const NOW = Date.UTC(2026, 4, 3, 12, 0, 0);

/**
 * The real captures (../shared/fixtures/mastodon), each with the operation it answers and a page on
 * the server it was read from, as the tap would report them.
 */
export const REAL: Record<string, { timeline: string; pageUrl: string }> = {
  'api-v1-accounts-statuses-mastodon.goucher.edu-2021-03-20statuses-10reblogs-ENTITY-DAMAGED.json': {
    timeline: 'accounts/statuses',
    pageUrl: 'https://mastodon.goucher.edu/@admin',
  },
  'api-v1-statuses-context-mastodon.social-2023-05-1ancestor-1descendant.json': {
    timeline: 'statuses/context',
    pageUrl: 'https://mastodon.social/@halcy/110446983926957470',
  },
  'api-v1-statuses-mastodon.social-2023-05-remote-gifv-cw-emoji-edited-filtered.json': {
    timeline: 'statuses/show',
    pageUrl: 'https://mastodon.social/@halcy@icosahedron.website/110446223051565765',
  },
  'api-v1-statuses-mastodon.social-2025-08-quote-nested-bridged-bsky.json': {
    timeline: 'statuses/show',
    pageUrl: 'https://mastodon.social/@h4lcy.bsky.social@bsky.brid.gy/115044073088181107',
  },
  'api-v1-timelines-home-fosstodon-2025-07-5statuses.json': {
    timeline: 'timelines/home',
    pageUrl: 'https://fosstodon.org/home',
  },
  'api-v2-notifications-grouped-icosahedron.website-2026-04-40groups-37statuses-quote-poll-cw.json': {
    timeline: 'notifications/v2',
    pageUrl: 'https://icosahedron.website/notifications',
  },
  'api-v2-search-mastodon.social-2026-04-q-halcy-18accounts-2statuses.json': {
    timeline: 'search',
    pageUrl: 'https://mastodon.social/search?q=halcy',
  },
};

/** The hand-made files (tests/fixtures/mastodon), read as if on the reader's server mastodon.example. */
export const HANDMADE: Record<string, { timeline: string; pageUrl: string }> = {
  'handmade-hostile-status.json': {
    timeline: 'timelines/home',
    pageUrl: 'https://mastodon.example/home',
  },
  'handmade-notifications-v1.json': {
    timeline: 'notifications/v1',
    pageUrl: 'https://mastodon.example/notifications',
  },
  'handmade-status-video-audio.json': {
    timeline: 'statuses/show',
    pageUrl: 'https://mastodon.example/@gus@video.example/116500000000000010',
  },
  'handmade-timelines-tag.json': {
    timeline: 'timelines/tag',
    pageUrl: 'https://mastodon.example/tags/birding',
  },
};

export function contextFor(file: string): MastodonCaptureContext {
  const known = REAL[file] ?? HANDMADE[file];
  if (known === undefined) throw new Error(`no context for ${file}`);
  return { ...known, now: NOW, validate: validatePost };
}

export function captureFor(file: string): Capture {
  const { timeline, pageUrl } = contextFor(file);
  return { source: 'network', timeline, pageUrl, firstSeenAt: NOW, lastSeenAt: NOW };
}

export function readOwnJson(name: string): unknown {
  return JSON.parse(readFileSync(ownFixturePath(`mastodon/${name}`), 'utf8')) as unknown;
}

export function readOwnText(name: string): string {
  return readFileSync(ownFixturePath(`mastodon/${name}`), 'utf8');
}

/** A file's JSON: a real capture when it is one, else a hand-made fixture. */
export function fixtureJson(file: string): unknown {
  return file in REAL ? readCaptureJson(`mastodon/${file}`) : readOwnJson(file);
}

const cache = new Map<string, ParseResult>();

/** The parse of one fixture file with its context (parsed once per test file). */
export function parseFixture(file: string): ParseResult {
  let result = cache.get(file);
  if (result === undefined) {
    result = parseMastodonApi(fixtureJson(file), contextFor(file));
    cache.set(file, result);
  }
  return result;
}

/** The row of a fixture with this native id (the status `uri`). */
export function postIn(file: string, uri: string): Post | undefined {
  return parseFixture(file).posts.find((post) => post.nativeId === uri);
}

export function reasonCounts(result: ParseResult): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const skipped of result.skipped) counts[skipped.reason] = (counts[skipped.reason] ?? 0) + 1;
  return counts;
}
