import { itemBytes, MAX_ITEMS, QUOTA_BYTES, QUOTA_BYTES_PER_ITEM } from '../../lib/sync/quota';
import type { SyncArea } from '../../lib/sync/worker/area';

/**
 * A sync area that behaves like Chrome's `storage.sync` where it matters to the engine: values are
 * stored as JSON copies (what goes in is not what comes out), a set or remove that would pass a
 * quota (total bytes, bytes per item, item count) is refused whole with Chrome's message, and
 * every write call is counted. Several machines share one area to play the browser's sync.
 */
export class FakeSyncArea implements SyncArea {
  items = new Map<string, string>();
  writeCalls = 0;
  /** The next write call fails with this message (a refused quota the packer did not foresee). */
  failNext?: string;
  private readonly listeners = new Set<() => void>();

  getAll(): Promise<Record<string, unknown>> {
    const out: Record<string, unknown> = {};
    for (const [key, json] of this.items) out[key] = JSON.parse(json);
    return Promise.resolve(out);
  }

  set(items: Record<string, unknown>): Promise<void> {
    this.writeCalls += 1;
    const next = new Map(this.items);
    for (const [key, value] of Object.entries(items)) {
      if (itemBytes(key, value) > QUOTA_BYTES_PER_ITEM)
        return this.refuse('QUOTA_BYTES_PER_ITEM quota exceeded');
      next.set(key, JSON.stringify(value));
    }
    if (next.size > MAX_ITEMS) return this.refuse('MAX_ITEMS quota exceeded');
    if (bytesOf(next) > QUOTA_BYTES) return this.refuse('QUOTA_BYTES quota exceeded');
    return this.commit(next);
  }

  remove(keys: string[]): Promise<void> {
    this.writeCalls += 1;
    const next = new Map(this.items);
    for (const key of keys) next.delete(key);
    return this.commit(next);
  }

  /** Bytes held as Chrome counts them (key length + the value's JSON). */
  bytes(): number {
    return bytesOf(this.items);
  }

  /** Another machine's items arriving (or a foreign writer): replaces what is held, no quota check. */
  put(key: string, value: unknown): void {
    this.items.set(key, JSON.stringify(value));
    this.emit();
  }

  onChanged(listener: () => void): void {
    this.listeners.add(listener);
  }

  private refuse(message: string): Promise<void> {
    return Promise.reject(new Error(message));
  }

  private commit(next: Map<string, string>): Promise<void> {
    if (this.failNext) {
      const message = this.failNext;
      this.failNext = undefined;
      return this.refuse(message);
    }
    this.items = next;
    this.emit();
    return Promise.resolve();
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}

function bytesOf(items: ReadonlyMap<string, string>): number {
  let total = 0;
  for (const [key, json] of items) total += itemBytes(key, JSON.parse(json));
  return total;
}
