import type { Entity } from '../../post';
import { decodeHtmlEntities } from './html-entities';
import { arr, isHttpUrl, isRecord, str } from '../../kit/json-read';

/**
 * Turns X's raw tweet text into the stored plain text with entity ranges.
 *
 * X's `indices` are code-point offsets into the raw, still HTML-escaped text (checked on every
 * fixture: `&amp;` counts as five). So the text is rebuilt in one pass over code points: each
 * entity range is replaced (t.co link → its expanded URL, media link → nothing, mentions and tags
 * kept), the plain runs between them are HTML-decoded, and the new ranges are measured in UTF-16
 * code units of the text as built — the unit the Post schema uses.
 *
 * This runs on the page's thread for every post of every captured response, so it allocates
 * little: spans are plain data, and code points are addressed through an offset table (built only
 * when the text has surrogate pairs) rather than an array of one-character strings.
 */

export interface XEntityLists {
  urls?: unknown;
  media?: unknown;
  user_mentions?: unknown;
  hashtags?: unknown;
  symbols?: unknown;
}

export interface BuiltText {
  text: string;
  entities: Entity[];
}

/** The raw text addressed by code point. */
class CodePoints {
  readonly length: number;
  /** UTF-16 offset of each code point (and of the end); absent when every code point is one unit. */
  private readonly offsets: Uint32Array | undefined;

  constructor(readonly raw: string) {
    if (!/[\uD800-\uDFFF]/.test(raw)) {
      this.length = raw.length;
      return;
    }
    const offsets = new Uint32Array(raw.length + 1);
    let count = 0;
    for (let unit = 0; unit < raw.length; unit += 1) {
      offsets[count] = unit;
      count += 1;
      if (isPairAt(raw, unit)) unit += 1;
    }
    offsets[count] = raw.length;
    this.length = count;
    this.offsets = offsets;
  }

  /** UTF-16 offset of code point `index` (clamped to the text). */
  unit(index: number): number {
    const clamped = Math.min(Math.max(index, 0), this.length);
    return this.offsets ? this.offsets[clamped]! : clamped;
  }

  cut(start: number, end: number): string {
    return this.raw.slice(this.unit(start), this.unit(end));
  }

  codePointAt(index: number): number | undefined {
    return this.raw.codePointAt(this.unit(index));
  }
}

function isPairAt(text: string, unit: number): boolean {
  const high = text.charCodeAt(unit);
  const low = text.charCodeAt(unit + 1);
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff;
}

function codePointLength(text: string): number {
  let count = 0;
  for (let unit = 0; unit < text.length; unit += 1) {
    count += 1;
    if (isPairAt(text, unit)) unit += 1;
  }
  return count;
}

/** What an entity of X's lists becomes; `start`/`end` are code points of the raw text. */
type Span = { start: number; end: number } & (
  | { kind: 'media' }
  /** `target`: the expanded URL, when it is http(s). */
  | { kind: 'link'; target: string | undefined }
  | { kind: 'mention'; handle: string; userId: string | undefined }
  | { kind: 'hashtag'; tag: string }
  | { kind: 'cashtag'; symbol: string }
);

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
  const points = new CodePoints(raw);
  const [from, to] = clampRange(range, points.length);
  const spans = collectSpans(points, from, to, lists);

  let text = '';
  const entities: Entity[] = [];
  let cursor = from;
  for (const span of spans) {
    text += decodeHtmlEntities(points.cut(cursor, span.start));
    const rawPart = points.cut(span.start, span.end);
    const start = text.length;
    text += replacement(span, rawPart);
    const entity = toEntity(span, start, text.length, rawPart);
    if (entity) entities.push(entity);
    cursor = span.end;
  }
  text += decodeHtmlEntities(points.cut(cursor, to));

  // A media link removed from the end (when there was no display range) leaves its space behind.
  const trimmed = /\s$/.test(text) ? text.trimEnd() : text;
  return {
    text: trimmed,
    entities:
      trimmed.length === text.length ? entities : entities.filter((entity) => entity.end <= trimmed.length),
  };
}

function replacement(span: Span, raw: string): string {
  if (span.kind === 'media') return ''; // Media shows as attachments; its t.co link is not text.
  if (span.kind === 'link') return span.target ?? raw;
  return raw;
}

function toEntity(span: Span, start: number, end: number, raw: string): Entity | undefined {
  switch (span.kind) {
    case 'media':
      return undefined;
    case 'link': {
      const url = span.target ?? (isHttpUrl(raw) ? raw : undefined);
      return url ? { kind: 'link', start, end, url } : undefined;
    }
    case 'mention': {
      const entity: Entity = { kind: 'mention', start, end, handle: span.handle.slice(0, 100) };
      if (span.userId && /^\d{1,25}$/.test(span.userId)) entity.userId = span.userId;
      return entity;
    }
    case 'hashtag':
      return { kind: 'hashtag', start, end, tag: span.tag.slice(0, 280) };
    case 'cashtag':
      return { kind: 'cashtag', start, end, symbol: span.symbol.slice(0, 50) };
  }
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

const AT = [0x40, 0xff20]; // @ and the fullwidth ＠ X also recognises
const HASH = [0x23, 0xff03]; // # and ＃
const DOLLAR = [0x24];

function collectSpans(points: CodePoints, from: number, to: number, lists: XEntityLists): Span[] {
  const spans: Span[] = [];
  /** Places `span` (its start and end still unset) where the entity is, if it is anywhere. */
  const add = (item: unknown, needle: string, sigils: readonly number[], span: Span) => {
    if (locate(points, item, from, to, needle, sigils, span, spans)) spans.push(span);
  };

  for (const item of list(lists.media)) {
    const tco = str(item, 'url');
    if (tco) add(item, tco, [tco.codePointAt(0)!], { kind: 'media', start: 0, end: 0 });
  }
  for (const item of list(lists.urls)) {
    const tco = str(item, 'url');
    if (!tco) continue;
    const expanded = str(item, 'expanded_url');
    const target = isHttpUrl(expanded) ? expanded : undefined;
    add(item, tco, [tco.codePointAt(0)!], { kind: 'link', target, start: 0, end: 0 });
  }
  for (const item of list(lists.user_mentions)) {
    const handle = str(item, 'screen_name');
    if (!handle) continue;
    const userId = str(item, 'id_str');
    add(item, `@${handle}`, AT, { kind: 'mention', handle, userId, start: 0, end: 0 });
  }
  for (const item of list(lists.hashtags)) {
    const tag = str(item, 'text');
    if (tag) add(item, `#${tag}`, HASH, { kind: 'hashtag', tag, start: 0, end: 0 });
  }
  for (const item of list(lists.symbols)) {
    const symbol = str(item, 'text');
    if (symbol) add(item, `$${symbol}`, DOLLAR, { kind: 'cashtag', symbol, start: 0, end: 0 });
  }
  return spans.sort((a, b) => a.start - b.start);
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** Whether `raw` is what the entity says: the t.co link itself, or the tag/mention, case-insensitive. */
function matches(span: Span, needle: string, raw: string): boolean {
  if (span.kind === 'media' || span.kind === 'link') return raw === needle;
  const sigils = span.kind === 'mention' ? AT : span.kind === 'hashtag' ? HASH : DOLLAR;
  return sigils.includes(raw.charCodeAt(0)) && raw.slice(1).toLowerCase() === needle.slice(1).toLowerCase();
}

/** A letter, digit or underscore: an entity found by search must not end inside a longer word. */
const WORD_CHAR = /[\p{L}\p{N}_]/uy;

/**
 * Where an entity sits: at its `indices` when the text there is what the entity says, else at the
 * first free place it occurs in the displayed range (indices from another version of the text), else
 * nowhere (then the text keeps the raw characters and no entity is stored). Sets the span's start
 * and end and says whether it was placed.
 */
function locate(
  points: CodePoints,
  item: unknown,
  from: number,
  to: number,
  needle: string,
  sigils: readonly number[],
  span: Span,
  taken: readonly Span[],
): boolean {
  const place = (start: number, end: number) => {
    span.start = start;
    span.end = end;
    return true;
  };
  const indices = isRecord(item) ? arr(item, 'indices') : undefined;
  if (indices && indices.length === 2) {
    const [start, end] = indices;
    if (Number.isInteger(start) && Number.isInteger(end)) {
      const s = start as number;
      const e = end as number;
      if (s >= 0 && s < e && matches(span, needle, points.cut(s, e))) {
        // Where X says, and outside the displayed range (a trailing media link): simply not shown.
        return isFree(s, e, from, to, taken) && place(s, e);
      }
    }
  }
  const length = codePointLength(needle);
  for (let s = from; s + length <= to; s += 1) {
    if (!sigils.includes(points.codePointAt(s)!)) continue;
    const e = s + length;
    if (e < to) {
      // Not in the middle of a longer word ("@ab" inside "@abc").
      WORD_CHAR.lastIndex = points.unit(e);
      if (WORD_CHAR.test(points.raw)) continue;
    }
    if (isFree(s, e, from, to, taken) && matches(span, needle, points.cut(s, e))) return place(s, e);
  }
  return false;
}

/** Inside the displayed range and overlapping no span already placed. */
function isFree(start: number, end: number, from: number, to: number, taken: readonly Span[]): boolean {
  if (start < from || end > to) return false;
  for (const span of taken) if (end > span.start && start < span.end) return false;
  return true;
}
