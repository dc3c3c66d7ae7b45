/** Minimal Bluesky views by the lexicons' required fields, for the shape tests (only what a case needs varies). */

export const DID = 'did:plc:abcdefghijklmnopqrstuvwx';

export const uri = (rkey: string, did = DID): string => `at://${did}/app.bsky.feed.post/${rkey}`;

/** An app.bsky.feed.defs#postView. */
export function view(
  rkey: string,
  extra: Record<string, unknown> = {},
  record: Record<string, unknown> = {},
): Record<string, unknown> & { uri: string; author: unknown; record: unknown; indexedAt: string } {
  return {
    uri: uri(rkey),
    cid: 'bafyreia',
    author: { did: DID, handle: 'ada.example.com' },
    record: { $type: 'app.bsky.feed.post', text: rkey, createdAt: '2026-01-01T00:00:00.000Z', ...record },
    indexedAt: '2026-01-01T00:00:01.000Z',
    ...extra,
  };
}

/** The same post as a quote shows it: an app.bsky.embed.record#viewRecord. */
export function viewRecord(rkey: string, embeds: unknown[] = []): Record<string, unknown> {
  const post = view(rkey);
  return {
    $type: 'app.bsky.embed.record#viewRecord',
    uri: post.uri,
    cid: 'bafyreia',
    author: post.author,
    value: post.record,
    indexedAt: post.indexedAt,
    embeds,
  };
}
