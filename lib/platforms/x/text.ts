import type { Entity } from '../../post';
import { decodeHtmlEntities } from './html-entities';
import { arr, isHttpUrl, isRecord, str } from './shape';

/**
 * Turns X's raw tweet text into the stored plain text with entity ranges.
 *
 * X's `indices` are code-point offsets into the raw, still HTML-escaped text (checked on every
 * fixture: `&amp;` counts as five). So the text is rebuilt in one pass over code points: each
 * entity range is replaced (t.co link → its expanded URL, media link → nothing, mentions and tags
 * kept), the plain runs between them are HTML-decoded, and the new ranges are measured in UTF-16
 * code units of the text as built — the unit the Post schema uses.
 */

export interface XEntityLists {
  urls?: unknown;
  media?: unknown;
  user_mentions?: unknown;
  hashtags?: unknown;
  symbols?: unknown;
}

/** The text as code points: an array of them, or the string itself when it has no surrogate pairs. */
type Points = string | readonly string[];

function cut(points: Points, start: number, end: number): string {
  return typeof points === 'string' ? points.slice(start, end) : points.slice(start, end).join('');
}

interface Span {
  start: number;
  end: number;
  /** What replaces the raw range in the output. */
  replacement: (raw: string) => string;
  entity?: (start: number, end: number, raw: string) => Entity | undefined;
}

export interface BuiltText {
  text: string;
  entities: Entity[];
}

/**
 * @param raw X's text (full_text or a note tweet's text)
 * @param range the displayed part in code points ([start, end)): it leaves out a reply's leading
 *   @mentions (X shows those as "Replying to") and the trailing media link; undefined = all
 */
export function buildText(
  raw: string,
  range: readonly [number, number] | undefined,
  lists: XEntityLists,
): BuiltText {
  // Code points; a text without surrogate pairs is indexed as is (the common case, and cheaper).
  const points: Points = /[\uD800-\uDFFF]/.test(raw) ? Array.from(raw) : raw;
  const [from, to] = clampRange(range, points.length);
  const spans = collectSpans(points, from, to, lists);

  let text = '';
  const entities: Entity[] = [];
  let cursor = from;
  for (const span of spans) {
    text += decodeHtmlEntities(cut(points, cursor, span.start));
    const rawPart = cut(points, span.start, span.end);
    const start = text.length;
    text += span.replacement(rawPart);
    const entity = span.entity?.(start, text.length, rawPart);
    if (entity) entities.push(entity);
    cursor = span.end;
  }
  text += decodeHtmlEntities(cut(points, cursor, to));

  // A media link removed from the end (when there was no display range) leaves its space behind.
  const trimmed = text.trimEnd();
  return { text: trimmed, entities: entities.filter((entity) => entity.end <= trimmed.length) };
}

function clampRange(range: readonly [number, number] | undefined, length: number): [number, number] {
  if (!range) return [0, length];
  const [start, end] = range;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start) return [0, length];
  return [Math.min(start, length), Math.min(end, length)];
}

/** The display range X gives in `display_text_range`, when it is two integers. */
export function displayRange(value: unknown): [number, number] | undefined {
  if (!Array.isArray(value) || value.length !== 2) return undefined;
  const [start, end] = value as unknown[];
  return Number.isInteger(start) && Number.isInteger(end) ? [start as number, end as number] : undefined;
}

function collectSpans(points: Points, from: number, to: number, lists: XEntityLists): Span[] {
  const spans: Span[] = [];
  const add = (
    item: unknown,
    needle: string,
    expect: (raw: string) => boolean,
    make: Omit<Span, 'start' | 'end'>,
  ) => {
    const chars = Array.from(needle);
    // The first character to look for when the indices are off (either form of @ and #).
    const starts = chars[0] === '@' ? ['@', '＠'] : chars[0] === '#' ? ['#', '＃'] : chars.slice(0, 1);
    const located = locate(points, item, from, to, chars.length, starts, expect, spans);
    if (located) spans.push({ ...located, ...make });
  };

  for (const item of list(lists.media)) {
    const tco = str(item, 'url');
    if (!tco) continue;
    // Media shows as attachments; its t.co link is not text.
    add(item, tco, (raw) => raw === tco, { replacement: () => '' });
  }
  for (const item of list(lists.urls)) {
    const tco = str(item, 'url');
    if (!tco) continue;
    const expanded = str(item, 'expanded_url');
    const target = isHttpUrl(expanded) ? expanded : undefined;
    add(item, tco, (raw) => raw === tco, {
      replacement: (raw) => target ?? raw,
      entity: (start, end, raw) => {
        const url = target ?? (isHttpUrl(raw) ? raw : undefined);
        return url ? { kind: 'link', start, end, url } : undefined;
      },
    });
  }
  for (const item of list(lists.user_mentions)) {
    const handle = str(item, 'screen_name');
    if (!handle) continue;
    const userId = str(item, 'id_str');
    add(item, `@${handle}`, (raw) => sameTag(raw, '@', handle), {
      replacement: (raw) => raw,
      entity: (start, end) => ({
        kind: 'mention',
        start,
        end,
        handle: handle.slice(0, 100),
        ...(userId && /^\d{1,25}$/.test(userId) ? { userId } : {}),
      }),
    });
  }
  for (const item of list(lists.hashtags)) {
    const tag = str(item, 'text');
    if (!tag) continue;
    add(item, `#${tag}`, (raw) => sameTag(raw, '#', tag), {
      replacement: (raw) => raw,
      entity: (start, end) => ({ kind: 'hashtag', start, end, tag: tag.slice(0, 280) }),
    });
  }
  for (const item of list(lists.symbols)) {
    const symbol = str(item, 'text');
    if (!symbol) continue;
    add(item, `$${symbol}`, (raw) => sameTag(raw, '$', symbol), {
      replacement: (raw) => raw,
      entity: (start, end) => ({ kind: 'cashtag', start, end, symbol: symbol.slice(0, 50) }),
    });
  }
  return spans.sort((a, b) => a.start - b.start);
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** `@Name` / `#tag` / `$TAG`, or the fullwidth ＠ ＃ X also recognises; case-insensitive. */
function sameTag(raw: string, sigil: string, name: string): boolean {
  const first = raw.charAt(0);
  const sigils = sigil === '@' ? ['@', '＠'] : sigil === '#' ? ['#', '＃'] : [sigil];
  return sigils.includes(first) && raw.slice(1).toLowerCase() === name.toLowerCase();
}

/**
 * Where an entity sits: at its `indices` when the text there is what the entity says, else at the
 * first free place it occurs in the displayed range (indices from another version of the text), else
 * nowhere (then the text keeps the raw characters and no entity is stored).
 */
function locate(
  points: Points,
  item: unknown,
  from: number,
  to: number,
  length: number,
  needleStart: readonly string[],
  expect: (raw: string) => boolean,
  taken: readonly Span[],
): { start: number; end: number } | undefined {
  const free = (start: number, end: number) =>
    start >= from && end <= to && taken.every((span) => end <= span.start || start >= span.end);
  const indices = isRecord(item) ? arr(item, 'indices') : undefined;
  if (indices && indices.length === 2) {
    const [start, end] = indices;
    if (Number.isInteger(start) && Number.isInteger(end)) {
      const s = start as number;
      const e = end as number;
      if (s < e && expect(cut(points, s, e))) {
        // Where X says, and outside the displayed range (a trailing media link): simply not shown.
        return free(s, e) ? { start: s, end: e } : undefined;
      }
    }
  }
  const first = needleStart;
  for (let s = from; s + length <= to; s += 1) {
    if (!first.includes(points[s]!)) continue;
    const e = s + length;
    // Not in the middle of a longer word ("@ab" inside "@abc").
    if (e < to && /[\p{L}\p{N}_]/u.test(points[e]!)) continue;
    if (free(s, e) && expect(cut(points, s, e))) return { start: s, end: e };
  }
  return undefined;
}
