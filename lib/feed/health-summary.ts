import type { HealthRecord } from '../health';
import type { Platform } from '../platforms/registry';

/**
 * What the compact health view shows, folded from the per platform+source records: stored posts,
 * the last capture, skipped posts by reason, refused posts and API operations the tap does not
 * read. Pure, so the side panel and the popup show the same numbers.
 */
export interface SourceSummary {
  key: string;
  platform: Platform;
  source: HealthRecord['source'];
  postsStored: number;
  postsNew: number;
  lastSuccessAt?: number;
  skipped: Array<[reason: string, count: number]>;
  rejected: Array<[reason: string, count: number]>;
  unknownOperations: Array<[name: string, count: number]>;
  /** Failures of Crossfeed's own capture code, by where. */
  failures: Array<[where: string, count: number]>;
}

export interface HealthSummary {
  sources: SourceSummary[];
  /** The latest successful capture of any source. */
  lastCaptureAt?: number;
  skippedTotal: number;
}

const byCount = (record: Record<string, number>): Array<[string, number]> =>
  Object.entries(record)
    .filter(([, count]) => count > 0)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));

export function summarizeHealth(records: readonly HealthRecord[]): HealthSummary {
  const sources = [...records]
    .sort((a, b) => a.key.localeCompare(b.key))
    .map((record) => ({
      key: record.key,
      platform: record.platform,
      source: record.source,
      postsStored: record.postsStored,
      postsNew: record.postsNew,
      lastSuccessAt: record.lastSuccessAt,
      skipped: byCount(record.skipped),
      rejected: byCount(record.rejected),
      unknownOperations: byCount(record.unknownOperations),
      failures: byCount(record.failures ?? {}),
    }));
  const times = records.map((record) => record.lastSuccessAt).filter((at): at is number => at !== undefined);
  return {
    sources,
    lastCaptureAt: times.length > 0 ? Math.max(...times) : undefined,
    skippedTotal: records.reduce(
      (sum, record) => sum + Object.values(record.skipped).reduce((a, b) => a + b, 0),
      0,
    ),
  };
}
