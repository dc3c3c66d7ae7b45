import type { Entity, Platform } from '../post';
import { cashtagUrl, hashtagUrl, profileUrl } from './platform-urls';
import { safeHttpUrl } from './safe-url';

/**
 * A post's text cut into segments to render: plain text, or a link (from the post's entities),
 * each made of pieces marked highlighted or not (search matches). The UI renders every piece as a
 * React text node; a link only gets an href that passed safeHttpUrl, so scraped text can never
 * become markup or a script URL. Entities with broken ranges (outside the text, overlapping an
 * earlier one) are ignored rather than trusted: their text stays plain.
 */
export interface TextPiece {
  text: string;
  highlight: boolean;
}

export interface TextSegment {
  kind: 'text' | Entity['kind'];
  /** Set for a link, mention, hashtag or cashtag with a safe http(s) target. */
  href?: string;
  pieces: TextPiece[];
}

export type HighlightRanges = ReadonlyArray<readonly [number, number]>;

export function entityHref(entity: Entity, platform: Platform): string | undefined {
  switch (entity.kind) {
    case 'link':
      return safeHttpUrl(entity.url);
    case 'mention':
      return safeHttpUrl(profileUrl(platform, entity.handle));
    case 'hashtag':
      return safeHttpUrl(hashtagUrl(platform, entity.tag));
    case 'cashtag':
      return safeHttpUrl(cashtagUrl(platform, entity.symbol));
  }
}

/** Entities sorted by start, keeping only well-formed, non-overlapping ranges inside the text. */
export function usableEntities(entities: readonly Entity[], length: number): Entity[] {
  const sorted = entities
    .filter((entity) => entity.start < entity.end && entity.end <= length)
    .sort((a, b) => a.start - b.start);
  const kept: Entity[] = [];
  let end = 0;
  for (const entity of sorted) {
    if (entity.start < end) continue;
    kept.push(entity);
    end = entity.end;
  }
  return kept;
}

/** [start, end) of `text` split at the highlight boundaries (ranges sorted, not overlapping). */
export function highlightPieces(
  text: string,
  start: number,
  end: number,
  highlights: HighlightRanges,
): TextPiece[] {
  const pieces: TextPiece[] = [];
  let at = start;
  for (const [from, to] of highlights) {
    if (to <= at || from >= end) continue;
    const lo = Math.max(from, at);
    const hi = Math.min(to, end);
    if (lo > at) pieces.push({ text: text.slice(at, lo), highlight: false });
    pieces.push({ text: text.slice(lo, hi), highlight: true });
    at = hi;
  }
  if (at < end) pieces.push({ text: text.slice(at, end), highlight: false });
  return pieces;
}

export function textSegments(
  text: string,
  entities: readonly Entity[],
  platform: Platform,
  highlights: HighlightRanges = [],
): TextSegment[] {
  const out: TextSegment[] = [];
  const plain = (from: number, to: number) =>
    out.push({ kind: 'text', pieces: highlightPieces(text, from, to, highlights) });
  let at = 0;
  for (const entity of usableEntities(entities, text.length)) {
    if (entity.start > at) plain(at, entity.start);
    const href = entityHref(entity, platform);
    if (href)
      out.push({
        kind: entity.kind,
        href,
        pieces: highlightPieces(text, entity.start, entity.end, highlights),
      });
    else plain(entity.start, entity.end);
    at = entity.end;
  }
  if (at < text.length) plain(at, text.length);
  return out;
}
