import { validatePost } from '../../../lib/post';
import { describe, expect, it } from 'vitest';
import { postSchema } from '../../../lib/post';
import type { ParseResult } from '../../../lib/parse-result';
import { parseMastodonApi } from '../../../lib/platforms/mastodon/parse-api';
import { MASTODON_PART_SKIPS } from '../../../lib/platforms/mastodon/skip-reasons';
import { hasCaptures } from '../../helpers/captures';
import { mutateJson } from '../../helpers/mutate';
import { fixtureJson, HANDMADE, NOW, REAL } from './fixtures';

/**
 * Seeded mutations of every real and hand-made Mastodon response (drop keys, swap types, truncate
 * arrays, nulls, empty strings; 1–3 edits per case, reproducible from the seed).
 *
 * Units, so that 10,000+ cases stay fast: every status slot of a file on its own (a status, or a v1
 * notification with its status, wrapped as a one-item page), plus the file's skeleton — the whole
 * response with each status list cut to its first two — so the containers get mutated too.
 *
 * For every case: the parser does not throw, reports no `parser-error`, and every post it returns
 * satisfies postSchema. And every loss is accounted for. A *status slot* is where the API puts a
 * status: an item of a top-level page or of `statuses` / `ancestors` / `descendants`, or the value of
 * `reblog`, `quoted_status` or a notification's `status` — when it holds an object. With
 *   lost  = posts of the original unit whose id the mutated unit no longer yields,
 *   grown = row skips(mutated) − row skips(original)  (skips of lost rows: not the part skips — an
 *           attachment or poll left out of a post that was kept — which vanish with their post),
 *   gone  = slots(original) − slots(mutated)  (slots removed with their container),
 * the rule is  lost ≤ grown + gone:  a post may disappear silently only when the mutation removed
 * the slot that held it; any other loss is a counted skip.
 */
const MIN_CASES = 10_000;
const LIST_KEYS = new Set(['statuses', 'ancestors', 'descendants']);
const SLOT_KEYS = new Set(['reblog', 'quoted_status', 'status']);
const isObject = (value: unknown): boolean =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function countSlots(root: unknown): number {
  let slots = 0;
  const stack: Array<{ value: unknown; list: boolean }> = [{ value: root, list: Array.isArray(root) }];
  while (stack.length > 0) {
    const { value, list } = stack.pop()!;
    if (Array.isArray(value)) {
      for (const item of value) {
        if (list && isObject(item)) slots += 1;
        stack.push({ value: item, list: false });
      }
    } else if (isObject(value)) {
      for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
        if (SLOT_KEYS.has(key) && isObject(child)) slots += 1;
        stack.push({ value: child, list: LIST_KEYS.has(key) });
      }
    }
  }
  return slots;
}

interface Unit {
  label: string;
  value: unknown;
  /** Turns the (mutated) part into a whole response. */
  wrap: (value: unknown) => unknown;
}

const asPage = (value: unknown): unknown => [value];

function unitsOf(file: string): Unit[] {
  const json = fixtureJson(file);
  const units: Unit[] = [];
  const lists: unknown[][] = [];
  if (Array.isArray(json)) lists.push(json);
  else if (isObject(json)) {
    const record = json as Record<string, unknown>;
    for (const key of LIST_KEYS) if (Array.isArray(record[key])) lists.push(record[key] as unknown[]);
    if (lists.length === 0) units.push({ label: 'status', value: json, wrap: asPage });
  }
  for (const list of lists) {
    list.forEach((item, index) => units.push({ label: `item ${index}`, value: item, wrap: asPage }));
    list.length = Math.min(list.length, 2);
  }
  units.push({ label: 'skeleton', value: json, wrap: (value) => value });
  return units;
}

function rowSkips(result: ParseResult): number {
  return result.skipped.filter((skipped) => !MASTODON_PART_SKIPS.has(skipped.reason)).length;
}

function ids(result: ParseResult): Set<string> {
  return new Set(result.posts.map((post) => post.id));
}

const context = {
  timeline: 'Mutated',
  pageUrl: 'https://mastodon.example/home',
  now: NOW,
  validate: validatePost,
};
const files = [...(hasCaptures ? Object.keys(REAL) : []), ...Object.keys(HANDMADE)];
const allUnits = files.map((file) => ({ file, units: unitsOf(file) }));
const unitCount = allUnits.reduce((sum, { units }) => sum + units.length, 0);
const seedsPerUnit = Math.ceil(MIN_CASES / Math.max(unitCount, 1));
let casesRun = 0;

describe('Mastodon parser under seeded mutations', () => {
  allUnits.forEach(({ file, units }, fileIndex) => {
    it(`${file}: ${units.length} units × ${seedsPerUnit} seeds`, () => {
      const failures: string[] = [];
      units.forEach((unit, unitIndex) => {
        const original = parseMastodonApi(unit.wrap(unit.value), context);
        const originalIds = ids(original);
        const originalSlots = countSlots(unit.wrap(unit.value));
        for (let k = 0; k < seedsPerUnit; k += 1) {
          const seed = fileIndex * 1_000_000 + unitIndex * 1_000 + k;
          const { value, applied } = mutateJson(unit.value, seed, 1 + (seed % 3));
          const where = `${file} ${unit.label} seed ${seed} [${applied.join(', ')}]`;
          let mutated: ParseResult;
          try {
            mutated = parseMastodonApi(unit.wrap(value), context);
          } catch (error) {
            failures.push(`${where}: threw ${String(error)}`);
            continue;
          }
          casesRun += 1;
          if (
            mutated.skipped.some(
              (skipped) => skipped.reason === 'parser-error' || skipped.reason === 'invalid-post',
            )
          ) {
            failures.push(`${where}: ${JSON.stringify(mutated.skipped)}`);
          }
          for (const post of mutated.posts) {
            if (!postSchema.safeParse(post).success) failures.push(`${where}: invalid post ${post.id}`);
          }
          const mutatedIds = ids(mutated);
          const lost = [...originalIds].filter((id) => !mutatedIds.has(id)).length;
          const grown = rowSkips(mutated) - rowSkips(original);
          const gone = originalSlots - countSlots(unit.wrap(value));
          if (lost > grown + gone)
            failures.push(`${where}: lost ${lost}, skipped +${grown}, slots gone ${gone}`);
        }
      });
      expect(failures.slice(0, 10)).toEqual([]);
    });
  });

  // The hand-made files alone reach MIN_CASES too (the seeds spread over the units there are).
  it(`ran at least ${MIN_CASES} cases`, () => {
    expect(casesRun).toBeGreaterThanOrEqual(MIN_CASES);
  });
});
