import { describe, expect, it } from 'vitest';
import { postSchema } from '../../../lib/post';
import { parseThreadsEmbedded } from '../../../lib/platforms/threads/parse-embedded';
import { parseThreadsGraphql } from '../../../lib/platforms/threads/parse-graphql';
import { THREADS_SKIP_REASONS } from '../../../lib/platforms/threads/types';
import { needsCaptures } from '../../helpers/captures';
import { mutateJson } from '../../helpers/mutate';
import { context, feedJson, pageScripts, readOwnJson } from './fixtures';

/**
 * Seeded mutations (drop a key, swap a type, truncate an array, null, empty string; 3 edits each) of
 * real and hand-made sub-documents. For every mutated document:
 * 1. the parser returns (never throws);
 * 2. every post it returns passes postSchema, and no post is lost to the final schema check
 *    (`invalid-post` stays 0: the normaliser only builds valid rows);
 * 3. every skip reason is one of THREADS_SKIP_REASONS;
 * 4. no silent loss: let E be the number of `thread_items` entries in the mutated document whose post
 *    has a pk no earlier entry had (later ones with the same pk collapse into one row by design).
 *    Each such entry yields a post row or a counted skip, so posts + skipped >= E.
 */
function entries(document: unknown): number {
  let count = 0;
  const seen = new Set<unknown>();
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (typeof value === 'object' && value !== null) {
      for (const [key, child] of Object.entries(value)) {
        if (key === 'thread_items' && Array.isArray(child)) {
          for (const item of child) {
            const pk = (item as { post?: { pk?: unknown } } | null)?.post?.pk;
            const key = typeof pk === 'string' || typeof pk === 'number' ? String(pk) : {};
            if (!seen.has(key)) count += 1;
            seen.add(key);
          }
        } else walk(child);
      }
    }
  };
  walk(document);
  return count;
}

const reasons = new Set<string>(THREADS_SKIP_REASONS);

function check(document: unknown, seed: number): void {
  const { value } = mutateJson(document, seed, 3);
  const result = parseThreadsGraphql(value, context('mutated'));
  for (const post of result.posts) expect(postSchema.safeParse(post).success).toBe(true);
  for (const skip of result.skipped) expect(reasons.has(skip.reason), skip.reason).toBe(true);
  expect(result.skipped.filter((skip) => skip.reason === 'invalid-post')).toEqual([]);
  expect(result.posts.length + result.skipped.length, `seed ${seed}`).toBeGreaterThanOrEqual(entries(value));
}

/** The kept page's threads, one per document (as a post-page response), so each case stays small. */
function pageThreads(): unknown[] {
  const threads: unknown[] = [];
  for (const script of pageScripts()) {
    if (!script.includes('"thread_items"')) continue;
    const walk = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(walk);
      else if (typeof value === 'object' && value !== null) {
        if ('thread_items' in value) threads.push({ data: { data: { edges: [{ node: value }] } } });
        else Object.values(value).forEach(walk);
      }
    };
    walk(JSON.parse(script));
  }
  return threads;
}

const HANDMADE = [
  'handmade-feedData-repost.json',
  'handmade-feedData-poll-gif.json',
  'handmade-mediaData-profile.json',
  'handmade-searchResults.json',
  'handmade-savedMedia.json',
  'handmade-likedMedia.json',
];

describe('Threads parsers under seeded mutations', needsCaptures, () => {
  it('the real feed response: 2,000 cases', () => {
    const feed = feedJson();
    for (let seed = 1; seed <= 2000; seed += 1) check(feed, seed);
  });

  it('the real page, thread by thread: 25 threads (26 items) x 260 cases = 6,500 cases', () => {
    const threads = pageThreads();
    expect(threads).toHaveLength(25);
    threads.forEach((thread, index) => {
      for (let seed = 1; seed <= 260; seed += 1) check(thread, index * 1000 + seed);
    });
  });

  it('the hand-made roots: 6 files x 300 cases = 1,800 cases', () => {
    HANDMADE.forEach((name, index) => {
      const document = readOwnJson(name);
      for (let seed = 1; seed <= 300; seed += 1) check(document, 100_000 + index * 1000 + seed);
    });
  });

  it('embedded blobs cut short or mangled: counted, never thrown (200 cases)', () => {
    const scripts = pageScripts().filter((script) => script.includes('"thread_items"'));
    for (let cut = 1; cut <= 200; cut += 1) {
      const script = scripts[cut % scripts.length]!;
      const result = parseThreadsEmbedded(
        [script.slice(0, Math.floor((script.length * cut) / 201))],
        context(),
      );
      expect(result.skipped).toEqual([{ reason: 'bad-embedded-json', detail: expect.any(String) }]);
    }
  });
});
