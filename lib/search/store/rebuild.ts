import type { Transaction } from 'dexie';
import type { Post } from '../../post';
import { searchRowOf, type SearchRow } from '../search-row';
import { emptySegment } from '../segment';
import { mergeSegment } from '../segment-build';
import { encodeSegment } from '../segment-codec';

/**
 * The upgrade to store version 4: indexes the posts already stored into the first base segment,
 * inside the upgrade transaction (nothing can write posts meanwhile, and a failure leaves the
 * store at version 3 to try again). Posts are read with a cursor, so only their search rows are
 * held at once, never 100k Post objects.
 */
export async function buildSearchIndexInUpgrade(tx: Transaction): Promise<void> {
  const rows: SearchRow[] = [];
  await tx.table<Post, string>('posts').each((post) => {
    rows.push(searchRowOf(post));
  });
  await tx.table('searchIndex').bulkPut([
    { key: 'base', segment: new Blob([encodeSegment(mergeSegment(emptySegment(), rows))]) },
    { key: 'meta', baseSeq: 0 },
  ]);
}
