import { useEffect, useState, useSyncExternalStore } from 'react';
import { holdBackNewPosts } from '@/lib/feed/new-posts';

interface Snapshot {
  key: string | undefined;
  incoming: string[];
  visible: string[];
  held: ReadonlySet<string>;
}

export interface Viewport {
  anchorId: string | undefined;
  atTop: boolean;
}

/** Keeps the reader's place while captures arrive: see lib/feed/new-posts.ts. */
class HeldFeed {
  snapshot: Snapshot = { key: undefined, incoming: [], visible: [], held: new Set() };
  private readonly listeners = new Set<() => void>();

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = () => this.snapshot;

  update(incoming: string[], key: string, viewport: Viewport): void {
    const before = this.snapshot;
    if (before.key === key && before.incoming === incoming) return;
    const next =
      before.key !== key
        ? { visible: incoming, held: new Set<string>() }
        : holdBackNewPosts({ incoming, shown: before.visible, held: before.held, ...viewport });
    this.set({ key, incoming, ...next });
  }

  reveal(): void {
    this.set({ ...this.snapshot, visible: this.snapshot.incoming, held: new Set() });
  }

  private set(snapshot: Snapshot): void {
    this.snapshot = snapshot;
    for (const listener of this.listeners) listener();
  }
}

/**
 * The ids to show. A new view or query (`key`) shows its results at once; a store update with the
 * same key goes through the hold-back, so posts arriving above the reader are counted, not inserted.
 */
export function useHeldFeed(
  incoming: string[],
  key: string,
  viewport: () => Viewport,
): { visible: string[]; held: number; reveal: () => void } {
  const [model] = useState(() => new HeldFeed());
  const snapshot = useSyncExternalStore(model.subscribe, model.getSnapshot);
  useEffect(() => {
    model.update(incoming, key, viewport());
    // The viewport is read when the ids change, not a reason to run again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [model, incoming, key]);
  const fresh = snapshot.key !== key;
  return {
    visible: fresh ? incoming : snapshot.visible,
    held: fresh ? 0 : snapshot.held.size,
    reveal: () => model.reveal(),
  };
}
