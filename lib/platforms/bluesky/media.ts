import type { Media } from '../../post';
import { arr, asCount, clip, httpUrl, rec, str } from '../../kit/json-read';

/**
 * Photos and videos of embed views, as the AppView renders them (CDN URLs, never the record's blob
 * refs). `aspectRatio` is the only size the views give; it is the author's width:height, usually
 * the original's pixels. Returns how many items had no usable URL (counted as `bad-embed`).
 */
const MAX_MEDIA = 50;
const MAX_ALT = 5000;

/** app.bsky.embed.images#view: up to 4 images, fullsize + thumb. */
export function readImages(view: unknown, media: Media[]): number {
  return readPhotos(arr(view, 'images'), 'thumb', media);
}

/**
 * app.bsky.embed.gallery#view (added June 2026, lexicons/app/bsky/embed/gallery.json): `items[]`
 * of `#viewImage` { thumbnail, fullsize, alt, aspectRatio }, up to 20. The union may gain other
 * media kinds; an item of another $type is counted, not guessed at.
 */
export function readGallery(view: unknown, media: Media[]): number {
  const items = arr(view, 'items') ?? [];
  let bad = 0;
  const images: unknown[] = [];
  for (const item of items) {
    const type = str(item, '$type');
    if (type === undefined || type === 'app.bsky.embed.gallery#viewImage') images.push(item);
    else bad += 1;
  }
  return bad + readPhotos(images, 'thumbnail', media);
}

function readPhotos(items: readonly unknown[] | undefined, thumbKey: string, media: Media[]): number {
  let bad = 0;
  for (const item of items ?? []) {
    const url = httpUrl(item, 'fullsize');
    if (url === undefined) {
      bad += 1;
      continue;
    }
    if (media.length >= MAX_MEDIA) break;
    const photo: Media = { kind: 'photo', url };
    const preview = httpUrl(item, thumbKey);
    if (preview !== undefined) photo.previewUrl = preview;
    addCommon(photo, item);
    media.push(photo);
  }
  return bad;
}

/**
 * app.bsky.embed.video#view: the HLS playlist (the Post schema's "a Bluesky video: its HLS
 * playlist") and its thumbnail. `presentation: "gif"` marks a looping, silent clip: stored as a gif.
 */
export function readVideo(view: unknown, media: Media[]): number {
  const url = httpUrl(view, 'playlist');
  if (url === undefined) return 1;
  if (media.length >= MAX_MEDIA) return 0;
  const video: Media = { kind: str(view, 'presentation') === 'gif' ? 'gif' : 'video', url };
  const preview = httpUrl(view, 'thumbnail');
  if (preview !== undefined) video.previewUrl = preview;
  addCommon(video, view);
  media.push(video);
  return 0;
}

function addCommon(item: Media, view: unknown): void {
  const ratio = rec(view, 'aspectRatio');
  const width = asCount(ratio?.width);
  const height = asCount(ratio?.height);
  if (width !== undefined && height !== undefined && width > 0 && height > 0) {
    item.width = width;
    item.height = height;
  }
  const alt = clip(str(view, 'alt'), MAX_ALT);
  if (alt) item.altText = alt;
}
