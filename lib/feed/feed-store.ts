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
 * Search works from the first chunk on, over what is indexed so far. The index follows the store
 * through Dexie's storagemutated event (captures, prunes, user-state edits): by the ids it names,
 * or, when it names none (Dexie reports writes of 50+ rows as the whole table), by a re-read.
 */
export const FIRST_PAGE = 50;
const CHUNK = 1000;
/** Set once the whole store is indexed (the bench reads it). */
export const INDEX_READY_MARK = 'crossfeed:index-ready';

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

/**
 * Yields to the event loop (input, paint) between chunks. A MessageChannel task, not setTimeout:
 * timers of a page that is not in front are throttled to one per second.
 */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}

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
    // The newest page and its user states first, alone: they are all the first paint needs. The
    // count and every other user state (a full read) come right after, not before it.
    const first = await this.db.posts.orderBy('sortAt').reverse().limit(FIRST_PAGE).toArray();
    const firstStates = await this.db.userState.bulkGet(first.map((post) => post.id));
    for (const state of firstStates) if (state) this.userStates.set(state.postId, state);
    this.cache.put(first);
    this.index.add(first, this.userStates);
    this.update({ total: first.length });
    const [states, total] = await Promise.all([this.db.userState.toArray(), this.db.posts.count()]);
    for (const state of states) this.userStates.set(state.postId, state);
    this.update({ total });
    await this.indexAll(first, new Set(first.map((post) => post.id)));
    this.update({ ready: true });
    performance.mark(INDEX_READY_MARK, { detail: { posts: this.index.size } });
  }

  /** Resolves once every store change seen so far has been applied (tests, the bench). */
  async settled(): Promise<void> {
    let last: Promise<void> | undefined;
    while (last !== this.sync) {
      last = this.sync;
      await last;
    }
  }

  stop(): void {
    this.stopped = true;
    Dexie.on.storagemutated.unsubscribe(this.onMutated);
  }

  /**
   * Reads every post in feed order, CHUNK at a time (yielding between chunks), into the index,
   * then drops what the index holds that the store no longer has. Used for the first load and
   * again when a change names no ids (Dexie reports a write of 50+ rows, a clear or a range
   * delete as a whole-table change: an import, retention, "delete everything").
   */
  private async indexAll(after: readonly Post[], seen: Set<string>): Promise<void> {
    // Keyset paging down the sortAt index: each read starts at the last sortAt seen and skips the
    // posts of that same sortAt already read (ties come in the same order every time). An offset
    // would make every read step over all earlier rows: quadratic at 100k.
    let upper = after.length > 0 ? after[after.length - 1]!.sortAt : Infinity;
    let skip = after.filter((post) => post.sortAt === upper).length;
    while (!this.stopped) {
      await nextTask();
      const chunk = await this.db.posts
        .where('sortAt')
        .belowOrEqual(upper)
        .reverse()
        .offset(skip)
        .limit(CHUNK)
        .toArray();
      if (chunk.length === 0) break;
      for (const post of chunk) seen.add(post.id);
      this.index.add(chunk, this.userStates);
      const last = chunk[chunk.length - 1]!.sortAt;
      skip = (last === upper ? skip : 0) + chunk.filter((post) => post.sortAt === last).length;
      upper = last;
      this.update({ total: Math.max(this.status.total, this.index.size) });
    }
    if (this.stopped) return;
    // Posts deleted while the chunks were read (or before a reload) are in the index, not in `seen`.
    const indexed = this.index.search('', { limit: Infinity }).ids;
    this.index.remove(indexed.filter((id) => !seen.has(id)));
    this.update({ total: await this.db.posts.count() });
  }

  private readonly onMutated = (parts: ObservabilitySet): void => {
    const posts = changedKeys(parts, this.db.name, 'posts');
    const states = changedKeys(parts, this.db.name, 'userState');
    if (posts.kind === 'none' && states.kind === 'none') return;
    this.sync = this.sync
      .then(async () => {
        if (states.kind !== 'none') await this.applyStates(states.kind === 'all' ? 'all' : states.keys);
        if (posts.kind === 'keys') await this.applyPosts(posts.keys);
        if (posts.kind === 'all') {
          this.cache.invalidate('all');
          await this.indexAll([], new Set());
        }
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
