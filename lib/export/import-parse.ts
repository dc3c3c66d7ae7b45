import type { z } from 'zod';
import type { UserState } from '../db';
import type { IdentityLink } from '../feed/collapse/identity';
import { identityLinkSchema } from '../settings';
import { isRecord } from '../kit/json-read';
import { postSchema, type Post } from '../post';
import { EXPORT_FORMAT, EXPORT_VERSION, userStateSchema } from './format';

/**
 * Reads a Crossfeed export (lib/export/format.ts): the envelope first (a file that is not JSON, not
 * ours, or of another version is refused as a whole, with a sentence for the user), then EVERY row
 * with zod: a bad row is skipped and counted by reason, the others are kept. Never throws.
 */

export interface SkipExample {
  list: 'posts' | 'userState' | 'identityLinks';
  /** Position in the file's list. */
  index: number;
  /** The row's id, when it has a readable one. */
  id?: string;
  reason: string;
}

export interface SkipReport {
  total: number;
  /** Reason → rows skipped for it. */
  byReason: Record<string, number>;
  /** The first few skipped rows. */
  examples: SkipExample[];
}

export type ParsedExport =
  | {
      ok: true;
      version: number;
      exportedAt: number;
      posts: Post[];
      userState: UserState[];
      /** The accounts the user linked or unlinked (none in files made before they existed). */
      identityLinks: IdentityLink[];
      /** Rows in the file (valid or not). */
      rowsInFile: number;
      skipped: SkipReport;
    }
  | { ok: false; error: string };

export interface CheckProgress {
  done: number;
  total: number;
}

export const MAX_SKIP_EXAMPLES = 5;
/** Rows checked between two pauses (each pause lets the page paint the progress bar). */
const ROWS_PER_SLICE = 1000;

export const IMPORT_ERRORS = {
  notJson:
    'This file is not valid JSON. It is not a Crossfeed export, or it was cut short (an incomplete download or copy). Nothing was imported.',
  notExport:
    'This is not a Crossfeed export. Choose a .json file made with "Export everything". Nothing was imported.',
  incomplete:
    'This Crossfeed export is incomplete (its post or user-state list is missing). Nothing was imported.',
  newer: (version: number) =>
    `This export was made by a newer Crossfeed (export version ${version}); this one reads version ${EXPORT_VERSION}. Update Crossfeed and try again. Nothing was imported.`,
  unsupported: (version: unknown) =>
    `This export has an unknown version (${String(version)}). Nothing was imported.`,
} as const;

const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** A stable, countable reason: the field path with list positions folded ("media[].url: …"). */
function reasonOf(list: SkipExample['list'], error: z.ZodError): string {
  const issue = error.issues[0];
  const what = { posts: 'post', userState: 'user state', identityLinks: 'identity link' }[list];
  if (!issue) return `invalid ${what}`;
  const path = issue.path
    .map((part) => (typeof part === 'number' ? '[]' : String(part)))
    .join('.')
    .replace(/\.\[\]/g, '[]');
  return `invalid ${what}${path ? ` (${path})` : ''}: ${issue.message}`;
}

function idOf(row: unknown, key: 'id' | 'postId'): string | undefined {
  if (!isRecord(row)) return undefined;
  const id = row[key];
  return typeof id === 'string' ? id.slice(0, 100) : undefined;
}

/** Checks an already-parsed JSON value. */
export async function checkExport(
  value: unknown,
  onProgress?: (progress: CheckProgress) => void,
): Promise<ParsedExport> {
  if (!isRecord(value) || value.format !== EXPORT_FORMAT)
    return { ok: false, error: IMPORT_ERRORS.notExport };
  const { version } = value;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return { ok: false, error: IMPORT_ERRORS.unsupported(version) };
  if (version > EXPORT_VERSION) return { ok: false, error: IMPORT_ERRORS.newer(version) };
  if (!Array.isArray(value.posts) || !Array.isArray(value.userState))
    return { ok: false, error: IMPORT_ERRORS.incomplete };
  // Optional (older files have none); a value that is not a list counts as one bad row.
  const linkRows: unknown[] =
    value.identityLinks === undefined
      ? []
      : Array.isArray(value.identityLinks)
        ? value.identityLinks
        : [value.identityLinks];
  const exportedAt = typeof value.exportedAt === 'number' ? value.exportedAt : 0;
  const rows: { posts: unknown[]; userState: unknown[] } = { posts: value.posts, userState: value.userState };
  const total = rows.posts.length + rows.userState.length + linkRows.length;
  const skipped: SkipReport = { total: 0, byReason: {}, examples: [] };
  const skip = (list: SkipExample['list'], index: number, row: unknown, error: z.ZodError) => {
    const reason = reasonOf(list, error);
    skipped.total += 1;
    skipped.byReason[reason] = (skipped.byReason[reason] ?? 0) + 1;
    if (skipped.examples.length < MAX_SKIP_EXAMPLES) {
      const id = list === 'identityLinks' ? undefined : idOf(row, list === 'posts' ? 'id' : 'postId');
      skipped.examples.push({ list, index, reason, ...(id === undefined ? {} : { id }) });
    }
  };

  let done = 0;
  const tick = async () => {
    done += 1;
    if (done % ROWS_PER_SLICE === 0) {
      onProgress?.({ done, total });
      await pause();
    }
  };
  const posts: Post[] = [];
  for (const [index, row] of rows.posts.entries()) {
    const result = postSchema.safeParse(row);
    if (result.success) posts.push(result.data);
    else skip('posts', index, row, result.error);
    await tick();
  }
  const userState: UserState[] = [];
  for (const [index, row] of rows.userState.entries()) {
    const result = userStateSchema.safeParse(row);
    if (result.success) userState.push(result.data);
    else skip('userState', index, row, result.error);
    await tick();
  }
  const identityLinks: IdentityLink[] = [];
  for (const [index, row] of linkRows.entries()) {
    const result = identityLinkSchema.safeParse(row);
    if (result.success) identityLinks.push(result.data);
    else skip('identityLinks', index, row, result.error);
  }
  onProgress?.({ done: total, total });
  return { ok: true, version, exportedAt, posts, userState, identityLinks, rowsInFile: total, skipped };
}

/** Parses the file's text, then checks it (see checkExport). */
export async function parseExport(
  text: string,
  onProgress?: (progress: CheckProgress) => void,
): Promise<ParsedExport> {
  let value: unknown;
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return { ok: false, error: IMPORT_ERRORS.notJson };
  }
  return checkExport(value, onProgress);
}
