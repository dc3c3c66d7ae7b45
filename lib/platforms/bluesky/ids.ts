import { MAX_NATIVE_ID, postId } from '../../parse-result';

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

/** What the AppView sends in place of a handle that no longer verifies against its DID. */
export const INVALID_HANDLE = 'handle.invalid';

/**
 * A usable handle: a DNS name (labels of 1–63 letters, digits and hyphens, no hyphen at either end,
 * at least two labels, the last starting with a letter, 253 characters at most), and not the
 * `handle.invalid` marker. Checked by a loop rather than the spec's regex: it runs for every author
 * on the page's thread, and the regex backtracks over every label.
 */
export function isHandle(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > 253 || value === INVALID_HANDLE) return false;
  let labels = 0;
  let labelStart = 0;
  for (let i = 0; i <= value.length; i += 1) {
    const code = i < value.length ? value.charCodeAt(i) : DOT;
    if (code === DOT) {
      const length = i - labelStart;
      if (length < 1 || length > 63 || value.charCodeAt(i - 1) === HYPHEN) return false;
      labels += 1;
      if (i === value.length && !isLetter(value.charCodeAt(labelStart))) return false;
      labelStart = i + 1;
    } else if (code === HYPHEN) {
      if (i === labelStart) return false;
    } else if (!isLetter(code) && !(code >= 48 && code <= 57)) return false;
  }
  return labels >= 2;
}

const DOT = 46;
const HYPHEN = 45;

function isLetter(code: number): boolean {
  const lower = code | 0x20;
  return lower >= 97 && lower <= 122;
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

/** The same rule for the one collection read on every post (three times: itself, reply parent and root). */
const POST_URI =
  /^at:\/\/(did:[a-z]+:[A-Za-z0-9._:%-]*[A-Za-z0-9._-])\/app\.bsky\.feed\.post\/([A-Za-z0-9._:~-]{1,512})$/;

/** The URI when it names a post record. */
export function parsePostUri(value: unknown): RecordUri | undefined {
  if (typeof value !== 'string' || value.length > MAX_NATIVE_ID) return undefined;
  const match = POST_URI.exec(value);
  if (match === null) return undefined;
  const did = match[1] ?? '';
  const rkey = match[2] ?? '';
  if (rkey === '.' || rkey === '..' || did.length > MAX_DID) return undefined;
  return { uri: value, did, collection: POST_COLLECTION, rkey };
}

/** `bluesky:<at:// uri>`: the at-uri is global, so a post seen through any PDS or AppView is one row. */
export function blueskyPostId(uri: string): string {
  return postId('bluesky', uri);
}

/** Whether a value is a post URI: the check of parsePostUri without its parts (no match array). */
export function isPostUri(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > MAX_NATIVE_ID || !POST_URI.test(value)) return false;
  return !value.endsWith('/.') && !value.endsWith('/..') && value.indexOf('/', 5) - 5 <= MAX_DID;
}

/** The post id of a post URI, or undefined when it is not one. */
export function postIdOf(value: unknown): string | undefined {
  return isPostUri(value) ? blueskyPostId(value) : undefined;
}

export const BSKY_APP = 'https://bsky.app';

/**
 * How bsky.app names an account in its URLs: the handle, or the DID when the handle is invalid or
 * belongs to someone else than the record's repo (then the DID is the only right name). `owner` is
 * an Author from readAuthor, whose handle is already either a valid handle or the DID itself.
 */
export function profileSegment(did: string, owner: { id?: string; handle: string } | undefined): string {
  return owner !== undefined && owner.id === did ? owner.handle : did;
}

/** `https://bsky.app/profile/<handle or did>/post/<rkey>`: the permalink bsky.app itself shares. */
export function postPermalink(uri: RecordUri, author: { id?: string; handle: string }): string {
  return `${BSKY_APP}/profile/${profileSegment(uri.did, author)}/post/${uri.rkey}`;
}
