import type { Entity, Skipped } from '../../post';
import { arr, asCount, clip, isHttpUrl, isRecord, rec, str, type JsonRecord } from '../../kit/json-read';
import { isDid, isHandle } from './ids';
import { BLUESKY_SKIP } from './skip-reasons';
import { utf8Offsets } from './utf8-offsets';

const MAX_TEXT = 100_000;
const MAX_ENTITIES = 500;

/**
 * The record's text and its facets (app.bsky.richtext.facet) as entities: #link → link, #mention →
 * mention (the handle as the text shows it, the DID as userId), #tag → hashtag. A facet that cannot
 * be placed — outside the text, empty, overlapping an earlier one, a boundary inside a multi-byte
 * character — or that has no feature this reads is dropped and counted (`facet-dropped`, the post is
 * kept): a wrong range would link the wrong words.
 */
export function readText(record: JsonRecord, skipped: Skipped[]): { text: string; entities: Entity[] } {
  const text = clip(str(record, 'text'), MAX_TEXT) ?? '';
  const facets = arr(record, 'facets');
  if (facets === undefined || facets.length === 0) return { text, entities: [] };
  const offsets = utf8Offsets(text);
  const found: Entity[] = [];
  for (const facet of facets) {
    const entity = readFacet(facet, text, offsets);
    if (typeof entity === 'string') skipped.push({ reason: BLUESKY_SKIP.facetDropped, detail: entity });
    else found.push(entity);
  }
  found.sort((a, b) => a.start - b.start || a.end - b.end);
  const entities: Entity[] = [];
  let end = 0;
  for (const entity of found) {
    // An exact repeat of the facet before it loses nothing (a real 2024 post carries its one link
    // facet twice): dropped without a count.
    const last = entities[entities.length - 1];
    if (last !== undefined && sameEntity(last, entity)) continue;
    const problem = entity.start < end ? 'overlap' : entities.length >= MAX_ENTITIES ? 'too-many' : undefined;
    if (problem !== undefined) {
      skipped.push({ reason: BLUESKY_SKIP.facetDropped, detail: problem });
      continue;
    }
    entities.push(entity);
    end = entity.end;
  }
  return { text, entities };
}

function sameEntity(a: Entity, b: Entity): boolean {
  return a.start === b.start && a.end === b.end && JSON.stringify(a) === JSON.stringify(b);
}

/** The facet's entity, or why it was dropped. */
function readFacet(facet: unknown, text: string, offsets: Int32Array | undefined): Entity | string {
  const index = rec(facet, 'index');
  const byteStart = asCount(index?.byteStart);
  const byteEnd = asCount(index?.byteEnd);
  const bytes = offsets === undefined ? text.length : offsets.length - 1;
  if (byteStart === undefined || byteEnd === undefined || byteStart >= byteEnd || byteEnd > bytes) {
    return 'out-of-range';
  }
  const start = offsets === undefined ? byteStart : (offsets[byteStart] ?? -1);
  const end = offsets === undefined ? byteEnd : (offsets[byteEnd] ?? -1);
  if (start < 0 || end < 0) return 'inside-a-character';
  for (const feature of arr(facet, 'features') ?? []) {
    const entity = readFeature(feature, text, start, end);
    if (entity !== undefined) return entity;
  }
  return 'no-readable-feature';
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
