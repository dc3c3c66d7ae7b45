/**
 * The shape of every platform's DOM selectors table (lib/platforms/<platform>/dom/selectors.ts) and
 * the total helpers that read through it. Each entry is an ordered list of alternatives (the first
 * that matches anything wins) with a one-line why. A selector some DOM implementation does not
 * support counts as "no match", so an odd page yields nothing found instead of an exception.
 */
export interface SelectorEntry {
  readonly alternatives: readonly string[];
  readonly why: string;
  /** Only elements whose trimmed text is exactly this (a button known only by its words). */
  readonly text?: string;
}

/** All matches of the first alternative that matches anything under `root`, in document order. */
export function selectAll(root: ParentNode, entry: SelectorEntry): Element[] {
  for (const selector of entry.alternatives) {
    try {
      const found = Array.from(root.querySelectorAll(selector));
      if (found.length > 0) return found;
    } catch {
      // Unsupported here: try the next alternative.
    }
  }
  return [];
}

/** True when the element matches any alternative. */
export function matchesAny(element: Element, entry: SelectorEntry): boolean {
  return entry.alternatives.some((selector) => {
    try {
      return element.matches(selector);
    } catch {
      return false;
    }
  });
}

/** The element itself or its nearest ancestor matching an alternative (alternatives in order). */
export function closestAny(element: Element, entry: SelectorEntry): Element | null {
  for (const selector of entry.alternatives) {
    try {
      const found = element.closest(selector);
      if (found !== null) return found;
    } catch {
      // Unsupported here: try the next alternative.
    }
  }
  return null;
}

/**
 * The first element under `root` that matches an alternative (alternatives in order) and, when the
 * entry names a text, shows exactly that text.
 */
export function selectFirst<E extends Element = Element>(
  root: ParentNode,
  entry: SelectorEntry,
): E | undefined {
  for (const selector of entry.alternatives) {
    let found: NodeListOf<E>;
    try {
      found = root.querySelectorAll<E>(selector);
    } catch {
      continue; // Unsupported here: try the next alternative.
    }
    for (const element of found) {
      if (entry.text === undefined || element.textContent?.trim() === entry.text) return element;
    }
  }
  return undefined;
}
