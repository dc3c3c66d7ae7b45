import type { LinkCard } from '../../post';
import { clip, httpUrl, rec, str } from '../../kit/json-read';
import { BSKY_APP, parseRecordUri, profileSegment, type RecordUri } from './ids';
import { readAuthor } from './author';

/** app.bsky.embed.external#view → a link card. The domain is read from the URL, never from the payload. */
export function readExternal(view: unknown): LinkCard | undefined {
  const external = rec(view, 'external');
  const url = httpUrl(external, 'uri');
  if (url === undefined) return undefined;
  return card(url, str(external, 'title'), str(external, 'description'), httpUrl(external, 'thumb'));
}

export function card(
  url: string,
  title: string | undefined,
  description: string | undefined,
  imageUrl: string | undefined,
): LinkCard {
  const linkCard: LinkCard = { url };
  const shortTitle = clip(title, 1000);
  if (shortTitle) linkCard.title = shortTitle;
  const shortDescription = clip(description, 2000);
  if (shortDescription) linkCard.description = shortDescription;
  if (imageUrl !== undefined) linkCard.imageUrl = imageUrl;
  const domain = urlDomain(url);
  if (domain !== undefined) linkCard.domain = domain;
  return linkCard;
}

/** The host of an http(s) URL without `www.`, lowercased; read by pattern (no URL object per card). */
const HOST = /^https?:\/\/(?:[^@/?#]*@)?(\[[^\]/?#]*\]|[^:/?#]+)/i;

export function urlDomain(url: string): string | undefined {
  const host = HOST.exec(url)?.[1]
    ?.toLowerCase()
    .replace(/^www\./, '');
  return host && host.length <= 255 ? host : undefined;
}

/**
 * The record embeds that are not posts — a feed generator, a list, a starter pack, a labeler — as
 * a link card to their page on bsky.app (what the app shows is a card that opens that page).
 * Undefined when the view has no valid URI of the expected collection.
 */
export const BSKY_RECORD_CARDS: ReadonlySet<string> = new Set([
  'app.bsky.feed.defs#generatorView',
  'app.bsky.graph.defs#listView',
  'app.bsky.graph.defs#starterPackViewBasic',
  'app.bsky.labeler.defs#labelerView',
]);

export function readBskyRecordCard(view: unknown, type: string): LinkCard | undefined {
  const uri = parseRecordUri(str(view, 'uri'));
  if (uri === undefined) return undefined;
  const creator = rec(view, 'creator');
  const owner = readAuthor(creator);
  const name = profileSegment(uri.did, owner);
  const avatar = httpUrl(view, 'avatar');
  switch (type) {
    case 'app.bsky.feed.defs#generatorView':
      return ifCollection(uri, 'app.bsky.feed.generator', () =>
        card(
          `${BSKY_APP}/profile/${name}/feed/${uri.rkey}`,
          str(view, 'displayName'),
          str(view, 'description'),
          avatar,
        ),
      );
    case 'app.bsky.graph.defs#listView':
      return ifCollection(uri, 'app.bsky.graph.list', () =>
        card(
          `${BSKY_APP}/profile/${name}/lists/${uri.rkey}`,
          str(view, 'name'),
          str(view, 'description'),
          avatar,
        ),
      );
    case 'app.bsky.graph.defs#starterPackViewBasic': {
      const record = rec(view, 'record');
      return ifCollection(uri, 'app.bsky.graph.starterpack', () =>
        card(
          `${BSKY_APP}/starter-pack/${name}/${uri.rkey}`,
          str(record, 'name'),
          str(record, 'description'),
          undefined,
        ),
      );
    }
    case 'app.bsky.labeler.defs#labelerView':
      return ifCollection(uri, 'app.bsky.labeler.service', () =>
        card(
          `${BSKY_APP}/profile/${name}`,
          owner?.name || owner?.handle,
          str(creator, 'description'),
          owner?.avatarUrl,
        ),
      );
    default:
      return undefined;
  }
}

function ifCollection(uri: RecordUri, collection: string, build: () => LinkCard): LinkCard | undefined {
  return uri.collection === collection ? build() : undefined;
}
