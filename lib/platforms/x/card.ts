import type { LinkCard, Poll } from '../../post';
import { parseIsoDate } from './dates';
import {
  arr,
  clip,
  isHttpUrl,
  isRecord,
  rec,
  str,
  text,
  asLooseCount,
  type JsonRecord,
} from '../../kit/json-read';
import { xArticleUrl, xBroadcastUrl, xSpaceUrl } from './urls';
import { parseUnifiedCard } from './unified-card';

/**
 * A tweet's card (`result.card.legacy`: a `name` and `binding_values` [{key, value}]) as a link
 * card or a poll, and an X Article as a link card. Card kinds by name:
 * - `poll2choice_text_only` … `poll4choice_image`: a poll (choices, counts, end, final flag);
 * - `<id>:broadcast`, `<id>:audiospace`: a live video / Space, stored as a link card to it;
 * - `unified_card`: an app/website card whose content is a JSON string (see unified-card.ts);
 * - `summary`, `summary_large_image` and any other with a title: a link preview.
 */
export interface XCardResult {
  linkCard?: LinkCard;
  poll?: Poll;
}

/** `expand` maps a t.co link of the tweet to its target (cards carry t.co URLs). */
export function parseXCard(tweet: unknown, expand: (url: string) => string): XCardResult {
  const legacy = rec(rec(tweet, 'card'), 'legacy');
  const name = str(legacy, 'name');
  if (legacy && name) {
    const values = bindings(legacy);
    const poll = /^poll[2-4]choice_/.test(name) ? parsePoll(values) : undefined;
    if (poll) return { poll };
    const linkCard = name.endsWith('broadcast')
      ? broadcastCard(values, expand)
      : name.endsWith('audiospace')
        ? spaceCard(values)
        : name === 'unified_card'
          ? parseUnifiedCard(stringValue(values, 'unified_card'))
          : linkPreview(values, str(legacy, 'url'), expand);
    if (linkCard) return { linkCard };
  }
  const article = articleCard(tweet);
  return article ? { linkCard: article } : {};
}

/** A card's `binding_values` by key. A card reads a handful of its few dozen keys: a scan of the list costs the page less than building a Map per card. */
interface Bindings {
  get(key: string): JsonRecord | undefined;
}

function bindings(legacy: JsonRecord): Bindings {
  const list = arr(legacy, 'binding_values') ?? [];
  return {
    get(key) {
      // The last binding of a key wins, as a Map built from the list would have it.
      for (let index = list.length - 1; index >= 0; index -= 1) {
        const binding = list[index];
        if (str(binding, 'key') !== key) continue;
        const value = rec(binding, 'value');
        if (value) return value;
      }
      return undefined;
    },
  };
}

function stringValue(values: Bindings, key: string): string | undefined {
  return text(values.get(key), 'string_value');
}

function imageValue(values: Bindings, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const url = str(rec(values.get(key), 'image_value'), 'url');
    if (isHttpUrl(url)) return url;
  }
  return undefined;
}

function parsePoll(values: Bindings): Poll | undefined {
  const choices: Poll['choices'] = [];
  for (let index = 1; index <= 4; index += 1) {
    const label = stringValue(values, `choice${index}_label`);
    if (label === undefined) continue;
    const votes = asLooseCount(stringValue(values, `choice${index}_count`));
    choices.push({ label: clip(label, 1000)!, ...(votes !== undefined ? { votes } : {}) });
  }
  if (choices.length === 0) return undefined;
  const endsAt = parseIsoDate(stringValue(values, 'end_datetime_utc'));
  const final = values.get('counts_are_final')?.boolean_value;
  return {
    choices,
    ...(endsAt !== undefined ? { endsAt } : {}),
    ...(typeof final === 'boolean' ? { closed: final } : {}),
  };
}

function broadcastCard(values: Bindings, expand: (url: string) => string): LinkCard | undefined {
  const id = stringValue(values, 'broadcast_id');
  const given = stringValue(values, 'broadcast_url');
  const url =
    id && /^\w{1,64}$/.test(id) ? xBroadcastUrl(id) : given && isHttpUrl(given) ? expand(given) : undefined;
  if (!url) return undefined;
  const title = clip(stringValue(values, 'broadcast_title'), 1000);
  const imageUrl = imageValue(
    values,
    'broadcast_thumbnail_original',
    'broadcast_thumbnail_large',
    'broadcast_thumbnail',
  );
  return { url, ...(title ? { title } : {}), ...(imageUrl ? { imageUrl } : {}), domain: 'x.com' };
}

function spaceCard(values: Bindings): LinkCard | undefined {
  const id = stringValue(values, 'id');
  return id && /^\w{1,64}$/.test(id) ? { url: xSpaceUrl(id), domain: 'x.com' } : undefined;
}

function linkPreview(
  values: Bindings,
  cardUrl: string | undefined,
  expand: (url: string) => string,
): LinkCard | undefined {
  const title = clip(stringValue(values, 'title'), 1000);
  const given = stringValue(values, 'card_url') ?? cardUrl;
  if (!title || !given || !isHttpUrl(given)) return undefined;
  const description = clip(stringValue(values, 'description'), 2000);
  const imageUrl = imageValue(
    values,
    'photo_image_full_size_original',
    'thumbnail_image_original',
    'summary_photo_image_original',
    'photo_image_full_size_large',
    'thumbnail_image_large',
    'thumbnail_image',
  );
  const domain = clip(stringValue(values, 'domain') ?? stringValue(values, 'vanity_url'), 255);
  return {
    url: expand(given),
    title,
    ...(description ? { description } : {}),
    ...(imageUrl ? { imageUrl } : {}),
    ...(domain ? { domain } : {}),
  };
}

/** An X Article (long-form post) linked from the tweet: title, preview text and cover image. */
function articleCard(tweet: unknown): LinkCard | undefined {
  const article = rec(rec(rec(tweet, 'article'), 'article_results'), 'result');
  const id = str(article, 'rest_id');
  if (!isRecord(article) || !id || !/^\d{1,25}$/.test(id)) return undefined;
  const title = clip(text(article, 'title'), 1000);
  const description = clip(text(article, 'preview_text'), 2000);
  const cover = str(rec(rec(article, 'cover_media'), 'media_info'), 'original_img_url');
  return {
    url: xArticleUrl(id),
    ...(title ? { title } : {}),
    ...(description ? { description } : {}),
    ...(isHttpUrl(cover) ? { imageUrl: cover } : {}),
    domain: 'x.com',
  };
}
