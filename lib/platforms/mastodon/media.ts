import type { Media } from '../../post';
import type { Skipped } from '../../parse-result';
import { asArray, asNumber, asRecord, count, httpUrl, path, str, text } from '../../kit/json-read';
import { MASTODON_SKIP } from './skip-reasons';

const KINDS: ReadonlyMap<string, Media['kind']> = new Map([
  ['image', 'photo'],
  ['gifv', 'gif'],
  ['video', 'video'],
  ['audio', 'audio'],
]);

const MAX_MEDIA = 50;

/**
 * `media_attachments[]` in display order. `url` is the server's copy (for remote media, its cache:
 * `remote_url` is the origin's file, used only when the cache has none); sizes and duration come
 * from `meta.original`. An attachment that cannot be shown is a counted skip; the post stays.
 */
export function readMedia(list: unknown, skipped: Skipped[]): Media[] {
  const media: Media[] = [];
  for (const raw of asArray(list) ?? []) {
    const attachment = asRecord(raw);
    const type = str(attachment, 'type');
    const kind = type === undefined ? undefined : KINDS.get(type);
    if (attachment === undefined || kind === undefined) {
      // `unknown`: the server could not fetch a remote file; anything else is newer than this parser.
      if (type === 'unknown') skipped.push({ reason: MASTODON_SKIP.unknownMedia });
      else skipped.push({ reason: MASTODON_SKIP.unsupportedMedia, detail: type?.slice(0, 40) });
      continue;
    }
    const url = httpUrl(attachment, 'url') ?? httpUrl(attachment, 'remote_url');
    if (url === undefined) {
      skipped.push({ reason: MASTODON_SKIP.mediaWithoutUrl, detail: type });
      continue;
    }
    if (media.length >= MAX_MEDIA) break;
    media.push(readOne(attachment, kind, url));
  }
  return media;
}

function readOne(attachment: Record<string, unknown>, kind: Media['kind'], url: string): Media {
  const item: Media = { kind, url };
  const previewUrl = httpUrl(attachment, 'preview_url');
  if (previewUrl !== undefined) item.previewUrl = previewUrl;
  const original = path(attachment, ['meta', 'original']);
  const width = count(original, 'width');
  const height = count(original, 'height');
  if (width !== undefined && height !== undefined) {
    item.width = width;
    item.height = height;
  }
  const seconds = asNumber(path(original, ['duration'])) ?? asNumber(path(attachment, ['meta', 'duration']));
  if (seconds !== undefined && seconds >= 0 && seconds < 1e9) item.durationMs = Math.round(seconds * 1000);
  const altText = text(attachment, 'description');
  if (altText !== undefined) item.altText = altText.length > 5000 ? altText.slice(0, 5000) : altText;
  return item;
}
