import type { LinkCard, Media } from '../../../post';
import { imageUrl } from './read-author';
import { attr, oneLine, queryAll, queryOwn, readableText } from './query';
import { isHttpUrl, permalink, twimgImageUrl } from './x-urls';

/** X's own labels for media without author alt text (English UI): not alt text. */
const DEFAULT_LABELS = new Set(['Image', 'Embedded video', 'GIF', 'Video']);

/**
 * Photos, videos and gifs of one post in display order. Photos come from `tweetPhoto` tiles
 * (upgraded to `name=orig`, the full size); videos from a player's `video[poster]` or a
 * preview's poster image. The DOM never holds a video's mp4 (a `blob:` URL) except for gifs, so a
 * video's `url` is its page on x.com (`…/status/<id>/video/<n>`) and the poster its preview.
 */
export function readMedia(scope: Element, exclude: readonly Element[], handle: string, id: string): Media[] {
  const tiles = queryOwn(scope, 'photo', exclude);
  const stray = queryOwn(scope, 'video', exclude).filter(
    (video) =>
      !tiles.some((tile) => tile.contains(video)) &&
      !queryAll(scope, 'card').some((card) => card.contains(video)),
  );
  const media: Media[] = [];
  for (const tile of [...tiles, ...stray]) {
    const video = queryAll(tile, 'video')[0] ?? (isVideo(tile) ? tile : undefined);
    const item = video ? readVideo(video, permalink(handle, id), media.length + 1) : readPhoto(tile);
    if (item && media.length < 50) media.push(item);
  }
  return media;
}

function isVideo(element: Element): boolean {
  return ['videoPlayer', 'previewInterstitial'].includes(attr(element, 'data-testid') ?? '');
}

function readPhoto(tile: Element): Media | undefined {
  const url = imageUrl(tile);
  if (!url || !/^https:\/\/pbs\.twimg\.com\/media\//.test(url)) return undefined;
  const photo: Media = { kind: 'photo', url: twimgImageUrl(url, true) };
  const alt = attr(tile.querySelector('img[alt]'), 'alt')?.trim();
  if (alt && !DEFAULT_LABELS.has(alt)) photo.altText = alt.slice(0, 5000);
  return photo;
}

function readVideo(player: Element, postUrl: string, position: number): Media | undefined {
  const element = player.querySelector('video');
  const poster = attr(element, 'poster') ?? imageUrl(player);
  const sources = [
    attr(element, 'src'),
    ...Array.from(player.querySelectorAll('source[src]')).map((s) => attr(s, 'src')),
  ];
  const mp4 = sources.find((src) => isHttpUrl(src) && /^https:\/\/video\.twimg\.com\//.test(src));
  const gif = /\/tweet_video(_thumb)?\//.test(`${poster ?? ''} ${mp4 ?? ''}`);
  const url = mp4 ?? gifMp4(poster) ?? `${postUrl}/video/${position}`;
  const video: Media = { kind: gif ? 'gif' : 'video', url };
  if (isHttpUrl(poster)) video.previewUrl = twimgImageUrl(poster, false);
  const durationMs = readDuration(player);
  if (durationMs !== undefined) video.durationMs = durationMs;
  return video;
}

/** A gif's mp4 is named after its poster: pbs …/tweet_video_thumb/<key>.jpg → video …/tweet_video/<key>.mp4. */
function gifMp4(poster: string | undefined): string | undefined {
  const key = /^https:\/\/pbs\.twimg\.com\/tweet_video_thumb\/([A-Za-z0-9_-]+)\.[a-z]+$/.exec(
    poster ?? '',
  )?.[1];
  return key ? `https://video.twimg.com/tweet_video/${key}.mp4` : undefined;
}

/** The "0:26" / "1:02:03" label of a not-yet-played preview, in milliseconds. */
function readDuration(player: Element): number | undefined {
  for (const span of Array.from(player.querySelectorAll('span'))) {
    const match = /^(?:(\d{1,2}):)?(\d{1,2}):(\d{2})$/.exec((span.textContent ?? '').trim());
    if (match) return ((Number(match[1] ?? 0) * 60 + Number(match[2])) * 60 + Number(match[3])) * 1000;
  }
  return undefined;
}

/**
 * The link preview card. Its anchor points at t.co; when the post text links the same t.co, the
 * expanded URL read there is used. The large layout's anchor aria-label is "<domain> <title>";
 * the small layout lists domain, title and description as spans.
 */
export function readLinkCard(
  scope: Element,
  exclude: readonly Element[],
  expanded: ReadonlyMap<string, string>,
): LinkCard | undefined {
  const card = queryOwn(scope, 'card', exclude)[0];
  if (!card) return undefined;
  const href = Array.from(card.querySelectorAll('a[href]'))
    .map((anchor) => attr(anchor, 'href'))
    .find(isHttpUrl);
  if (!href) return undefined;
  const result: LinkCard = { url: expanded.get(href) ?? href };
  const label = oneLine(attr(card.querySelector('a[aria-label]'), 'aria-label') ?? '');
  const texts = label
    ? splitLabel(label)
    : Array.from(queryAll(card, 'cardSmallDetail')[0]?.children ?? []).map((part) =>
        oneLine(readableText(part)),
      );
  const [first, ...rest] = texts.filter(Boolean);
  const parts = first && isDomain(first) ? rest : texts.filter(Boolean);
  if (first && isDomain(first)) result.domain = first.slice(0, 255);
  if (parts[0]) result.title = parts[0].slice(0, 1000);
  if (parts[1]) result.description = parts[1].slice(0, 2000);
  const image = imageUrl(card);
  if (image && /^https:\/\/pbs\.twimg\.com\//.test(image)) result.imageUrl = image;
  return result;
}

function splitLabel(label: string): string[] {
  const space = label.indexOf(' ');
  const head = space < 0 ? label : label.slice(0, space);
  return isDomain(head) ? [head, label.slice(space + 1)] : [label];
}

function isDomain(text: string): boolean {
  return /^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(text);
}
