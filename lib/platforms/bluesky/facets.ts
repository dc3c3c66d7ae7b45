import type { Entity } from '../../post';
import type { Skipped } from '../../parse-result';
import { arr, asCount, clip, isHttpUrl, isRecord, rec, str, type JsonRecord } from '../../kit/json-read';
import { isDid, isHandle } from './ids';
import { BLUESKY_SKIP } from './skip-reasons';
import { INSIDE_A_CHARACTER, PAST_THE_END, rewind, seekByte, utf8Cursor } from './utf8-cursor';

const MAX_TEXT = 100_000;
const MAX_ENTITIES = 500;

/** A facet whose byte range is at least well-formed. */
interface Range {
  byteStart: number;
  byteEnd: number;
  features: unknown;
}

/**
 * The record's text and its facets (app.bsky.richtext.facet) as entities: #link → link, #mention →
 * mention (the handle as the text shows it, the DID as userId), #tag → hashtag. A facet that cannot
 * be placed — outside the text, empty, overlapping an earlier one, a boundary inside a multi-byte
 * character — or that has no feature this reads is dropped and counted (`facet-dropped`, the post is
 * kept): a wrong range would link the wrong words. Facets are taken in byte order, so the text is
 * walked once whatever order the record lists them in.
 */
export function readText(record: JsonRecord, skipped: Skipped[]): { text: string; entities: Entity[] } {
  const text = clip(str(record, 'text'), MAX_TEXT) ?? '';
  const facets = arr(record, 'facets');
  if (facets === undefined || facets.length === 0) return { text, entities: [] };
  const ranges: Range[] = [];
  for (const facet of facets) {
    const index = rec(facet, 'index');
    const byteStart = asCount(index?.byteStart);
    const byteEnd = asCount(index?.byteEnd);
    if (byteStart === undefined || byteEnd === undefined || byteStart >= byteEnd)
      drop(skipped, 'out-of-range');
    else ranges.push({ byteStart, byteEnd, features: arr(facet, 'features') });
  }
  ranges.sort((a, b) => a.byteStart - b.byteStart || a.byteEnd - b.byteEnd);
  const cursor = utf8Cursor(text);
  const entities: Entity[] = [];
  let last: Range | undefined;
  for (const range of ranges) {
    if (last !== undefined && range.byteStart < last.byteEnd) {
      // An exact repeat of the facet before it loses nothing (a real 2024 post carries its one link
      // facet twice): dropped without a count.
      const repeat = range.byteEnd === last.byteEnd && range.byteStart === last.byteStart;
      if (!repeat || JSON.stringify(range.features) !== JSON.stringify(last.features))
        drop(skipped, 'overlap');
      continue;
    }
    const start = seekByte(cursor, range.byteStart);
    const end = start < 0 ? start : seekByte(cursor, range.byteEnd);
    const entity = end < 0 ? undefined : readFeatures(range.features, text, start, end);
    if (entity !== undefined && entities.length < MAX_ENTITIES) {
      entities.push(entity);
      last = range;
      continue;
    }
    drop(
      skipped,
      start === PAST_THE_END || end === PAST_THE_END
        ? 'out-of-range'
        : start === INSIDE_A_CHARACTER || end === INSIDE_A_CHARACTER
          ? 'inside-a-character'
          : entity === undefined
            ? 'no-readable-feature'
            : 'too-many',
    );
    // The next facet may start inside this dropped one: back to where this one started.
    if (start >= 0) rewind(cursor, start, range.byteStart);
  }
  return { text, entities };
}

function drop(skipped: Skipped[], why: string): void {
  skipped.push({ reason: BLUESKY_SKIP.facetDropped, detail: why });
}

function readFeatures(features: unknown, text: string, start: number, end: number): Entity | undefined {
  if (!Array.isArray(features)) return undefined;
  for (const feature of features) {
    const entity = readFeature(feature, text, start, end);
    if (entity !== undefined) return entity;
  }
  return undefined;
}

/** Features are told apart by their one required field (uri, did, tag), which is what they are. */
function readFeature(feature: unknown, text: string, start: number, end: number): Entity | undefined {
  if (!isRecord(feature)) return undefined;
  if (feature.uri !== undefined) {
    // Only http(s) links become clickable; an at:// or mailto: facet stays plain text.
    return isHttpUrl(feature.uri) ? { kind: 'link', start, end, url: feature.uri } : undefined;
  }
  if (feature.did !== undefined) {
    const did = isDid(feature.did) ? feature.did : undefined;
    const shown = text.slice(start, end);
    const handle = shown.startsWith('@') ? shown.slice(1) : shown;
    const name = isHandle(handle) ? handle : did;
    if (name === undefined) return undefined;
    return did === undefined
      ? { kind: 'mention', start, end, handle: name }
      : { kind: 'mention', start, end, handle: name, userId: did };
  }
  const tag = clip(str(feature, 'tag')?.trim(), 280);
  return tag ? { kind: 'hashtag', start, end, tag } : undefined;
}
