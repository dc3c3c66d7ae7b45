import Dexie from 'dexie';

/**
 * The table lists lib/db.ts declared in its versions 1 to 3, as they were then (the upgrade tests
 * open a store as an older version left it, then open it with CrossfeedDB).
 */
const OLD_VERSIONS: ReadonlyArray<Record<string, string>> = [
  {
    posts: 'id, sortAt, [platform+sortAt], author.handle',
    userState: 'postId, savedAt, *tags',
    settings: 'key',
    health: 'key',
    ingestLog: 'batchId, at',
  },
  { drafts: 'id, updatedAt', crossposts: 'id, createdAt, draftId' },
  { crossposts: 'id, createdAt, draftId, scheduledAt', media: 'id, draftId' },
];

/** A store named `name` declared as lib/db.ts was at `version` (1 to 3); not opened yet. */
export function storeAsVersion(name: string, version: 1 | 2 | 3): Dexie {
  const old = new Dexie(name);
  OLD_VERSIONS.slice(0, version).forEach((stores, index) => old.version(index + 1).stores(stores));
  return old;
}
