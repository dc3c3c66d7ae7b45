import { MAX_NATIVE_ID, postId } from '../../post';

/**
 * atproto identifiers, checked by their published syntax (atproto.com/specs: did, handle, at-uri,
 * record-key) before any of them becomes a row id or part of a URL.
 */

/**
 * `did:<method>:<id>`. The spec allows 2 KB; real DIDs (did:plc, did:web) are far shorter, and 300
 * keeps one usable as the author handle (the Post schema's limit) when the handle is invalid.
 */
const DID = /^did:[a-z]+:[A-Za-z0-9._:%-]*[A-Za-z0-9._-]$/;
const MAX_DID = 300;

export function isDid(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_DID && DID.test(value);
}

/** A DNS-name handle. */
const HANDLE = /^([a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)+[a-zA-Z]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?$/;

/** What the AppView sends in place of a handle that no longer verifies against its DID. */
export const INVALID_HANDLE = 'handle.invalid';

/** A usable handle: the DNS-name syntax, and not the `handle.invalid` marker. */
export function isHandle(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 253 && value !== INVALID_HANDLE && HANDLE.test(value);
}

export const POST_COLLECTION = 'app.bsky.feed.post';
export const REPOST_COLLECTION = 'app.bsky.feed.repost';

/**
 * `at://<did>/<collection>/<rkey>`. Only DID authorities: the AppView always sends those, and a
 * handle-form URI of the same record would make a second row for one post.
 */
const RECORD_URI =
  /^at:\/\/(did:[a-z]+:[A-Za-z0-9._:%-]*[A-Za-z0-9._-])\/([a-zA-Z][a-zA-Z0-9-]*(?:\.[a-zA-Z0-9-]+)+)\/([A-Za-z0-9._:~-]{1,512})$/;

export interface RecordUri {
  uri: string;
  did: string;
  collection: string;
  rkey: string;
}

export function parseRecordUri(value: unknown): RecordUri | undefined {
  if (typeof value !== 'string' || value.length > MAX_NATIVE_ID) return undefined;
  const match = RECORD_URI.exec(value);
  if (match === null) return undefined;
  const did = match[1] ?? '';
  const collection = match[2] ?? '';
  const rkey = match[3] ?? '';
  if (rkey === '.' || rkey === '..' || did.length > MAX_DID) return undefined;
  return { uri: value, did, collection, rkey };
}

/** The URI when it names a post record. */
export function parsePostUri(value: unknown): RecordUri | undefined {
  const uri = parseRecordUri(value);
  return uri?.collection === POST_COLLECTION ? uri : undefined;
}

/** `bluesky:<at:// uri>`: the at-uri is global, so a post seen through any PDS or AppView is one row. */
export function blueskyPostId(uri: string): string {
  return postId('bluesky', uri);
}

/** The post id of a post URI, or undefined when it is not one. */
export function postIdOf(value: unknown): string | undefined {
  const uri = parsePostUri(value);
  return uri === undefined ? undefined : blueskyPostId(uri.uri);
}

export const BSKY_APP = 'https://bsky.app';

/**
 * How bsky.app names an account in its URLs: the handle, or the DID when the handle is invalid or
 * belongs to someone else than the record's repo (then the DID is the only right name).
 */
export function profileSegment(did: string, owner: { id?: string; handle?: string } | undefined): string {
  return owner !== undefined && owner.id === did && isHandle(owner.handle) ? owner.handle : did;
}

/** `https://bsky.app/profile/<handle or did>/post/<rkey>`: the permalink bsky.app itself shares. */
export function postPermalink(uri: RecordUri, author: { id?: string; handle?: string }): string {
  return `${BSKY_APP}/profile/${profileSegment(uri.did, author)}/post/${uri.rkey}`;
}
