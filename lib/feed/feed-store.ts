import Dexie, { type ObservabilitySet } from 'dexie';
import type { CrossfeedDB, UserState } from '../db';
import type { Post } from '../post';
import { createSearchIndex, type SearchIndex } from '../search/index';
import { changedKeys } from './changed-keys';
import { PostCache } from './post-cache';

/**
 * The side panel's model of the store: the search index over every post, the user's states, and
 * a cache of the few posts on screen. It starts with the newest page read by index (a few ms),
 * so the feed paints at once, then indexes the rest in small chunks, newest first, yielding
 * between chunks so the panel stays responsive (reading all 100k rows at once takes 1.3–1.7 s).
 * Search works from the first chunk on, over what is indexed so far. After that the index follows
 * the store through Dexie's storagemutated event (captures, prunes, user-state edits).
 */
export const FIRST_PAGE = 50;
const CHUNK = 2000;

export interface FeedStatus {
  /** Posts in the index. */
  indexed: number;
  /** Posts in the store (counted once at start, then followed). */
  total: number;
  /** Every stored post is indexed. */
  ready: boolean;
  /** Bumped on every change of the index or the user states. */
  version: number;
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export class FeedStore {
  readonly index: SearchIndex = createSearchIndex();
  readonly cache: PostCache;
  /** The user's state per post id (only posts the user saved, tagged or noted). */
  readonly userStates = new Map<string, UserState>();
  status: FeedStatus = { indexed: 0, total: 0, ready: false, version: 0 };
  private readonly listeners = new Set<() => void>();
  /** Store changes are applied one at a time, in order (beside the initial load: upserts are idempotent). */
  private sync: Promise<void> = Promise.resolve();
  private stopped = false;

  constructor(private readonly db: CrossfeedDB) {
    this.cache = new PostCache((ids) => db.posts.bulkGet(ids));
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getStatus = (): FeedStatus => this.status;

  /** Reads the first page and user states, then indexes the rest in the background. */
  async start(): Promise<void> {
    Dexie.on('storagemutated', this.onMutated);
    const [states, first, total] = await Promise.all([
      this.db.userState.toArray(),
      this.db.posts.orderBy('sortAt').reverse().limit(FIRST_PAGE).toArray(),
      this.db.posts.count(),
    ]);
    for (const state of states) this.userStates.set(state.postId, state);
    this.cache.put(first);
    this.index.add(first, this.userStates);
    this.update({ total });
    await this.indexRest(first.length);
  }

  stop(): void {
    this.stopped = true;
    Dexie.on.storagemutated.unsubscribe(this.onMutated);
  }

  private async indexRest(offset: number): Promise<void> {
    for (let at = offset; !this.stopped;) {
      await nextTask();
      const chunk = await this.db.posts.orderBy('sortAt').reverse().offset(at).limit(CHUNK).toArray();
      if (chunk.length === 0) break;
      this.index.add(chunk, this.userStates);
      at += chunk.length;
      this.update({});
    }
    // Posts pruned while the offsets were walked shift the pages: settle membership once.
    const total = await this.db.posts.count();
    if (total !== this.index.size) await this.reconcile();
    this.update({ ready: true, total: this.index.size });
  }

  /** Makes the index hold exactly the stored ids (after a range delete or a clear). */
  private async reconcile(): Promise<void> {
    const stored = new Set((await this.db.posts.toCollection().primaryKeys()) as string[]);
    const indexed = this.index.search('', { limit: Infinity }).ids;
    this.index.remove(indexed.filter((id) => !stored.has(id)));
    const known = new Set(indexed);
    const missing = [...stored].filter((id) => !known.has(id));
    for (let at = 0; at < missing.length; at += CHUNK) {
      const posts = await this.db.posts.bulkGet(missing.slice(at, at + CHUNK));
      this.index.add(
        posts.filter((post): post is Post => post !== undefined),
        this.userStates,
      );
    }
    this.cache.invalidate('all');
  }

  private readonly onMutated = (parts: ObservabilitySet): void => {
    const posts = changedKeys(parts, this.db.name, 'posts');
    const states = changedKeys(parts, this.db.name, 'userState');
    if (posts.kind === 'none' && states.kind === 'none') return;
    this.sync = this.sync
      .then(async () => {
        if (states.kind !== 'none') await this.applyStates(states.kind === 'all' ? 'all' : states.keys);
        if (posts.kind === 'keys') await this.applyPosts(posts.keys);
        if (posts.kind === 'all') await this.reconcile();
        const total = posts.kind === 'none' ? this.status.total : await this.db.posts.count();
        this.update({ total, indexed: this.index.size });
      })
      .catch((error: unknown) => console.error('[crossfeed:feed] could not follow the store', error));
  };

  private async applyPosts(ids: string[]): Promise<void> {
    const posts = await this.db.posts.bulkGet(ids);
    const present = posts.filter((post): post is Post => post !== undefined);
    const gone = ids.filter((_, index) => posts[index] === undefined);
    if (present.length > 0) this.index.add(present, this.userStates);
    if (gone.length > 0) this.index.remove(gone);
    this.cache.invalidate(ids);
  }

  private async applyStates(ids: string[] | 'all'): Promise<void> {
    const keys = ids === 'all' ? [...this.userStates.keys()] : ids;
    const rows = ids === 'all' ? await this.db.userState.toArray() : await this.db.userState.bulkGet(keys);
    const next = new Map<string, UserState>();
    for (const row of rows) if (row) next.set(row.postId, row);
    for (const id of new Set([...keys, ...next.keys()])) {
      const state = next.get(id);
      if (state) this.userStates.set(id, state);
      else this.userStates.delete(id);
      this.index.setUserState(id, state);
    }
  }

  private update(change: Partial<FeedStatus>): void {
    this.status = {
      ...this.status,
      indexed: this.index.size,
      ...change,
      version: this.status.version + 1,
    };
    for (const listener of this.listeners) listener();
  }
}
