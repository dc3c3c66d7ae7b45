import { isRecord, type JsonRecord } from '../kit/json-read';

/**
 * How the tap's posts travel as JSON (page → content script → background). A repost row is the
 * original's content under the repost's own id: the parsers build it as
 * `{ ...original, id, nativeId, sortAt, repost, capture }`, and the original travels in the same
 * array. Sent whole, a profile page full of reposts carries every reposted post twice (a real
 * UserTweets response: 16 repost rows; compacted, its 48.7 KB become 36.3 KB), and the page's thread pays for
 * those bytes three times: writing them, and twice in extension messaging. So such a row is sent as
 * only the fields it sets, marked `sameAsOriginal`, and the background rebuilds it from the original
 * before validating it like any other post.
 */

/** The fields a repost row sets on top of its original's. */
const OWN_FIELDS = ['id', 'nativeId', 'sortAt', 'repost', 'capture'] as const;
const OWN = new Set<string>(OWN_FIELDS);
export const SAME_AS_ORIGINAL = 'sameAsOriginal';

/**
 * The posts as the wire's array: a repost row whose other fields are exactly its original's (the
 * same values, not copies: a shallow check of a spread) and whose original is in `posts` goes as
 * its own fields; every other post as it is.
 */
export function compactRepostRows(posts: readonly unknown[]): unknown[] {
  let byId: Map<unknown, JsonRecord> | undefined;
  return posts.map((post) => {
    if (!isRecord(post) || !isRecord(post.repost)) return post;
    byId ??= new Map(posts.filter(isRecord).map((candidate) => [candidate.id, candidate]));
    const original = byId.get(post.repost.originalId);
    if (!original || original === post || !sameContent(post, original)) return post;
    const compact: JsonRecord = { [SAME_AS_ORIGINAL]: true };
    for (const field of OWN_FIELDS) if (field in post) compact[field] = post[field];
    return compact;
  });
}

function sameContent(row: JsonRecord, original: JsonRecord): boolean {
  let shared = 0;
  for (const key in row) {
    if (OWN.has(key)) continue;
    if (row[key] !== original[key]) return false;
    shared += 1;
  }
  for (const key in original) if (!OWN.has(key)) shared -= 1;
  return shared === 0;
}

/**
 * The inverse, in the background: each compacted row becomes its original plus its own fields. A
 * compacted row whose original is not in the array stays as it is and fails validation like any
 * incomplete post (a counted rejection), so nothing is made up.
 */
export function expandRepostRows(items: readonly unknown[]): readonly unknown[] {
  if (!items.some((item) => isRecord(item) && item[SAME_AS_ORIGINAL] === true)) return items;
  const byId = new Map<unknown, JsonRecord>();
  for (const item of items) if (isRecord(item) && item[SAME_AS_ORIGINAL] !== true) byId.set(item.id, item);
  return items.map((item) => {
    if (!isRecord(item) || item[SAME_AS_ORIGINAL] !== true) return item;
    const original = isRecord(item.repost) ? byId.get(item.repost.originalId) : undefined;
    if (!original) return item;
    const row: JsonRecord = { ...original };
    for (const field of OWN_FIELDS) if (field in item) row[field] = item[field];
    return row;
  });
}
