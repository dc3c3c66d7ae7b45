import type { LinkCard } from '../../post';
import { clip, isHttpUrl, isRecord, rec, str, text, type JsonRecord } from '../../kit/json-read';

/**
 * A `unified_card` (website, app and carousel cards, mostly on ads) is a JSON string inside the
 * binding value. Its `component_objects` hold `details` (title, subtitle = display domain) and
 * `media` (an id into `media_entities`); `destination_objects` hold the target URL. The first
 * details component in display order (`components`, else by name) and its destination become the
 * link card, with the first media component's still image.
 */
export function parseUnifiedCard(json: string | undefined): LinkCard | undefined {
  if (!json) return undefined;
  let card: unknown;
  try {
    card = JSON.parse(json);
  } catch {
    // Not JSON: the card is unreadable, the post is still fine without it.
    return undefined;
  }
  const components = rec(card, 'component_objects');
  const destinations = rec(card, 'destination_objects');
  if (!components || !destinations) return undefined;

  const order = displayOrder(card, components);
  const details = order.map((key) => components[key]).find((value) => str(value, 'type') === 'details');
  const detailsData = rec(details, 'data');
  const url =
    destinationUrl(destinations[str(detailsData, 'destination') ?? '']) ??
    Object.values(destinations)
      .map(destinationUrl)
      .find((value) => value !== undefined);
  if (!url) return undefined;

  const title = clip(text(rec(detailsData, 'title'), 'content'), 1000);
  const domain = clip(text(rec(detailsData, 'subtitle'), 'content'), 255);
  const media = order.map((key) => components[key]).find((value) => str(value, 'type') === 'media');
  const mediaId = str(rec(media, 'data'), 'id');
  const still = mediaId ? str(rec(rec(card, 'media_entities'), mediaId), 'media_url_https') : undefined;
  return {
    url,
    ...(title ? { title } : {}),
    ...(isHttpUrl(still) ? { imageUrl: still } : {}),
    ...(domain ? { domain } : {}),
  };
}

function displayOrder(card: unknown, components: JsonRecord): string[] {
  const listed = isRecord(card) && Array.isArray(card.components) ? card.components : [];
  const named = listed.filter((key): key is string => typeof key === 'string' && key in components);
  return named.length > 0 ? named : Object.keys(components).sort();
}

function destinationUrl(destination: unknown): string | undefined {
  const url = str(rec(rec(destination, 'data'), 'url_data'), 'url');
  return isHttpUrl(url) ? url : undefined;
}
