import type { CrossfeedDB, UserState } from '../db';
import type { IdentityLink } from '../feed/collapse/identity';
import type { Post } from '../post';
import { readSettings } from '../settings';
import { EXPORT_FORMAT, EXPORT_VERSION } from './format';
import { forEachChunk } from './read-chunks';

export interface ExportProgress {
  done: number;
  total: number;
}

export interface ExportStoreOptions {
  /** Rows per read and per Blob part (default 2,000: ~3 MB of JSON per part). */
  chunkSize?: number;
  /** The export's time (default: now). */
  now?: number;
  onProgress?: (progress: ExportProgress) => void;
}

const JSON_TYPE = 'application/json';
/** Rows per Blob part when a whole list is handed over at once. */
const PART_ROWS = 2000;

/** The file's opening, up to the first post: the envelope fields come first so a reader can check them. */
function opening(exportedAt: number, links: readonly IdentityLink[] = []): string {
  const linked = links.length > 0 ? `"identityLinks":${JSON.stringify(links)},\n` : '';
  return `{"format":${JSON.stringify(EXPORT_FORMAT)},"version":${EXPORT_VERSION},"exportedAt":${exportedAt},\n${linked}"posts":[\n`;
}

/**
 * Builds a JSON array body part by part: each chunk of rows becomes its own small Blob (one row per
 * line), and the file is a Blob of those Blobs. No string ever holds more than one chunk, so 100k
 * posts never need one giant string in the page.
 */
class ArrayParts {
  private first = true;
  constructor(private readonly parts: BlobPart[]) {}
  add(rows: readonly unknown[]): void {
    for (let start = 0; start < rows.length; start += PART_ROWS) {
      const text = rows
        .slice(start, start + PART_ROWS)
        .map((row) => JSON.stringify(row))
        .join(',\n');
      this.parts.push(new Blob([this.first ? text : `,\n${text}`]));
      this.first = false;
    }
  }
}

/** Exports every post, every user-state row and the identity links of the store as one versioned JSON file. */
export async function exportStore(db: CrossfeedDB, options: ExportStoreOptions = {}): Promise<Blob> {
  const chunkSize = options.chunkSize ?? 2000;
  const total = (await db.posts.count()) + (await db.userState.count());
  let done = 0;
  const report = (rows: number) => {
    done += rows;
    options.onProgress?.({ done, total: Math.max(total, done) });
  };
  const { identityLinks } = await readSettings(db);
  const parts: BlobPart[] = [opening(options.now ?? Date.now(), identityLinks)];
  const posts = new ArrayParts(parts);
  await forEachChunk(
    db.posts,
    (post: Post) => post.id,
    chunkSize,
    (rows) => {
      posts.add(rows);
      report(rows.length);
    },
  );
  parts.push('\n],\n"userState":[\n');
  const states = new ArrayParts(parts);
  await forEachChunk(
    db.userState,
    (state: UserState) => state.postId,
    chunkSize,
    (rows) => {
      states.add(rows);
      report(rows.length);
    },
  );
  parts.push('\n]}\n');
  return new Blob(parts, { type: JSON_TYPE });
}

/** The same file format for a given list of posts (the feed's current view), with their user state. */
export function exportPostsJson(posts: readonly Post[], states: readonly UserState[], now: number): Blob {
  const parts: BlobPart[] = [opening(now)];
  new ArrayParts(parts).add(posts);
  parts.push('\n],\n"userState":[\n');
  new ArrayParts(parts).add(states);
  parts.push('\n]}\n');
  return new Blob(parts, { type: JSON_TYPE });
}
