import type { IntervalTree, IntervalTreeNode, ObservabilitySet } from 'dexie';

/**
 * Which rows of a table a Dexie `storagemutated` event says changed. The background is the only
 * writer, so the side panel learns of captures, prunes and user-state edits only through this
 * event (Dexie relays it between contexts of the extension origin over a BroadcastChannel). Dexie
 * records written or deleted primary keys as single-key ranges (`from === to`); a cleared table or
 * a deleted key range arrives as a real range, which names no ids: then the caller reloads all.
 */
export type ChangedKeys = { kind: 'none' } | { kind: 'keys'; keys: string[] } | { kind: 'all' };

function isNode(tree: IntervalTree | null | undefined): tree is IntervalTreeNode {
  return tree !== null && tree !== undefined && typeof tree === 'object' && 'from' in tree;
}

export function changedKeys(parts: ObservabilitySet, dbName: string, table: string): ChangedKeys {
  const tree = parts[`idb://${dbName}/${table}/`];
  if (!isNode(tree)) return { kind: 'none' };
  const keys: string[] = [];
  // Iterative walk: a batch of thousands of keys must not grow the call stack with it.
  const stack: IntervalTreeNode[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (typeof node.from !== 'string' || node.from !== node.to) return { kind: 'all' };
    keys.push(node.from);
    if (isNode(node.l)) stack.push(node.l);
    if (isNode(node.r)) stack.push(node.r);
  }
  return { kind: 'keys', keys };
}
