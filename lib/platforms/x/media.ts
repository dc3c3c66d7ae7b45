import type { Media } from '../../post';
import { arr, clip, count, httpUrl, isRecord, rec, str, text } from '../../kit/json-read';
import { xOriginalPhotoUrl } from './urls';

/**
 * A tweet's photos, videos and gifs in display order, from `extended_entities.media` (all items)
 * or, failing that, `entities.media` (older responses list only the first there).
 */
export function parseXMedia(legacy: unknown): Media[] {
  const items = arr(rec(legacy, 'extended_entities'), 'media') ?? arr(rec(legacy, 'entities'), 'media') ?? [];
  const media: Media[] = [];
  for (const item of items) {
    const parsed = parseOne(item);
    if (parsed) media.push(parsed);
    if (media.length === 50) break;
  }
  return media;
}

function parseOne(item: unknown): Media | undefined {
  if (!isRecord(item)) return undefined;
  const type = str(item, 'type');
  const still = httpUrl(item, 'media_url_https');
  let media: Media;
  if (type === 'photo') {
    if (!still) return undefined;
    media = { kind: 'photo', url: xOriginalPhotoUrl(still), previewUrl: still };
  } else if (type === 'video' || type === 'animated_gif') {
    const videoInfo = rec(item, 'video_info');
    const url = bestVariant(arr(videoInfo, 'variants'));
    if (!url) return undefined;
    media = { kind: type === 'video' ? 'video' : 'gif', url };
    if (still) media.previewUrl = still;
    const durationMs = count(videoInfo, 'duration_millis');
    if (durationMs !== undefined) media.durationMs = durationMs;
  } else {
    return undefined;
  }
  // Optional fields set one by one: cheaper on the page's thread than conditional spreads.
  const info = rec(item, 'original_info');
  const width = count(info, 'width');
  if (width !== undefined) media.width = width;
  const height = count(info, 'height');
  if (height !== undefined) media.height = height;
  const alt = clip(text(item, 'ext_alt_text'), 5000);
  if (alt) media.altText = alt;
  return media;
}

/** The mp4 with the highest bitrate (a gif has one mp4 at bitrate 0); HLS only if there is no mp4. */
function bestVariant(variants: unknown[] | undefined): string | undefined {
  let best: { url: string; bitrate: number } | undefined;
  let fallback: string | undefined;
  for (const variant of variants ?? []) {
    const url = httpUrl(variant, 'url');
    if (!url) continue;
    if (str(variant, 'content_type') !== 'video/mp4') {
      fallback ??= url;
      continue;
    }
    const bitrate = count(variant, 'bitrate') ?? 0;
    if (!best || bitrate > best.bitrate) best = { url, bitrate };
  }
  return best?.url ?? fallback;
}
