import type { LinkCard } from '../../post';
import { asRecord, httpUrl, text } from '../../kit/json-read';
import { hostOf } from './context';

/**
 * The status's preview `card` (any type: link, photo, video, rich) as a link card. The domain is
 * the link's host without `www.`, as Mastodon's card shows it.
 */
export function readCard(raw: unknown): LinkCard | undefined {
  const card = asRecord(raw);
  const url = httpUrl(card, 'url');
  if (card === undefined || url === undefined) return undefined;
  const linkCard: LinkCard = { url };
  const title = text(card, 'title');
  if (title !== undefined) linkCard.title = title.slice(0, 1000);
  const description = text(card, 'description');
  if (description !== undefined) linkCard.description = description.slice(0, 2000);
  const imageUrl = httpUrl(card, 'image');
  if (imageUrl !== undefined) linkCard.imageUrl = imageUrl;
  const host = hostOf(url)?.replace(/^www\./, '');
  if (host !== undefined && host.length > 0 && host.length <= 255) linkCard.domain = host;
  return linkCard;
}
