import { createLogger } from '../kit/log';
import type { Post } from '../post';

const log = createLogger('feed');

/**
 * The few Post objects the feed is rendering, fetched by id in batches: the search index holds no
 * posts, and 100,000 of them in memory would cost far more than the list ever shows. Least
 * recently used entries are dropped past `capacity`.
 */
export class PostCache {
  private readonly posts = new Map<string, Post | null>();
  private readonly pending = new Set<string>();
  private readonly listeners = new Set<() => void>();
  private scheduled = false;
  /** Bumped on every change, for React's useSyncExternalStore. */
  version = 0;

  constructor(
    private readonly fetch: (ids: string[]) => Promise<Array<Post | undefined>>,
    private readonly capacity = 2000,
  ) {}

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getVersion = (): number => this.version;

  /** The post, null when the store has no such post, undefined while not fetched yet. */
  get(id: string): Post | null | undefined {
    const post = this.posts.get(id);
    if (post !== undefined) {
      this.posts.delete(id);
      this.posts.set(id, post);
    }
    return post;
  }

  /** Fetches what is missing of `ids` (one batch per microtask). */
  want(ids: readonly string[]): void {
    for (const id of ids) if (!this.posts.has(id)) this.pending.add(id);
    if (this.pending.size === 0 || this.scheduled) return;
    this.scheduled = true;
    queueMicrotask(() => void this.flush());
  }

  /** Posts read elsewhere (the first page): no second read. */
  put(posts: readonly Post[]): void {
    for (const post of posts) this.posts.set(post.id, post);
    this.trim();
    this.changed();
  }

  /** Forgets posts that changed in the store; the next want() reads them again. */
  invalidate(ids: readonly string[] | 'all'): void {
    if (ids === 'all') this.posts.clear();
    else for (const id of ids) this.posts.delete(id);
    this.changed();
  }

  private async flush(): Promise<void> {
    this.scheduled = false;
    const ids = [...this.pending];
    this.pending.clear();
    if (ids.length === 0) return;
    try {
      const posts = await this.fetch(ids);
      ids.forEach((id, index) => this.posts.set(id, posts[index] ?? null));
    } catch (error) {
      log.error('could not read posts', error);
      return;
    }
    this.trim();
    this.changed();
  }

  private trim(): void {
    for (const id of this.posts.keys()) {
      if (this.posts.size <= this.capacity) break;
      this.posts.delete(id);
    }
  }

  private changed(): void {
    this.version += 1;
    for (const listener of this.listeners) listener();
  }
}
