import type { UserState } from '../db';
import type { Post } from '../post';
import { isoTime } from './utc-time';

/**
 * CSV of a list of posts, for spreadsheet apps: RFC 4180 (comma separated, CRLF line ends, a field
 * with a comma, quote, CR or LF is quoted and its quotes doubled), a header row, and a UTF-8 BOM so
 * Excel reads the file as UTF-8 rather than the system code page.
 */
export const CSV_BOM = '\uFEFF';

/**
 * A scraped cell that starts with = + - @ would run as a formula when the file is opened (CSV
 * injection), and so would one whose formula comes after leading whitespace or a line break (some
 * apps skip those), or that uses the fullwidth ＝ ＋ － ＠ (some apps fold them to ASCII). Such a cell
 * gets a leading apostrophe, which spreadsheets show as text.
 */
const FORMULA_START = /^[\s\u3000]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^[\t\r\n]/;

export function guardFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** One RFC 4180 field. */
export function csvField(value: string | number | boolean | undefined): string {
  if (value === undefined) return '';
  const text = typeof value === 'string' ? guardFormula(value) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function linkUrls(post: Post): string[] {
  const urls = post.entities.flatMap((entity) => (entity.kind === 'link' ? [entity.url] : []));
  return post.linkCard ? [...urls, post.linkCard.url] : urls;
}

interface Column {
  header: string;
  cell: (post: Post, state: UserState | undefined) => string | number | boolean | undefined;
}

const COLUMNS: readonly Column[] = [
  { header: 'id', cell: (post) => post.id },
  { header: 'platform', cell: (post) => post.platform },
  { header: 'url', cell: (post) => post.url },
  { header: 'created_at', cell: (post) => isoTime(post.createdAt) },
  { header: 'author_handle', cell: (post) => post.author.handle },
  { header: 'author_name', cell: (post) => post.author.name },
  { header: 'author_verified', cell: (post) => post.author.verified },
  { header: 'text', cell: (post) => post.text },
  { header: 'lang', cell: (post) => post.lang },
  {
    header: 'links',
    cell: (post) => [...new Set(linkUrls(post))].join(' '),
  },
  { header: 'media', cell: (post) => post.media.map((media) => media.url).join(' ') },
  { header: 'quoted_post_id', cell: (post) => post.quotedPostId },
  { header: 'reposted_by', cell: (post) => post.repost?.by.handle },
  { header: 'reply_to', cell: (post) => post.reply?.toHandle ?? post.reply?.toPostId },
  { header: 'replies', cell: (post) => post.counts?.replies },
  { header: 'reposts', cell: (post) => post.counts?.reposts },
  { header: 'quotes', cell: (post) => post.counts?.quotes },
  { header: 'likes', cell: (post) => post.counts?.likes },
  { header: 'views', cell: (post) => post.counts?.views },
  { header: 'saved_at', cell: (_post, state) => isoTime(state?.savedAt) },
  { header: 'tags', cell: (_post, state) => state?.tags.join('; ') },
  { header: 'note', cell: (_post, state) => state?.note },
  { header: 'first_seen_at', cell: (post) => isoTime(post.capture.firstSeenAt) },
];

export const CSV_HEADER = COLUMNS.map((column) => column.header);

export function csvRow(post: Post, state: UserState | undefined): string {
  return COLUMNS.map((column) => csvField(column.cell(post, state))).join(',');
}

/** The CSV text in parts (header first), `rowsPerPart` posts each, ready for a Blob. */
export function csvParts(
  posts: readonly Post[],
  states: ReadonlyMap<string, UserState>,
  rowsPerPart = 2000,
): string[] {
  const parts = [`${CSV_BOM}${CSV_HEADER.join(',')}\r\n`];
  for (let start = 0; start < posts.length; start += rowsPerPart) {
    parts.push(
      posts
        .slice(start, start + rowsPerPart)
        .map((post) => `${csvRow(post, states.get(post.id))}\r\n`)
        .join(''),
    );
  }
  return parts;
}
