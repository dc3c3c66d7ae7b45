/**
 * One MutationObserver per page; records are gathered and handed over at most once per interval
 * (after an animation frame, so the page's own rendering comes first). The callback gets the
 * element roots that were added since the last flush. Stops when the signal aborts (in-page
 * navigation teardown, extension reload).
 */
export interface DomWatchOptions {
  root: Node;
  signal: AbortSignal;
  onAdded: (elements: Element[]) => void;
  /** Minimum pause between two flushes. */
  minIntervalMs?: number;
  requestFrame?: (callback: () => void) => unknown;
}

export function watchDom(options: DomWatchOptions): void {
  const minInterval = options.minIntervalMs ?? 300;
  const requestFrame =
    options.requestFrame ??
    ((callback: () => void) =>
      typeof requestAnimationFrame === 'function'
        ? requestAnimationFrame(() => callback())
        : setTimeout(callback, 16));
  let added: Element[] = [];
  let scheduled = false;
  let lastFlush = 0;

  const flush = () => {
    scheduled = false;
    if (options.signal.aborted) return;
    lastFlush = Date.now();
    const roots = added.filter((element) => element.isConnected);
    added = [];
    if (roots.length > 0) options.onAdded(roots);
  };

  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    const wait = Math.max(0, minInterval - (Date.now() - lastFlush));
    setTimeout(() => requestFrame(flush), wait);
  };

  const observer = new MutationObserver((records) => {
    for (const record of records) {
      record.addedNodes.forEach((node) => {
        if (node.nodeType === 1) added.push(node as Element);
        else if (node.parentElement) added.push(node.parentElement);
      });
      if (record.type === 'characterData' && record.target.parentElement)
        added.push(record.target.parentElement);
    }
    if (added.length > 0) schedule();
  });
  observer.observe(options.root, { childList: true, subtree: true });
  options.signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  // What was on the page before the observer started counts as added.
  if (options.root.nodeType === 9 || options.root.nodeType === 1) {
    const start =
      options.root.nodeType === 9 ? (options.root as Document).documentElement : (options.root as Element);
    if (start) {
      added.push(start);
      schedule();
    }
  }
}
