import type { Post } from '../../post';
import type { CollapseRow } from './collapse';
import { toCollapseRow } from './rows';

/**
 * The collapse rows of the posts a feed is showing, read by id in batches and kept: collapsing
 * needs a few facts of each row it folds (who, what it reposts, its text's cross-post key), which
 * the search index does not hold. A row is small (its text key is kept as a hash), so they are not
 * evicted; a changed or deleted post is forgotten (invalidate) and read again when wanted.
 */
export class CollapseRowSource {
  private readonly rows = new Map<string, CollapseRow | null>();
  private readonly pending = new Set<string>();
  /** Rows whose posts changed: kept until read again. */
  private readonly stale = new Set<string>();
  private readonly listeners = new Set<() => void>();
  private scheduled = false;
  /** Bumped on every change, for React's useSyncExternalStore. */
  version = 0;

  constructor(private readonly fetch: (ids: string[]) => Promise<Array<Post | undefined>>) {}

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getVersion = (): number => this.version;

  /** The row; null when the store has no such post; undefined while not read yet. */
  get(id: string): CollapseRow | null | undefined {
    return this.rows.get(id);
  }

  /** Reads what is missing of `ids` (one batch per microtask). */
  want(ids: readonly string[]): void {
    for (const id of ids) if (!this.rows.has(id) || this.stale.has(id)) this.pending.add(id);
    if (this.pending.size === 0 || this.scheduled) return;
    this.scheduled = true;
    queueMicrotask(() => void this.flush());
  }

  /** Posts already read elsewhere (the feed's post cache): no second read. */
  put(posts: readonly Post[]): void {
    let added = false;
    for (const post of posts) {
      if (this.rows.has(post.id)) continue;
      this.rows.set(post.id, compactRow(post));
      added = true;
    }
    if (added) this.changed();
  }

  /**
   * Posts changed in the store: each known row is read again (and kept meanwhile, so a card does
   * not vanish for the read); 'all' (a bulk change that names no ids) forgets everything.
   */
  invalidate(ids: readonly string[] | 'all'): void {
    if (ids === 'all') {
      this.rows.clear();
      this.changed();
      return;
    }
    const known = ids.filter((id) => this.rows.has(id));
    if (known.length === 0) return;
    for (const id of known) this.stale.add(id);
    this.want(known);
  }

  private async flush(): Promise<void> {
    this.scheduled = false;
    const ids = [...this.pending].filter((id) => !this.rows.has(id) || this.stale.has(id));
    this.pending.clear();
    if (ids.length === 0) return;
    try {
      const posts = await this.fetch(ids);
      ids.forEach((id, index) => {
        const post = posts[index];
        this.stale.delete(id);
        this.rows.set(id, post ? compactRow(post) : null);
      });
    } catch (error) {
      console.error('[crossfeed:feed] could not read posts to collapse', error);
      return;
    }
    this.changed();
  }

  private changed(): void {
    this.version += 1;
    for (const listener of this.listeners) listener();
  }
}

/** The collapse row with its text key replaced by a hash: a long post's text is not kept twice. */
export function compactRow(post: Post): CollapseRow {
  const row = toCollapseRow(post);
  if (row.textKey !== undefined) row.textKey = textHash(row.textKey);
  return row;
}

/**
 * Two 32-bit FNV-1a hashes (different offsets) and the length: a false match would also need the
 * same author and a time within the cross-post window, so this is as good as the text here.
 */
export function textHash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    a = Math.imul(a ^ code, 0x01000193);
    b = Math.imul(b ^ code, 0x01000193) ^ (b >>> 13);
  }
  return `${text.length}:${(a >>> 0).toString(36)}:${(b >>> 0).toString(36)}`;
}
