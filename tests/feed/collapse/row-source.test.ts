import { describe, expect, it } from 'vitest';
import { CollapseRowSource, compactRow, textHash } from '../../../lib/feed/collapse/row-source';
import { repostedByLine } from '../../../lib/feed/collapse/reposted-by';
import { toCollapseRow } from '../../../lib/feed/collapse/rows';
import type { Post } from '../../../lib/post';
import { samplePost } from '../../helpers/sample-post';

const flush = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

describe('repostedByLine', () => {
  const who = (handle: string, name?: string) => (name ? { handle, name } : { handle });
  it('names up to three, then the first two and how many others; one person once', () => {
    expect(repostedByLine([])).toBeUndefined();
    expect(repostedByLine([who('a', 'Ada')])).toBe('↻ reposted by Ada');
    expect(repostedByLine([who('a', 'Ada'), who('b')])).toBe('↻ reposted by Ada and @b');
    expect(repostedByLine([who('a', 'Ada'), who('b', 'Bo'), who('c', 'Cy')])).toBe(
      '↻ reposted by Ada, Bo and Cy',
    );
    expect(repostedByLine([who('a', 'A'), who('b', 'B'), who('c'), who('d'), who('e')])).toBe(
      '↻ reposted by A, B and 3 others',
    );
    expect(repostedByLine([who('a', 'A'), who('b', 'B'), who('c'), who('d')])).toBe(
      '↻ reposted by A, B and 2 others',
    );
    expect(repostedByLine([who('a', 'A'), who('A', 'A again'), who('b', 'B')])).toBe('↻ reposted by A and B');
  });
});

describe('CollapseRowSource', () => {
  function source(store: Map<string, Post>) {
    const reads: string[][] = [];
    const rows = new CollapseRowSource(async (ids) => {
      reads.push(ids);
      return ids.map((id) => store.get(id));
    });
    return { rows, reads };
  }
  const a = samplePost({ id: 'x:1', nativeId: '1', text: 'A long enough text to have a cross-post key' });
  const b = samplePost({ id: 'x:2', nativeId: '2', text: 'short' });

  it('reads what is wanted in one batch, keeps it, and says null for a post the store lacks', async () => {
    const { rows, reads } = source(new Map([[a.id, a]]));
    rows.want([a.id, 'x:404']);
    rows.want([a.id]);
    expect(rows.get(a.id)).toBeUndefined();
    await flush();
    expect(reads).toEqual([[a.id, 'x:404']]);
    expect(rows.get(a.id)).toEqual(compactRow(a));
    expect(rows.get('x:404')).toBeNull();
    rows.want([a.id, 'x:404']);
    await flush();
    expect(reads).toHaveLength(1);
  });

  it('a post put from the feed’s cache is not read again; a changed post keeps its old row until re-read', async () => {
    const store = new Map([[b.id, b]]);
    const { rows, reads } = source(store);
    rows.put([b]);
    rows.want([b.id]);
    await flush();
    expect(reads).toEqual([]);
    const edited = { ...b, text: 'An edited text, long enough to match now' };
    store.set(b.id, edited);
    rows.invalidate([b.id, 'x:never-wanted']);
    expect(rows.get(b.id)).toEqual(compactRow(b));
    await flush();
    expect(reads).toEqual([[b.id]]);
    expect(rows.get(b.id)).toEqual(compactRow(edited));
    rows.invalidate('all');
    expect(rows.get(b.id)).toBeUndefined();
  });

  it('keeps a hash of the cross-post key, not the text: equal for equal keys, different otherwise', () => {
    expect(compactRow(a).textKey).toBe(textHash(toCollapseRow(a).textKey!));
    expect(textHash('same words here')).toBe(textHash('same words here'));
    expect(textHash('same words here')).not.toBe(textHash('same words hera'));
    expect(compactRow(b).textKey).toBeUndefined();
  });
});
