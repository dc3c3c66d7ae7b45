import { validatePost } from '../../../lib/post';
import { describe, expect, it } from 'vitest';
import { postSchema } from '../../../lib/post';
import type { ParseResult } from '../../../lib/parse-result';
import { parseXGraphql } from '../../../lib/platforms/x/parse-graphql';
import { locateXPayload } from '../../../lib/platforms/x/timeline';
import { hasCaptures, listCaptures, needsCaptures, readCaptureJson } from '../../helpers/captures';
import { mutateJson } from '../../helpers/mutate';
import { NOW } from './fixture';

/**
 * Seeded mutations of every real X capture (drop keys, swap types, truncate arrays, nulls, empty
 * strings; 1–3 edits per case, reproducible from the seed).
 *
 * Units, so that 10,000+ cases stay fast: every timeline entry of a file on its own (wrapped in a
 * minimal HomeTimeline response), plus the file's skeleton — the whole response with each entries
 * list cut to its first two entries — so the wrappers and instructions get mutated too.
 *
 * For every case: the parser does not throw, reports no `parser-error`, and every post it returns
 * satisfies postSchema. And every loss is accounted for. A *tweet slot* is a key X uses to hold a
 * tweet result: `tweet_results`, `retweeted_status_result`, `quoted_status_result`, `tweetResult`.
 * With
 *   lost  = posts of the original unit whose id the mutated unit no longer yields,
 *   grown = skipped(mutated) − skipped(original),
 *   gone  = slots(original) − slots(mutated)  (slots removed with their container: a dropped key,
 *           a truncated entries/items array, a wrapper swapped for a scalar),
 * the rule is  lost ≤ grown + gone:  a post may only disappear silently when the mutation removed
 * the container that held it; any other loss is a counted skip.
 */
const SLOT_KEYS = new Set([
  'tweet_results',
  'retweeted_status_result',
  'quoted_status_result',
  'tweetResult',
]);
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
        stack.push(child);
      }
    }
  }
  return slots;
}

interface Unit {
  label: string;
  /** The part that gets mutated. */
  value: unknown;
  /** Turns the (mutated) part into a whole response. */
  wrap: (value: unknown) => unknown;
}

function wrapEntry(entry: unknown): unknown {
  return {
    data: {
      home: { home_timeline_urt: { instructions: [{ type: 'TimelineAddEntries', entries: [entry] }] } },
    },
  };
}

function unitsOf(file: string): Unit[] {
  const json = readCaptureJson(`x/${file}`);
  const payload = locateXPayload(json);
  const units: Unit[] = [];
  if (payload && 'instructions' in payload) {
    for (const instruction of payload.instructions as Array<Record<string, unknown>>) {
      const entries = [
        ...((instruction.entries as unknown[]) ?? []),
        ...(instruction.entry ? [instruction.entry] : []),
      ];
      entries.forEach((entry, index) =>
        units.push({ label: `entry ${index}`, value: entry, wrap: wrapEntry }),
      );
      if (Array.isArray(instruction.entries)) instruction.entries = instruction.entries.slice(0, 2);
    }
  }
  units.push({ label: 'skeleton', value: json, wrap: (value) => value });
  return units;
}

function ids(result: ParseResult): Set<string> {
  return new Set(result.posts.map((post) => post.id));
}

const files = hasCaptures ? listCaptures('x') : [];
const allUnits = files.map((file) => ({ file, units: unitsOf(file) }));
const unitCount = allUnits.reduce((sum, { units }) => sum + units.length, 0);
const seedsPerUnit = Math.ceil(MIN_CASES / Math.max(unitCount, 1));
let casesRun = 0;

describe('X network parser under seeded mutations', needsCaptures, () => {
  allUnits.forEach(({ file, units }, fileIndex) => {
    it(`${file}: ${units.length} units × ${seedsPerUnit} seeds`, () => {
      const failures: string[] = [];
      units.forEach((unit, unitIndex) => {
        const original = parseXGraphql(unit.wrap(unit.value), context);
        const originalIds = ids(original);
        const originalSlots = countSlots(unit.value);
        for (let k = 0; k < seedsPerUnit; k += 1) {
          const seed = fileIndex * 1_000_000 + unitIndex * 1_000 + k;
          const { value, applied } = mutateJson(unit.value, seed, 1 + (seed % 3));
          const where = `${file} ${unit.label} seed ${seed} [${applied.join(', ')}]`;
          let mutated: ParseResult;
          try {
            mutated = parseXGraphql(unit.wrap(value), context);
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
          const grown = mutated.skipped.length - original.skipped.length;
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
