/*
 * Pictures and videos in the composer. The bytes live in the background's `media` table (only the
 * background writes IndexedDB); drafts, requests and cross-posts carry these small descriptions.
 * How the bytes get there: lib/compose/README.md ("Media").
 */

export type MediaKind = 'image' | 'video';

/** Mastodon's focal point: x from -1 (left) to 1 (right), y from -1 (bottom) to 1 (top). */
export interface Focus {
  x: number;
  y: number;
}

/** What the background learned of a file when it took it in (its own reading, not the page's claim). */
export interface MediaInfo {
  id: string;
  kind: MediaKind;
  /** Sniffed from the bytes: image/jpeg, image/png, image/webp, image/gif, video/mp4, video/quicktime, video/webm. */
  mimeType: string;
  bytes: number;
  /** As shown (a photo's EXIF orientation applied). */
  width: number;
  height: number;
  /** The file's name as picked (for the intent pages' file inputs and the UI). */
  name: string;
}

/** A file attached to a draft, with what the user said of it. */
export interface DraftMedia extends MediaInfo {
  /** Alt text: what the picture shows, for people who cannot see it. Empty until written. */
  alt: string;
  focus?: Focus;
  /** The post of a split thread it goes with (0: the first); the last post when there are fewer. */
  part: number;
}

/** A file as one post carries it (resolved by the background from its media table). */
export interface PartMedia extends MediaInfo {
  alt: string;
  focus?: Focus;
}

/** The background's row: the bytes and their description, owned by one draft. */
export interface MediaRow extends MediaInfo {
  draftId: string;
  blob: Blob;
  createdAt: number;
}

/** The most files one draft takes: four pictures, or one video (per post, as every network counts). */
export const MAX_IMAGES = 4;
export const MAX_VIDEOS = 1;
/** Alt text longer than any network keeps (Bluesky's app allows 2,000 graphemes, Mastodon 1,500 characters). */
export const MAX_ALT_LENGTH = 5000;
