import { validatePost } from '../../../lib/post';
import { readFileSync } from 'node:fs';
import type { Capture, Post } from '../../../lib/post';
import type { CaptureContext, ParseResult } from '../../../lib/parse-result';
import { parseBlueskyXrpc } from '../../../lib/platforms/bluesky/parse-xrpc';
import { ownFixturePath, readCaptureJson } from '../../helpers/captures';

/** A fixed capture time: every counts.readAt / firstSeenAt / lastSeenAt below equals it. */
export const NOW = Date.UTC(2026, 7, 1, 12, 0, 0);
export const PAGE = 'https://bsky.app/';

/** Real capture files are named `<NSID>-<rest>.json`: the NSID is the operation they answer. */
export function operationOf(file: string): string {
  return file
    .replace(/^handmade-(gallery-)?/, '')
    .split('-')[0]!
    .replace(/\.json$/, '');
}

export function contextFor(file: string): CaptureContext {
  return { timeline: operationOf(file), pageUrl: PAGE, now: NOW, validate: validatePost };
}

export function captureFor(file: string): Capture {
  return { source: 'network', timeline: operationOf(file), pageUrl: PAGE, firstSeenAt: NOW, lastSeenAt: NOW };
}

const cache = new Map<string, ParseResult>();

/** The parse of a real capture (`bluesky/<file>`) or, for `handmade-…`, of the repo's own fixture. */
export function parseFixture(file: string): ParseResult {
  let result = cache.get(file);
  if (!result) {
    result = parseBlueskyXrpc(readFixtureJson(file), contextFor(file));
    cache.set(file, result);
  }
  return result;
}

export function readFixtureJson(file: string): unknown {
  return file.startsWith('handmade-')
    ? (JSON.parse(readFileSync(ownFixturePath(`bluesky/${file}`), 'utf8')) as unknown)
    : readCaptureJson(`bluesky/${file}`);
}

/** The row with this native id (at-uri, or a repost row's id). */
export function postIn(file: string, nativeId: string): Post | undefined {
  return parseFixture(file).posts.find((post) => post.nativeId === nativeId);
}

export function reasonCounts(result: ParseResult): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const skipped of result.skipped) counts[skipped.reason] = (counts[skipped.reason] ?? 0) + 1;
  return counts;
}

/** `at://<did>/app.bsky.feed.post/<rkey>` */
export function postUri(did: string, rkey: string): string {
  return `at://${did}/app.bsky.feed.post/${rkey}`;
}

/** The text each entity of a post covers: proves the UTF-8 → UTF-16 ranges land on the right words. */
export function entityTexts(post: Post | undefined): string[] {
  return (post?.entities ?? []).map((entity) => post!.text.slice(entity.start, entity.end));
}
