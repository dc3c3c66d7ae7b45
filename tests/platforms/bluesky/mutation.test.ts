import { validatePost } from '../../../lib/post';
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { postSchema } from '../../../lib/post';
import type { ParseResult } from '../../../lib/parse-result';
import type { Post } from '../../../lib/post';
import { parseBlueskyXrpc } from '../../../lib/platforms/bluesky/parse-xrpc';
import { BLUESKY_PART_REASONS } from '../../../lib/platforms/bluesky/skip-reasons';
import { hasCaptures, listCaptures, ownFixturePath } from '../../helpers/captures';
import { mutateJson } from '../../helpers/mutate';
import { NOW, readFixtureJson } from './fixture';

/**
 * Seeded mutations of every real Bluesky capture, plus the hand-made files (drop keys, swap types,
 * truncate arrays, nulls, empty strings; 1–3 edits per case, reproducible from the seed).
 *
 * Units, so that 10,000+ cases stay fast: every feed item / post view / bookmark of a file on its
 * own (wrapped in a minimal response of the same root), every top-level reply subtree of a thread,
 * plus the file's skeleton — the whole response with its lists cut to two entries — so that the
 * roots and wrappers get mutated too.
 *
 * For every case: the parser does not throw, reports no `parser-error`, and every post it returns
 * satisfies postSchema. And every loss is accounted for. A *post slot* is where a response holds a
 * post or a post's link to another row: the keys `post` (feed item, thread node, thread item),
 * `parent` / `root` (reply context, thread parent), `reason` (a repost row), `record` (a quote),
 * `item` (a bookmark), and each element of a `posts` list. With
 *   lost  = rows of the original unit the mutated unit no longer yields, each row known by its
 *           identity (rowKey: a post by its id, a repost row by its original and its reposter —
 *           the same row is kept under a derived id when the repost's own `uri` is gone),
 *   grown = skips that stand for a row (not the BLUESKY_PART_REASONS, which are counted for a row
 *           that is still emitted) added by the mutation, reason by reason: a skip that vanished
 *           with what it counted (a dropped not-found item, a notification no longer telling it
 *           holds a post) is not a post lost, so it must not cancel a skip that was added,
 *   gone  = slots(original) − slots(mutated)  (slots removed with their container),
 * the rule is  lost ≤ grown + gone:  a post may only disappear silently when the mutation removed
 * the container that held it; any other loss is a counted skip.
 */
const SLOT_KEYS = new Set(['post', 'parent', 'root', 'reason', 'record', 'item']);
const MIN_CASES = 10_000;
const context = { timeline: 'Mutated', now: NOW, validate: validatePost };

function countSlots(root: unknown): number {
  let slots = 0;
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (Array.isArray(node)) stack.push(...(node as unknown[]));
    else if (typeof node === 'object' && node !== null) {
      for (const [key, child] of Object.entries(node)) {
        if (SLOT_KEYS.has(key)) slots += 1;
        if (key === 'posts' && Array.isArray(child)) slots += child.length;
        stack.push(child);
      }
    }
  }
  return slots;
}

interface Unit {
  label: string;
  value: unknown;
}

const LISTS = ['feed', 'posts', 'bookmarks', 'notifications'] as const;

function unitsOf(file: string): Unit[] {
  const json = readFixtureJson(file) as Record<string, unknown>;
  const units: Unit[] = [];
  for (const key of LISTS) {
    const list = json[key];
    if (!Array.isArray(list)) continue;
    list.forEach((entry, index) => units.push({ label: `${key}[${index}]`, value: { [key]: [entry] } }));
  }
  const thread = json.thread;
  if (Array.isArray(thread)) units.push({ label: 'thread[]', value: { thread } });
  else if (typeof thread === 'object' && thread !== null) {
    const replies = (thread as { replies?: unknown }).replies;
    if (Array.isArray(replies)) {
      replies.forEach((reply, index) => units.push({ label: `replies[${index}]`, value: { thread: reply } }));
    }
  }
  const skeleton = structuredClone(json);
  for (const key of LISTS)
    if (Array.isArray(skeleton[key])) skeleton[key] = (skeleton[key] as unknown[]).slice(0, 2);
  const root = skeleton.thread as { replies?: unknown[] } | undefined;
  if (root && Array.isArray(root.replies)) root.replies = root.replies.slice(0, 2);
  units.push({ label: 'skeleton', value: skeleton });
  return units;
}

/** How many skips of each reason stand for a row. */
function lossSkips(result: ParseResult): Map<string, number> {
  const byReason = new Map<string, number>();
  for (const { reason } of result.skipped) {
    if (!BLUESKY_PART_REASONS.has(reason)) byReason.set(reason, (byReason.get(reason) ?? 0) + 1);
  }
  return byReason;
}

/** Skips the mutated parse has beyond the original's, reason by reason (none taken back). */
function addedSkips(original: Map<string, number>, mutated: Map<string, number>): number {
  let added = 0;
  for (const [reason, count] of mutated) added += Math.max(0, count - (original.get(reason) ?? 0));
  return added;
}

/**
 * A row's identity: a repost row is "this original, reposted by this account" whatever id it was
 * given (the repost record's at-uri, or the derived one when that uri is missing).
 */
function rowKey(post: Post): string {
  return post.repost === undefined
    ? post.id
    : `repost of ${post.repost.originalId} by ${post.repost.by.id ?? post.repost.by.handle}`;
}

function ids(result: ParseResult): Set<string> {
  return new Set(result.posts.map(rowKey));
}

const real = hasCaptures ? listCaptures('bluesky') : [];
const handmade = readdirSync(ownFixturePath('bluesky')).filter((name) => name.endsWith('.json'));
const allUnits = [...real, ...handmade].sort().map((file) => ({ file, units: unitsOf(file) }));
const unitCount = allUnits.reduce((sum, { units }) => sum + units.length, 0);
const seedsPerUnit = Math.ceil(MIN_CASES / Math.max(unitCount, 1));
let casesRun = 0;

describe('Bluesky parser under seeded mutations', () => {
  allUnits.forEach(({ file, units }, fileIndex) => {
    it(`${file}: ${units.length} units × ${seedsPerUnit} seeds`, () => {
      const failures: string[] = [];
      units.forEach((unit, unitIndex) => {
        const original = parseBlueskyXrpc(unit.value, context);
        const originalIds = ids(original);
        const originalSkips = lossSkips(original);
        const originalSlots = countSlots(unit.value);
        for (let k = 0; k < seedsPerUnit; k += 1) {
          const seed = fileIndex * 1_000_000 + unitIndex * 1_000 + k;
          const { value, applied } = mutateJson(unit.value, seed, 1 + (seed % 3));
          const where = `${file} ${unit.label} seed ${seed} [${applied.join(', ')}]`;
          let mutated: ParseResult;
          try {
            mutated = parseBlueskyXrpc(value, context);
          } catch (error) {
            failures.push(`${where}: threw ${String(error)}`);
            continue;
          }
          casesRun += 1;
          if (mutated.skipped.some((skipped) => skipped.reason === 'parser-error')) {
            failures.push(`${where}: parser-error ${JSON.stringify(mutated.skipped)}`);
          }
          for (const post of mutated.posts) {
            if (!postSchema.safeParse(post).success) failures.push(`${where}: invalid post ${post.id}`);
          }
          const mutatedIds = ids(mutated);
          const lost = [...originalIds].filter((id) => !mutatedIds.has(id)).length;
          const grown = addedSkips(originalSkips, lossSkips(mutated));
          const gone = originalSlots - countSlots(value);
          if (lost > grown + gone)
            failures.push(`${where}: lost ${lost}, skipped +${grown}, slots gone ${gone}`);
        }
      });
      expect(failures.slice(0, 10)).toEqual([]);
    });
  });

  it(`ran at least ${MIN_CASES} cases`, () => {
    expect(casesRun).toBeGreaterThanOrEqual(MIN_CASES);
  });
});
