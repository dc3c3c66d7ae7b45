import Dexie, { type ObservabilitySet } from 'dexie';
import type { CrossfeedDB, UserState } from '../db';
import { createSearchIndex, type SearchIndex } from '../search/index';
import { decodeSegment } from '../search/segment-codec';
import {
  readSearchIndex,
  readSearchLogSince,
  type LogChanges,
  type StoredSearchIndex,
} from '../search/store/read';
import { createLogger } from '../kit/log';
import { changedKeys } from './changed-keys';
import { PostCache } from './post-cache';
import { indexAllPosts } from './index-all';

/**
 * The side panel's model of the store: the search index over every post, the user's states, and
 * a cache of the few posts on screen. It starts with the newest page read by index (a few ms), so
 * the feed paints at once, then reads the store's persisted search index (lib/search/store: one
 * compacted segment plus the log of writes since) and the user states, and from then on the whole
 * store answers. It follows the store through Dexie's storagemutated event: new search-log rows
 * (every write of posts appends one), user-state edits, and changed posts for the cache.
 */
export const FIRST_PAGE = 50;
/** Set once the whole store is indexed (the bench reads it). */
export const INDEX_READY_MARK = 'crossfeed:index-ready';
const logger = createLogger('feed');

export interface FeedStatus {
  /** Posts in the index. */
  indexed: number;
  /** Posts in the store. */
  total: number;
  /** Every stored post is indexed. */
  ready: boolean;
  /** Bumped on every change of the index or the user states. */
  version: number;
}

/** Resolves after the next frame is painted (at once where nothing paints: tests, workers). */
function afterNextFrame(): Promise<void> {
  if (typeof requestAnimationFrame !== 'function') return Promise.resolve();
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

export class FeedStore {
  readonly index: SearchIndex = createSearchIndex();
  readonly cache: PostCache;
  /** The user's state per post id (only posts the user saved, tagged or noted). */
  readonly userStates = new Map<string, UserState>();
  status: FeedStatus = { indexed: 0, total: 0, ready: false, version: 0 };
  private readonly listeners = new Set<() => void>();
  /** Store changes are applied one at a time, in order, after the load. */
  private sync: Promise<void> = Promise.resolve();
  /** The last search-log row applied. */
  private seq = 0;
  private stopped = false;
  private startedAt = 0;

  constructor(private readonly db: CrossfeedDB) {
    this.cache = new PostCache((ids) => db.posts.bulkGet(ids));
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getStatus = (): FeedStatus => this.status;

  /** Reads the first page, then the whole index. Resolves once the whole store is searchable. */
  async start(): Promise<void> {
    Dexie.on('storagemutated', this.onMutated);
    this.startedAt = performance.now();
    // The newest page and its user states first, alone: they are all the first paint needs.
    const first = await this.db.posts.orderBy('sortAt').reverse().limit(FIRST_PAGE).toArray();
    const firstStates = await this.db.userState.bulkGet(first.map((post) => post.id));
    // Then the stored index's bytes are read (off this thread) while the first page is painted.
    const stored = Promise.all([readSearchIndex(this.db), this.db.userState.toArray()]);
    stored.catch(() => undefined); // awaited in load(); a failure is reported there
    for (const state of firstStates) if (state) this.userStates.set(state.postId, state);
    this.cache.put(first);
    this.index.add(first, this.userStates);
    this.update({ total: first.length });
    this.sync = this.sync.then(() => this.load(stored));
    await this.sync;
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
   * (Re)loads everything: the stored index, the log since it, every user state. At open `reading`
   * is the read started with the first page; a reload (after "delete everything", or a compaction
   * that passed us) reads anew.
   */
  private async load(reading?: Promise<[StoredSearchIndex, UserState[]]>): Promise<void> {
    const started = reading ? this.startedAt : performance.now();
    const [stored, states] = await (reading ??
      Promise.all([readSearchIndex(this.db), this.db.userState.toArray()]));
    const read = performance.now();
    // Decoding takes the page's thread for a moment: after the first posts are painted.
    await afterNextFrame();
    if (this.stopped) return;
    const decoding = performance.now();
    const before = [...this.userStates.keys()];
    this.userStates.clear();
    for (const state of states) this.userStates.set(state.postId, state);
    for (const id of before) if (!this.userStates.has(id)) this.index.setUserState(id, undefined);
    for (const [id, state] of this.userStates) this.index.setUserState(id, state);
    const segment = decodeSegment(stored.bytes);
    const decoded = performance.now();
    this.index.load(segment);
    this.apply(stored);
    this.seq = stored.seq;
    if (!reading) this.cache.invalidate('all');
    if (this.index.size !== stored.posts) {
      // Posts were written without their log row (a writer that bypassed lib/search/store/log.ts):
      // read them all once, as the panel did before the index was stored.
      logger.warn(`the search index has ${this.index.size} posts, the store ${stored.posts}: reading all`);
      await indexAllPosts(this.db, this.index, this.userStates, () => this.stopped);
    }
    this.update({ total: this.index.size, ready: true });
    performance.mark(INDEX_READY_MARK, {
      detail: {
        posts: this.index.size,
        readMs: read - started,
        decodeMs: decoded - decoding,
        applyMs: performance.now() - decoded,
        logRows: stored.rows,
      },
    });
    // Compile the query loops now, in their own task, not on the first keystroke.
    setTimeout(() => this.index.warmUp(), 0);
  }

  private apply(changes: LogChanges): void {
    if (changes.written.length > 0) this.index.add(changes.written);
    if (changes.removed.length > 0) this.index.remove(changes.removed);
  }

  /** Applies the search-log rows written since the last ones applied (or reloads after a reset). */
  private async follow(): Promise<void> {
    const since = await readSearchLogSince(this.db, this.seq);
    if (since.baseSeq > this.seq) return this.load(); // compacted past us, or "delete everything"
    if (since.rows === 0) return;
    this.apply(since);
    this.seq = since.seq;
    this.update({ total: this.index.size });
  }

  private readonly onMutated = (parts: ObservabilitySet): void => {
    const posts = changedKeys(parts, this.db.name, 'posts');
    const states = changedKeys(parts, this.db.name, 'userState');
    const log = changedKeys(parts, this.db.name, 'searchLog');
    const base = changedKeys(parts, this.db.name, 'searchIndex');
    if (posts.kind !== 'none') this.cache.invalidate(posts.kind === 'keys' ? posts.keys : 'all');
    if (states.kind === 'none' && log.kind === 'none' && base.kind === 'none') return;
    this.sync = this.sync
      .then(async () => {
        if (states.kind !== 'none') await this.applyStates(states.kind === 'all' ? 'all' : states.keys);
        if (log.kind !== 'none' || base.kind !== 'none') await this.follow();
        this.update({});
      })
      .catch((error: unknown) => logger.error('could not follow the store', error));
  };

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
