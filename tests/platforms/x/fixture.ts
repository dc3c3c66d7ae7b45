import { validatePost } from '../../../lib/post';
import type { Capture, Post } from '../../../lib/post';
import type { CaptureContext, ParseResult } from '../../../lib/parse-result';
import { parseXGraphql } from '../../../lib/platforms/x/parse-graphql';
import { readCaptureJson } from '../../helpers/captures';

/** A fixed capture time: every counts.readAt / firstSeenAt / lastSeenAt below equals it. */
export const NOW = Date.UTC(2026, 0, 15, 12, 0, 0);

/** Fixture files are named `graphql-<Operation>-<rest>.json`; tests name them by `<Operation>-<rest>`. */
export function fixturePath(name: string): string {
  return `x/graphql-${name}.json`;
}

export function contextFor(name: string): CaptureContext {
  return { timeline: name.split('-')[0]!, pageUrl: 'https://x.com/home', now: NOW, validate: validatePost };
}

export function captureFor(name: string): Capture {
  return {
    source: 'network',
    timeline: name.split('-')[0]!,
    pageUrl: 'https://x.com/home',
    firstSeenAt: NOW,
    lastSeenAt: NOW,
  };
}

const cache = new Map<string, ParseResult>();

/** The parse of one fixture file (parsed once per test file). */
export function parseFixture(name: string): ParseResult {
  let result = cache.get(name);
  if (!result) {
    result = parseXGraphql(readCaptureJson(fixturePath(name)), contextFor(name));
    cache.set(name, result);
  }
  return result;
}

export function postIn(name: string, nativeId: string): Post | undefined {
  return parseFixture(name).posts.find((post) => post.nativeId === nativeId);
}

export function reasonCounts(result: ParseResult): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const skipped of result.skipped) counts[skipped.reason] = (counts[skipped.reason] ?? 0) + 1;
  return counts;
}
