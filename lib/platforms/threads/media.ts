import type { Media } from '../../post';
import {
  asArray,
  asCount,
  asHttpUrl,
  asNumber,
  asRecord,
  asText,
  type JsonRecord,
} from '../../kit/json-read';

/**
 * Photos, videos and GIFs of a post in display order. Instagram's media model: a carousel lists
 * its items in `carousel_media[]`; otherwise the post itself is the media (video when it has
 * `video_versions`, GIF when it has `giphy_media_info`, photo when it has image candidates).
 */
export function readMedia(post: JsonRecord): Media[] {
  const carousel = asArray(post.carousel_media);
  if (carousel !== undefined && carousel.length > 0) {
    const items: Media[] = [];
    for (const item of carousel) {
      const media = readMediaItem(asRecord(item));
      if (media !== undefined) items.push(media);
    }
    return items.slice(0, 50);
  }
  const single = readMediaItem(post) ?? readGif(asRecord(post.giphy_media_info));
  return single === undefined ? [] : [single];
}

interface Candidate {
  url: string;
  width?: number;
  height?: number;
}

function candidates(item: JsonRecord): Candidate[] {
  const list = asArray(asRecord(item.image_versions2)?.candidates) ?? [];
  const out: Candidate[] = [];
  for (const raw of list) {
    const candidate = asRecord(raw);
    const url = asHttpUrl(candidate?.url);
    if (candidate === undefined || url === undefined) continue;
    out.push({ url, width: asCount(candidate.width), height: asCount(candidate.height) });
  }
  return out;
}

/** The largest rendition: the widest candidate (ties keep the first, which Meta lists uncropped). */
function best(list: readonly Candidate[]): Candidate | undefined {
  let top: Candidate | undefined;
  for (const candidate of list)
    if (top === undefined || (candidate.width ?? 0) > (top.width ?? 0)) top = candidate;
  return top;
}

/**
 * A smaller rendition of the same picture for lists: same aspect ratio as the best one (Meta also
 * sends square crops, which would cut the picture), width nearest 640.
 */
function preview(list: readonly Candidate[], top: Candidate): string | undefined {
  if (top.width === undefined || top.height === undefined || top.height === 0) return undefined;
  const ratio = top.width / top.height;
  let chosen: Candidate | undefined;
  for (const candidate of list) {
    if (candidate === top || candidate.url === top.url) continue;
    if (candidate.width === undefined || candidate.height === undefined || candidate.height === 0) continue;
    if (Math.abs(candidate.width / candidate.height - ratio) > ratio * 0.02) continue;
    if (chosen === undefined || Math.abs(candidate.width - 640) < Math.abs((chosen.width ?? 0) - 640)) {
      chosen = candidate;
    }
  }
  return chosen?.url;
}

/** The original's size: `original_width/height` of the item, else the best rendition's. */
function size(item: JsonRecord, top: Candidate | undefined): { width?: number; height?: number } {
  const width = asCount(item.original_width);
  const height = asCount(item.original_height);
  if (width !== undefined && height !== undefined && width > 0 && height > 0) return { width, height };
  return top?.width !== undefined && top.height !== undefined ? { width: top.width, height: top.height } : {};
}

function readMediaItem(item: JsonRecord | undefined): Media | undefined {
  if (item === undefined) return undefined;
  const images = candidates(item);
  const top = best(images);
  const altText = asText(item.accessibility_caption)?.slice(0, 5000);
  const video = bestVideo(asArray(item.video_versions));
  if (video !== undefined) {
    const seconds = asNumber(item.video_duration);
    return clean({
      kind: 'video',
      url: video,
      previewUrl: top?.url,
      ...size(item, top),
      durationMs: seconds !== undefined && seconds > 0 ? Math.round(seconds * 1000) : undefined,
      altText,
    });
  }
  if (top === undefined) return undefined;
  return clean({
    kind: 'photo',
    url: top.url,
    previewUrl: preview(images, top),
    ...size(item, top),
    altText,
  });
}

/**
 * The best mp4: the widest when versions state a width; otherwise the first, because Meta lists the
 * highest quality first (type 101 before 102/103; in the kept captures all three share one URL).
 */
function bestVideo(versions: readonly unknown[] | undefined): string | undefined {
  let chosen: { url: string; width: number } | undefined;
  for (const raw of versions ?? []) {
    const version = asRecord(raw);
    const url = asHttpUrl(version?.url);
    if (url === undefined) continue;
    const width = asCount(version?.width) ?? 0;
    if (chosen === undefined || width > chosen.width) chosen = { url, width };
  }
  return chosen?.url;
}

/**
 * A GIF reply (GIPHY/Tenor): `giphy_media_info.images.fixed_height` as in the kept page. GIPHY's
 * own rendition object also names an `mp4`; when present it is the better "looping mp4".
 */
function readGif(info: JsonRecord | undefined): Media | undefined {
  const images = asRecord(info?.images);
  if (images === undefined) return undefined;
  const rendition = asRecord(images.fixed_height) ?? Object.values(images).map(asRecord).find(Boolean);
  if (rendition === undefined) return undefined;
  const url = asHttpUrl(rendition.mp4) ?? asHttpUrl(rendition.url) ?? asHttpUrl(rendition.webp);
  if (url === undefined) return undefined;
  return clean({ kind: 'gif', url, width: asCount(rendition.width), height: asCount(rendition.height) });
}

/** Drops undefined keys so the stored row (and a test's expected object) has no empty fields. */
function clean(media: Media): Media {
  for (const key of Object.keys(media) as Array<keyof Media>) if (media[key] === undefined) delete media[key];
  return media;
}
