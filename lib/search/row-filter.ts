import { PLATFORMS, type Platform } from '../post';
import type { CompiledQuery } from './compile';
import type { PostTable } from './post-table';

/**
 * A query's non-text conditions (matcher.ts `matchesFacets`) turned into numbers the PostTable's
 * columns compare against directly, so the per-row check allocates nothing.
 */
export interface RowFilter {
  /** Bit i set: PLATFORMS[i] allowed (query platform:, minus -platform:, within the toggles). */
  platforms: number;
  hasMask: number;
  notHasMask: number;
  since: number;
  until: number;
  /** Interned handle numbers; null = no from: condition. */
  from: number[] | null;
  notFrom: number[];
}

export function rowFilter(query: CompiledQuery, table: PostTable, toggles?: readonly Platform[]): RowFilter {
  let platforms = 0;
  PLATFORMS.forEach((platform, bit) => {
    const wanted = query.platforms.length === 0 || query.platforms.includes(platform);
    const toggled = toggles === undefined || toggles.includes(platform);
    if (wanted && toggled && !query.notPlatforms.includes(platform)) platforms |= 1 << bit;
  });
  return {
    platforms,
    hasMask: query.hasMask,
    notHasMask: query.notHasMask,
    since: query.since ?? -Infinity,
    until: query.until ?? Infinity,
    from: query.from.length > 0 ? query.from.map((handle) => table.handleId(handle)) : null,
    notFrom: query.notFrom.map((handle) => table.handleId(handle)),
  };
}

export function passesRow(filter: RowFilter, table: PostTable, ordinal: number): boolean {
  if (((1 << table.platform[ordinal]!) & filter.platforms) === 0) return false;
  const flags = table.flags[ordinal]!;
  if ((flags & filter.hasMask) !== filter.hasMask || (flags & filter.notHasMask) !== 0) return false;
  const sortAt = table.sortAt[ordinal]!;
  if (sortAt < filter.since || sortAt >= filter.until) return false;
  const author = table.author[ordinal]!;
  const reposter = table.reposter[ordinal]!;
  if (filter.from !== null && !filter.from.includes(author) && !filter.from.includes(reposter)) return false;
  return (
    filter.notFrom.length === 0 || (!filter.notFrom.includes(author) && !filter.notFrom.includes(reposter))
  );
}
