import type { Table } from 'dexie';

/**
 * Reads a whole table in primary-key order, `chunkSize` rows at a time, each chunk in its own short
 * read (paged by key, not by offset, so every page costs the same). A long export never holds one
 * transaction open across the whole store, which would make capture wait behind it.
 */
export async function forEachChunk<T, Key extends string, Insert>(
  table: Table<T, Key, Insert>,
  keyOf: (row: T) => Key,
  chunkSize: number,
  onChunk: (rows: T[]) => void | Promise<void>,
): Promise<void> {
  let last: Key | undefined;
  for (;;) {
    const collection = last === undefined ? table.orderBy(':id') : table.where(':id').above(last);
    const rows = await collection.limit(chunkSize).toArray();
    if (rows.length === 0) return;
    await onChunk(rows);
    if (rows.length < chunkSize) return;
    last = keyOf(rows[rows.length - 1]!);
  }
}
