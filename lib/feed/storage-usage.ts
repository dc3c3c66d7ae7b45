import type { CrossfeedDB } from '../db';

/** How much the store holds: the browser's estimate for the extension origin, and rows per table. */
export interface StorageUsage {
  /** Bytes used by the extension origin (IndexedDB and the rest), when the browser says. */
  usage?: number;
  /** Bytes the origin may use, when the browser says. */
  quota?: number;
  tables: { posts: number; userState: number; settings: number; health: number; ingestLog: number };
  /** Posts saved for later (never pruned). */
  saved: number;
}

type Estimate = () => Promise<{ usage?: number; quota?: number }>;

function browserEstimate(): Estimate | undefined {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  return storage?.estimate ? () => storage.estimate() : undefined;
}

export type StorageCounts = Pick<StorageUsage, 'tables' | 'saved'>;

/** Rows per table and saved posts: Dexie reads only, so it can run inside a liveQuery. */
export async function storageCounts(db: CrossfeedDB): Promise<StorageCounts> {
  const [posts, userState, settings, health, ingestLog, saved] = await Promise.all([
    db.posts.count(),
    db.userState.count(),
    db.settings.count(),
    db.health.count(),
    db.ingestLog.count(),
    db.userState.where('savedAt').aboveOrEqual(0).count(),
  ]);
  return { tables: { posts, userState, settings, health, ingestLog }, saved };
}

/** Counts plus the browser's estimate; `estimate` is navigator.storage.estimate unless given (tests). */
export async function storageUsage(
  db: CrossfeedDB,
  estimate: Estimate | undefined = browserEstimate(),
): Promise<StorageUsage> {
  const [counts, estimated] = await Promise.all([
    storageCounts(db),
    estimate ? estimate().catch(() => ({})) : Promise.resolve({}),
  ]);
  const { usage, quota } = estimated as { usage?: number; quota?: number };
  return {
    ...(usage === undefined ? {} : { usage }),
    ...(quota === undefined ? {} : { quota }),
    ...counts,
  };
}

/** "812 KB", "1.4 GB": binary units, as the browser's own storage settings show them. */
export function formatBytes(bytes: number): string {
  const units = ['bytes', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  return `${value.toFixed(digits)} ${units[unit]}`;
}
