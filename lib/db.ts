import Dexie, { type EntityTable, type Table } from 'dexie';
import type { Post } from './post';
import type { HealthRecord } from './health';
import type { CrosspostRow, DraftRow } from './compose/records';
import type { MediaRow } from './compose/media';
import { buildSearchIndexInUpgrade } from './search/store/rebuild';
import type { SearchIndexRow, SearchLogRow } from './search/store/tables';
import type { LedgerEntry } from './sync/records';
import type { SyncMetaRow } from './sync/status';

/**
 * The one local store. Captured posts and the user's own state live in separate tables, so a
 * re-capture (which rewrites a post row) can never touch what the user saved, tagged or noted.
 * Only the background writes; extension pages read (liveQuery) and ask the background to write.
 */

/** What the user did to a post; kept apart from the captured data. */
export interface UserState {
  postId: string;
  /** When it was saved for later; absent when not saved. */
  savedAt?: number;
  tags: string[];
  note?: string;
  updatedAt: number;
}

export interface SettingRow {
  key: string;
  value: unknown;
}

/** Batches already written, so a retried batch (lost ack) is acknowledged without counting twice. */
export interface IngestLogRow {
  batchId: string;
  at: number;
}

export const DB_NAME = 'crossfeed';

export class CrossfeedDB extends Dexie {
  posts!: EntityTable<Post, 'id'>;
  userState!: EntityTable<UserState, 'postId'>;
  settings!: EntityTable<SettingRow, 'key'>;
  health!: EntityTable<HealthRecord, 'key'>;
  ingestLog!: EntityTable<IngestLogRow, 'batchId'>;
  drafts!: EntityTable<DraftRow, 'id'>;
  crossposts!: EntityTable<CrosspostRow, 'id'>;
  media!: EntityTable<MediaRow, 'id'>;
  searchIndex!: Table<SearchIndexRow, SearchIndexRow['key']>;
  searchLog!: EntityTable<SearchLogRow, 'seq'>;
  syncLedger!: EntityTable<LedgerEntry, 'key'>;
  syncMeta!: EntityTable<SyncMetaRow, 'key'>;

  constructor(name = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    // Version 1. Index choice follows the feed's queries (DESIGN.md measured the write cost of each
    // extra index): newest first (sortAt), one platform newest first ([platform+sortAt]), by author,
    // and saved posts by saved time. Never edit a shipped version: add a new one with an upgrade().
    this.version(1).stores({
      posts: 'id, sortAt, [platform+sortAt], author.handle',
      userState: 'postId, savedAt, *tags',
      settings: 'key',
      health: 'key',
      ingestLog: 'batchId, at',
    });
    // Version 2: the composer's drafts (newest edited first) and its cross-post history (newest
    // first, and by draft). New tables only: nothing of version 1 changes, so no upgrade() runs.
    this.version(2).stores({
      drafts: 'id, updatedAt',
      crossposts: 'id, createdAt, draftId',
    });
    // Version 3: the composer's media (bytes kept by the background, by draft), scheduled
    // cross-posts found by their time, and drafts that carry media, per-network texts and post
    // options. Every draft row gets the new fields' empty values, so code reads them unconditionally.
    this.version(3)
      .stores({
        crossposts: 'id, createdAt, draftId, scheduledAt',
        media: 'id, draftId',
      })
      .upgrade((tx) =>
        tx
          .table<DraftRow>('drafts')
          .toCollection()
          .modify((draft) => {
            draft.media ??= [];
            draft.variants ??= {};
            draft.options ??= {};
          }),
      );
    // Version 4: the persisted search index (lib/search/store/tables.ts): the compacted base and
    // the log of post writes since, which every writer of posts appends to in its own transaction.
    // The upgrade indexes the posts already stored, so the side panel never has to. The posts'
    // author.handle index goes: nothing reads it (from: is answered by the search index), and
    // every capture paid for it (one index fewer to update per post written).
    this.version(4)
      .stores({
        posts: 'id, sortAt, [platform+sortAt]',
        searchIndex: 'key',
        searchLog: '++seq',
      })
      .upgrade(buildSearchIndexInUpgrade);
    // Version 5: sync across the user's browsers (lib/sync): the ledger
    // (each synced record as last merged, with its fields' edit times) and sync's own rows
    // (switches, status, recent writes). New tables only: nothing earlier changes, no upgrade() runs.
    this.version(5).stores({
      syncLedger: 'key',
      syncMeta: 'key',
    });
  }
}

let shared: CrossfeedDB | undefined;

/** The extension's one connection (background and extension pages each hold their own). */
export function getDb(): CrossfeedDB {
  shared ??= new CrossfeedDB();
  return shared;
}
