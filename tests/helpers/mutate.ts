/**
 * Seeded, deterministic mutations of JSON values for robustness tests: the same seed always gives
 * the same mutated document, so a failing case is reproducible from its seed alone.
 */

export { seededRandom } from '../../lib/kit/seeded-random';
import { seededRandom } from '../../lib/kit/seeded-random';

type MutationKind = 'drop-key' | 'swap-type' | 'truncate-array' | 'null' | 'empty-string';
export const MUTATION_KINDS: readonly MutationKind[] = [
  'drop-key',
  'swap-type',
  'truncate-array',
  'null',
  'empty-string',
];

type Container = Record<string, unknown> | unknown[];

/** Every (container, key) pair in the document, in a stable depth-first order. */
function collectSites(root: unknown): Array<{ parent: Container; key: string | number }> {
  const sites: Array<{ parent: Container; key: string | number }> = [];
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (Array.isArray(node)) {
      node.forEach((child, index) => {
        sites.push({ parent: node, key: index });
        stack.push(child);
      });
    } else if (node !== null && typeof node === 'object') {
      for (const [key, child] of Object.entries(node)) {
        sites.push({ parent: node as Record<string, unknown>, key });
        stack.push(child);
      }
    }
  }
  return sites;
}

function swapType(value: unknown, random: () => number): unknown {
  const replacements: unknown[] = ['', 'x', 0, -1, 1e21, true, [], {}, null, [1, 'a'], { a: 1 }];
  if (typeof value === 'string') replacements.push(Number(value) || 7);
  if (typeof value === 'number') replacements.push(String(value));
  return replacements[Math.floor(random() * replacements.length)];
}

/**
 * Returns a mutated deep copy of `document` with `edits` random edits chosen by `seed`.
 * `document` itself is never changed.
 */
export function mutateJson(
  document: unknown,
  seed: number,
  edits = 3,
): { value: unknown; applied: string[] } {
  const random = seededRandom(seed);
  const value = structuredClone(document);
  const applied: string[] = [];
  for (let edit = 0; edit < edits; edit += 1) {
    const sites = collectSites(value);
    if (sites.length === 0) break;
    const site = sites[Math.floor(random() * sites.length)]!;
    const kind = MUTATION_KINDS[Math.floor(random() * MUTATION_KINDS.length)]!;
    const { parent, key } = site;
    const current = (parent as Record<string | number, unknown>)[key];
    switch (kind) {
      case 'drop-key':
        if (Array.isArray(parent)) parent.splice(key as number, 1);
        else delete parent[key as string];
        break;
      case 'swap-type':
        (parent as Record<string | number, unknown>)[key] = swapType(current, random);
        break;
      case 'truncate-array':
        if (Array.isArray(current)) current.length = Math.floor(random() * current.length);
        else (parent as Record<string | number, unknown>)[key] = [];
        break;
      case 'null':
        (parent as Record<string | number, unknown>)[key] = null;
        break;
      case 'empty-string':
        (parent as Record<string | number, unknown>)[key] = '';
        break;
    }
    applied.push(`${kind}@${String(key)}`);
  }
  return { value, applied };
}
